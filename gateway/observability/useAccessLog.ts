import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { annotateAccess, type AccessFields } from '../../subgraphs/kit/http/request-scope';

export interface UseAccessLogOptions<TContext extends BaseContext> {
  /**
   * Who asked and for which case, from the request's context, once it has run: ids, codes and
   * counts only (officer `sub`, issuer, country, agency, purpose reference, number of records).
   * @default nothing about the requester
   */
  describe?: (context: TContext) => AccessFields;
}

/** Client-chosen operation names are logged, so bounded: a name is not a place for data. */
const MAX_OPERATION_NAME = 100;

/**
 * Fills in the request's access-log line (written by the HTTP handler, `graphql request`, with
 * its id, status and duration): the operation's name and type, the error codes of the answer, and
 * what `describe` says of the requester. Never the query text, its variables or the answer's data.
 * Requests refused before a context exists (a bad token) still get their error code.
 */
export function useAccessLog<TContext extends BaseContext>({ describe }: UseAccessLogOptions<TContext> = {}): ApolloServerPlugin<TContext> {
  return {
    async contextCreationDidFail({ error }) {
      annotateAccess({ errorCodes: [String((error as { extensions?: { code?: unknown } }).extensions?.code ?? 'INTERNAL_SERVER_ERROR')] });
    },
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, operationName, response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          annotateAccess({
            ...describe?.(contextValue),
            operationName: operationName?.slice(0, MAX_OPERATION_NAME) ?? undefined,
            operationType: operation?.operation,
            errorCodes: [...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))],
          });
        },
      };
    },
  };
}
