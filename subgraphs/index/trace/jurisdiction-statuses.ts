import type { Jurisdiction } from '../../../schema/registry/registry';
import type { NormalisedIdentifier } from '../../kit/identifiers/normalise';
import { phoneCountry } from '../../kit/mapping/phones';
import type { SyncState } from '../sync/synchroniser';

export interface JurisdictionStatus {
  code: string;
  status: 'ANSWERED' | 'NO_HIT' | 'FAILED';
  hits: number;
  skipped: number;
  detail: string | null;
}

export interface StatusInputs {
  jurisdictions: readonly Jurisdiction[];
  syncStates: ReadonlyMap<string, SyncState>;
  /** Matching records per jurisdiction code. */
  hits: ReadonlyMap<string, number>;
  /** The identifiers as the index normalised them. */
  asked: readonly NormalisedIdentifier[];
}

/** The country an identifier names: a travel document's issuer, a phone number's country. */
function namedCountry(id: NormalisedIdentifier): string | null {
  if (id.country) return id.country;
  return id.kind === 'PHONE' ? phoneCountry(id.value) : null;
}

function statusOf(j: Jurisdiction, count: number, state: SyncState | undefined): JurisdictionStatus {
  const skipped = state?.invalid ?? 0;
  if (count === 0 && state && state.passes === 0) {
    return { code: j.code, status: 'FAILED', hits: 0, skipped, detail: `the index has no publication from ${j.code} yet${state.lastError ? `: ${state.lastError}` : ''}` };
  }
  const detail = skipped > 0 ? `${skipped} native records of ${j.code} could not be read and are not indexed` : null;
  return { code: j.code, status: count > 0 ? 'ANSWERED' : 'NO_HIT', hits: count, skipped, detail };
}

/**
 * The jurisdictions a trace has something to say about, in registry order: each one holding a
 * match; each one an identifier names (a document's issuer, a phone's country), NO_HIT when it
 * holds none; and each one whose publication the index cannot vouch for (none read yet, or records
 * it could not index), since a NO_HIT there may be incomplete. Every other registered
 * jurisdiction's published keys were searched and hold no match: listing each of them would make
 * every trace cost with the size of the registry rather than with its hits, so they are listed
 * only when asked for (`all`), and counted by `searchedJurisdictions`.
 */
export function jurisdictionStatuses({ jurisdictions, syncStates, hits, asked }: StatusInputs, all: boolean): JurisdictionStatus[] {
  if (all) return jurisdictions.map((j) => statusOf(j, hits.get(j.code) ?? 0, syncStates.get(j.code)));
  const named = new Set(asked.map(namedCountry));
  const out: JurisdictionStatus[] = [];
  for (const j of jurisdictions) {
    const count = hits.get(j.code) ?? 0;
    const state = syncStates.get(j.code);
    const unvouched = state !== undefined && (state.passes === 0 || state.invalid > 0);
    if (count > 0 || named.has(j.code) || unvouched) out.push(statusOf(j, count, state));
  }
  return out;
}

/** Registered jurisdictions whose published keys the index holds, so that a trace searched them. */
export function searchedJurisdictions(jurisdictions: readonly Jurisdiction[], syncStates: ReadonlyMap<string, SyncState>): number {
  let searched = 0;
  for (const j of jurisdictions) if ((syncStates.get(j.code)?.passes ?? 0) > 0) searched += 1;
  return searched;
}
