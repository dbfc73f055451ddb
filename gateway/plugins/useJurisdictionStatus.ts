import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

/** Errors that mean a whole jurisdiction did not answer, and the outcome they show as. */
const OUTCOME_BY_CODE: Record<string, string> = {
  JURISDICTION_TIMEOUT: 'TIMED_OUT',
  JURISDICTION_UNAVAILABLE: 'FAILED',
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Trouble {
  /** TIMED_OUT or FAILED when the jurisdiction did not answer at all. */
  outcome?: { status: string; detail: string };
  /** Records it answered with an error in place of the record (NATIVE_RECORD_INVALID). */
  skipped: number;
  skippedReason?: string;
  /** Records the owner withheld under its release rules, and what its first such error said. */
  withheld: Set<string>;
  withheldReason?: string;
}

function troubles(errors: readonly GraphQLFormattedError[]): Map<string, Trouble> {
  const out = new Map<string, Trouble>();
  for (const e of errors) {
    const jurisdiction = e.extensions?.jurisdiction;
    const code = e.extensions?.code;
    if (typeof jurisdiction !== 'string' || typeof code !== 'string') continue;
    const t = out.get(jurisdiction) ?? { skipped: 0, withheld: new Set<string>() };
    const status = OUTCOME_BY_CODE[code];
    if (status) t.outcome ??= { status, detail: e.message };
    const recordId = e.extensions?.recordId;
    if (code === 'FORBIDDEN' && e.extensions?.release === 'WITHHELD' && typeof recordId === 'string') {
      t.withheld.add(recordId);
      t.withheldReason ??= e.message;
    }
    if (code === 'NATIVE_RECORD_INVALID') {
      t.skipped += 1;
      t.skippedReason ??= e.message;
    }
    out.set(jurisdiction, t);
  }
  return out;
}

function patch(value: Json, found: Map<string, Trouble>): void {
  if (Array.isArray(value)) {
    for (const item of value) patch(item, found);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const { code, status } = value;
  const trouble = typeof code === 'string' && typeof status === 'string' ? found.get(code) : undefined;
  if (trouble) {
    if (trouble.outcome && (status === 'ANSWERED' || status === 'NO_HIT')) {
      value.status = trouble.outcome.status;
      if ('detail' in value) value.detail = trouble.outcome.detail;
    } else if (trouble.withheld.size > 0 && (status === 'ANSWERED' || status === 'NO_HIT')) {
      const hits = typeof value.hits === 'number' ? value.hits : trouble.withheld.size;
      if (trouble.withheld.size >= hits) value.status = 'WITHHELD';
      if ('detail' in value) value.detail = `${trouble.withheld.size} of ${hits} record(s) withheld by the owner: ${trouble.withheldReason}`;
    } else if (trouble.skipped > 0) {
      if (typeof value.skipped === 'number') value.skipped += trouble.skipped;
      if ('detail' in value) value.detail = `${trouble.skipped} record(s) could not be read: ${trouble.skippedReason}`;
    }
    return;
  }
  for (const child of Object.values(value)) patch(child, found);
}

/**
 * The index says which jurisdictions hold records; only the gateway sees which of them then failed
 * to answer, withheld records under their release rules, or answered some records with errors.
 * This plugin marks the first TIMED_OUT or FAILED, the second WITHHELD (when every hit was
 * withheld; otherwise it says how many in `detail`), and counts the third as `skipped` in the
 * trace's `jurisdictions` list, so the answer says what is missing and why. A record counts as
 * withheld when the answer asked for one of the fields its owner withheld. (It matches `{ code, status }` objects by their response keys: a client that
 * aliases those fields sees the index's view.)
 */
export function useJurisdictionStatus(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!data || !errors?.length) return;
          const found = troubles(errors);
          if (found.size > 0) patch(data as Json, found);
        },
      };
    },
  };
}
