import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

const OUTCOME_BY_CODE: Record<string, string> = {
  JURISDICTION_TIMEOUT: 'TIMED_OUT',
  JURISDICTION_UNAVAILABLE: 'FAILED',
  NATIVE_RECORD_INVALID: 'FAILED',
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Jurisdictions that failed during this request, with the outcome and reason to show. */
function failures(errors: readonly GraphQLFormattedError[]): Map<string, { status: string; detail: string }> {
  const out = new Map<string, { status: string; detail: string }>();
  for (const e of errors) {
    const code = e.extensions?.code;
    const jurisdiction = e.extensions?.jurisdiction;
    const status = typeof code === 'string' ? OUTCOME_BY_CODE[code] : undefined;
    if (status && typeof jurisdiction === 'string' && !out.has(jurisdiction)) out.set(jurisdiction, { status, detail: e.message });
  }
  return out;
}

function patch(value: Json, failed: Map<string, { status: string; detail: string }>): void {
  if (Array.isArray(value)) {
    for (const item of value) patch(item, failed);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const { code, status } = value;
  const failure = typeof code === 'string' ? failed.get(code) : undefined;
  if (failure && (status === 'ANSWERED' || status === 'NO_HIT')) {
    value.status = failure.status;
    if ('detail' in value) value.detail = failure.detail;
    return;
  }
  for (const child of Object.values(value)) patch(child, failed);
}

/**
 * The index says which jurisdictions hold records; only the gateway sees which of them then failed
 * to answer. This plugin marks those TIMED_OUT or FAILED in the trace's `jurisdictions` list, so
 * the answer says what is missing and why. (It matches `{ code, status }` objects by their
 * response keys: a client that aliases those two fields sees the index's view.)
 */
export function useJurisdictionStatus(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!data || !errors?.length) return;
          const failed = failures(errors);
          if (failed.size > 0) patch(data as Json, failed);
        },
      };
    },
  };
}
