import type { CountryContext } from '../kit/subgraph/country-subgraph';
import type { NativeAdapter } from '../kit/subgraph/native-adapter';
import type { I247Client } from './native-api';
import { sltdQuery, type SltdCheck } from './sltd-answer';
import { createSltdLoader } from './sltd-loader';

/** What `createRequestState` gives every request: its own SLTD loader. */
export interface SltdRequestState {
  sltd: ReturnType<typeof createSltdLoader>;
}

interface DocumentKey {
  number?: unknown;
  issuingCountry?: unknown;
}

function requestState(context: unknown): SltdRequestState {
  const extra = (context as Partial<CountryContext> | undefined)?.extra as SltdRequestState | undefined;
  if (!extra?.sltd) throw new Error('SLTD resolvers need the request state of createRequestState()');
  return extra;
}

/**
 * INTERPOL's extra SDL (schema/jurisdictions/interpol.graphql): the SLTD check of every
 * TravelDocument, whichever jurisdiction recorded it. `__resolveReference` only hands the key on;
 * the check itself is the `sltd` field, so the gateway's representations and the documents of
 * INTERPOL's own records share one loader, and a failed check fails `sltd` alone.
 */
export function sltdExtra(client: I247Client, jurisdiction: string): NonNullable<NativeAdapter['extra']> {
  return {
    resolvers: {
      TravelDocument: {
        __resolveReference: (ref: DocumentKey) => ({ number: ref.number, issuingCountry: ref.issuingCountry ?? null }),
        // Null when the document cannot be checked (no issuing country, no document number).
        sltd: (doc: DocumentKey, _args: unknown, context: unknown): Promise<SltdCheck> | null => {
          const query = sltdQuery(doc);
          return query && requestState(context).sltd.load(query);
        },
      },
    },
    createRequestState: (): SltdRequestState => ({ sltd: createSltdLoader(client, jurisdiction) }),
  };
}
