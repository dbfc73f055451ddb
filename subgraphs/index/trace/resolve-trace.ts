import type { Jurisdiction } from '../../../schema/registry/registry';
import { corridorError } from '../../../schema/errors';
import { personRecordType } from '../../../schema/build/subgraph-sdl';
import { askedKeys, type AskedIdentifier, type AskedKeys } from '../../kit/identifiers/asked-keys';
import { InvalidIdentifier } from '../../kit/identifiers/normalise';
import type { LinkDecisionStore } from '../links/decision-store';
import { expandTrace } from '../links/expand-trace';
import type { KeyStore } from '../store/key-store';
import type { SyncState } from '../sync/synchroniser';
import { jurisdictionStatuses, searchedJurisdictions, type JurisdictionStatus } from './jurisdiction-statuses';
import { traceId } from './trace-id';

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
  /** Link decisions: a trace does not expand through a pair decided to be different people. */
  decisions?: LinkDecisionStore | null;
}

interface RecordReference {
  __typename: string;
  id: string;
}

export interface TraceResult {
  /** Key of the Trace entity, by which the operations subgraph adds the timeline. */
  id: string;
  identifiers: { kind: string; value: string; raw: string }[];
  records: RecordReference[];
  /** `Trace.jurisdictions`: the ones this trace has something to say about, or with `all` every registered one. */
  jurisdictions: (args: { all?: boolean | null }) => JurisdictionStatus[];
  /** `Trace.jurisdictionsSearched`. */
  jurisdictionsSearched: () => number;
  /** The blind keys of each record found, as the expansion read them (for `links`; not in the schema). */
  keysByRecord?: ReadonlyMap<string, readonly string[]>;
}

function normaliseAll(inputs: readonly AskedIdentifier[], limits: TraceLimits, indexKey: string): AskedKeys[] {
  if (inputs.length === 0) throw corridorError('BAD_USER_INPUT', 'trace needs at least one identifier', { argument: 'identifiers' });
  if (inputs.length > limits.maxIdentifiers) {
    throw corridorError('BAD_USER_INPUT', `trace takes at most ${limits.maxIdentifiers} identifiers`, { argument: 'identifiers' });
  }
  const problems: string[] = [];
  const normalised = inputs.flatMap((input, i) => {
    try {
      return [askedKeys(input, indexKey)];
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
export async function resolveTrace(deps: TraceDeps, args: { identifiers: readonly AskedIdentifier[]; depth?: number | null }): Promise<TraceResult> {
  const { limits, store, indexKey } = deps;
  const depth = args.depth ?? limits.defaultDepth;
  if (!Number.isInteger(depth) || depth < 0 || depth > limits.maxDepth) {
    throw corridorError('BAD_USER_INPUT', `depth must be between 0 and ${limits.maxDepth}`, { argument: 'depth' });
  }
  const asked = normaliseAll(args.identifiers, limits, indexKey);
  // Expansion (which records a hop admits, GREEN pairs not followed) lives with the links.
  const keysByRecord = await expandTrace({ store, decisions: deps.decisions }, asked.flatMap((a) => a.keys), depth);
  const found = new Set(keysByRecord.keys());

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
    id: traceId(asked.map((a) => a.identity), depth, indexKey),
    identifiers: asked.map((n, i) => ({ kind: n.kind, value: n.value, raw: args.identifiers[i]!.value })),
    records,
    // Fields as functions (graphql-js calls them with the field's arguments): built only when
    // asked for, and the default list from the hits, not from every registered jurisdiction.
    jurisdictions: ({ all }) => jurisdictionStatuses({ jurisdictions: deps.jurisdictions, syncStates: deps.syncStates, hits, asked: asked.map((a) => a.identity) }, all ?? false),
    jurisdictionsSearched: () => searchedJurisdictions(deps.jurisdictions, deps.syncStates),
    keysByRecord,
  };
}
