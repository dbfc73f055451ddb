import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { enforceEarlyRefusal, refuseEarly, refusal } from './refusal';
import { sha256Hex, type TrustedDocuments } from './trusted-documents';

export interface TrustedDocumentsOptions {
  /** The list, from `loadTrustedDocuments`. Only `require` refuses anything. */
  documents: TrustedDocuments;
}

/**
 * In `require` mode, refuses with OPERATION_NOT_TRUSTED every operation whose exact text is not on
 * the list. The refusal is decided from the text, before parsing, and stands whatever the parser
 * or validation would have said (see `refuseEarly`): nothing is executed, no subgraph is called,
 * and a client probing the schema learns nothing from validation messages. Comparing the text's
 * sha256 means a listed document reformatted by hand is refused too: clients send the text they
 * were built with, or just its hash (`extensions.persistedQuery`), which `persistedQueryStore`
 * answers from the list.
 *
 * In `allow` and `off` modes it does nothing: the list only serves documents by hash.
 */
export function useTrustedDocuments<TContext extends BaseContext = BaseContext>({ documents }: TrustedDocumentsOptions): ApolloServerPlugin<TContext> {
  if (documents.mode !== 'require') return {};
  return {
    async requestDidStart() {
      return {
        async didResolveSource({ request, source }) {
          if (documents.byHash.has(sha256Hex(source))) return;
          refuseEarly(
            request,
            refusal('OPERATION_NOT_TRUSTED', 'This gateway runs only its trusted documents, and this operation is not one of them; send a listed document, or its hash.'),
          );
        },
        ...enforceEarlyRefusal,
      };
    },
  };
}
