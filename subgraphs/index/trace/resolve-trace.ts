import type { Jurisdiction } from '../../../schema/registry/registry';
import { corridorError } from '../../../schema/errors';
import { personRecordType } from '../../../schema/build/subgraph-sdl';
import { blindKey } from '../../kit/identifiers/blind-key';
import {
  InvalidIdentifier,
  lookupKey,
  normaliseIdentifier,
  type IdentifierInput,
  type NormalisedIdentifier,
} from '../../kit/identifiers/normalise';
import type { KeyStore } from '../store/key-store';
import type { SyncState } from '../sync/synchroniser';

export interface TraceLimits {
  /** Most identifiers one trace may ask. @default 50 */
  maxIdentifiers: number;
  /** Deepest expansion a caller may ask. @default 3 */
  maxDepth: number;
  /** Expansion when the caller does not say. @default 1 */
  defaultDepth: number;
}

export interface TraceDeps {
  jurisdictions: readonly Jurisdiction[];
  store: KeyStore;
  indexKey: string;
  syncStates: ReadonlyMap<string, SyncState>;
  limits: TraceLimits;
}

interface RecordReference {
  __typename: string;
  id: string;
}

export interface TraceResult {
  identifiers: { kind: string; value: string; raw: string }[];
  records: RecordReference[];
  jurisdictions: { code: string; status: 'ANSWERED' | 'NO_HIT' | 'FAILED'; hits: number; skipped: number; detail: string | null }[];
}

function normaliseAll(inputs: readonly IdentifierInput[], limits: TraceLimits): NormalisedIdentifier[] {
  if (inputs.length === 0) throw corridorError('BAD_USER_INPUT', 'trace needs at least one identifier', { argument: 'identifiers' });
  if (inputs.length > limits.maxIdentifiers) {
    throw corridorError('BAD_USER_INPUT', `trace takes at most ${limits.maxIdentifiers} identifiers`, { argument: 'identifiers' });
  }
  const problems: string[] = [];
  const normalised = inputs.flatMap((input, i) => {
    try {
      return [normaliseIdentifier(input)];
    } catch (error) {
      if (!(error instanceof InvalidIdentifier)) throw error;
      problems.push(`identifiers[${i}]: ${error.message}`);
      return [];
    }
  });
  if (problems.length > 0) {
    throw corridorError('BAD_USER_INPUT', `invalid identifier: ${problems.join('; ')}`, { argument: 'identifiers', problems });
  }
  return normalised;
}

/**
 * Resolve a trace to references only: the gateway fetches each record from its owner. Expansion
 * follows the keys the found records published, `depth` hops out, inside the index.
 */
export function resolveTrace(deps: TraceDeps, args: { identifiers: readonly IdentifierInput[]; depth?: number | null }): TraceResult {
  const { limits, store, indexKey } = deps;
  const depth = args.depth ?? limits.defaultDepth;
  if (!Number.isInteger(depth) || depth < 0 || depth > limits.maxDepth) {
    throw corridorError('BAD_USER_INPUT', `depth must be between 0 and ${limits.maxDepth}`, { argument: 'depth' });
  }
  const asked = normaliseAll(args.identifiers, limits);
  let frontier = new Set(asked.map((n) => blindKey(lookupKey(n), indexKey)));
  const seenKeys = new Set(frontier);
  const found = new Set<string>();
  for (let hop = 0; hop <= depth && frontier.size > 0; hop++) {
    const next = new Set<string>();
    for (const id of store.lookup(frontier)) {
      if (found.has(id)) continue;
      found.add(id);
      for (const key of store.keysOf(id)) if (!seenKeys.has(key)) next.add(key), seenKeys.add(key);
    }
    frontier = next;
  }

  const typeByCode = new Map(deps.jurisdictions.map((j) => [j.code, personRecordType(j)]));
  const records: RecordReference[] = [];
  const hits = new Map<string, number>();
  for (const id of [...found].sort()) {
    const code = id.slice(0, id.indexOf(':'));
    const typename = typeByCode.get(code);
    if (!typename) continue; // a jurisdiction that has left the registry
    records.push({ __typename: typename, id });
    hits.set(code, (hits.get(code) ?? 0) + 1);
  }
  return {
    identifiers: asked.map((n, i) => ({ kind: n.kind, value: n.value, raw: args.identifiers[i]!.value })),
    records,
    jurisdictions: deps.jurisdictions.map((j) => {
      const count = hits.get(j.code) ?? 0;
      const state = deps.syncStates.get(j.code);
      const skipped = state?.invalid ?? 0;
      if (count === 0 && state && state.passes === 0) {
        return { code: j.code, status: 'FAILED', hits: 0, skipped, detail: `the index has no publication from ${j.code} yet${state.lastError ? `: ${state.lastError}` : ''}` };
      }
      const detail = skipped > 0 ? `${skipped} native records of ${j.code} could not be read and are not indexed` : null;
      return { code: j.code, status: count > 0 ? 'ANSWERED' : 'NO_HIT', hits: count, skipped, detail };
    }),
  };
}
