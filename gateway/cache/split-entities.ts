import type { GraphQLDataSource } from '@apollo/gateway';

/** A subgraph's answer as the gateway hands it around. */
export type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

type FormattedError = NonNullable<GatewayGraphQLResponse['errors']>[number];

/**
 * One cached `_entities` item: the item, and the errors the owner attached to it, their paths
 * relative to the item (only the owner's release decisions are ever kept; see `ownerDecision`).
 */
export interface CachedItem {
  readonly item: unknown;
  readonly errors?: readonly FormattedError[];
}

/** What the store held for each representation of one `_entities` call, in order (undefined: a miss). */
export type Lookup = readonly (CachedItem | undefined)[];

/** The positions of the misses in the original call, in order: what the trimmed call sends. */
export function missesOf(lookup: Lookup): number[] {
  return lookup.flatMap((item, i) => (item === undefined ? [i] : []));
}

/**
 * An error that is the owner's decision to withhold a field from this requester (a release rule,
 * `extensions.rule` = `originator:…`), not a failure: the same record asked in the same scope gets
 * the same answer, so the item may be cached with it. Any other error (a timeout, a native source
 * down) could be gone on the next call, and keeps the item out of the cache.
 */
function ownerDecision(error: FormattedError): boolean {
  return error.extensions?.code === 'FORBIDDEN' && String(error.extensions.rule ?? '').startsWith('originator:');
}

/** Cached items' errors, back at their positions in this call. */
function errorsOf(entries: readonly { item: CachedItem; at: number }[]): FormattedError[] {
  return entries.flatMap(({ item, at }) => (item.errors ?? []).map((e) => ({ ...e, path: ['_entities', at, ...(e.path ?? [])] })));
}

/** An answer made of cached items only: the owner is not called at all. */
export function answerFromCache(lookup: Lookup): GatewayGraphQLResponse {
  const errors = errorsOf(lookup.map((item, at) => ({ item: item!, at })));
  return { data: { _entities: lookup.map((c) => c!.item) }, ...(errors.length > 0 ? { errors } : {}) };
}

export interface Merged {
  /** The answer to the original call: cached and fresh items in the original order, error paths remapped. */
  readonly response: GatewayGraphQLResponse;
  /**
   * The fresh items that may be cached, by original position: an object, every error pointing at
   * it an owner's decision, and every error of the answer pointing at some item.
   */
  readonly cacheable: readonly { readonly at: number; readonly cached: CachedItem }[];
}

/**
 * Put the trimmed call's answer back into the original call's shape. The fresh item `j` goes to
 * position `misses[j]`, and so does every error whose path is `['_entities', j, …]`; cached items
 * bring their own errors back. An answer without an `_entities` list of the right length is passed
 * on with only its error paths remapped: the call failed as a whole, as it would have without a
 * cache.
 */
export function mergeEntities(lookup: Lookup, misses: readonly number[], fresh: GatewayGraphQLResponse): Merged {
  let wholeAnswerSuspect = false;
  const own = new Map<number, FormattedError[]>();
  const uncacheable = new Set<number>();
  const errors = fresh.errors?.map((error): FormattedError => {
    const path = error.path;
    const j = path?.[0] === '_entities' ? path[1] : undefined;
    if (typeof j !== 'number' || misses[j] === undefined) {
      wholeAnswerSuspect = true;
      return error;
    }
    if (ownerDecision(error)) own.set(j, [...(own.get(j) ?? []), { ...error, path: path!.slice(2) }]);
    else uncacheable.add(j);
    return { ...error, path: ['_entities', misses[j]!, ...path!.slice(2)] };
  });
  const items = (fresh.data as { _entities?: unknown } | null | undefined)?._entities;
  if (!Array.isArray(items) || items.length !== misses.length) {
    return { response: { ...fresh, ...(errors ? { errors } : {}) }, cacheable: [] };
  }
  const merged: unknown[] = lookup.map((c) => c?.item);
  const cacheable: { at: number; cached: CachedItem }[] = [];
  items.forEach((item, j) => {
    const at = misses[j]!;
    merged[at] = item;
    if (!wholeAnswerSuspect && !uncacheable.has(j) && item !== null && typeof item === 'object') {
      const itemErrors = own.get(j);
      cacheable.push({ at, cached: itemErrors ? { item, errors: itemErrors } : { item } });
    }
  });
  const fromCache = errorsOf(lookup.flatMap((item, at) => (item ? [{ item, at }] : [])));
  const allErrors = [...fromCache, ...(errors ?? [])];
  return { response: { ...fresh, data: { ...fresh.data, _entities: merged }, ...(allErrors.length > 0 ? { errors: allErrors } : {}) }, cacheable };
}
