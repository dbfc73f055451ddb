import type { GraphQLDataSource } from '@apollo/gateway';

/** A subgraph's answer as the gateway hands it around. */
export type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

type FormattedError = NonNullable<GatewayGraphQLResponse['errors']>[number];

/** What the store held for each representation of one `_entities` call, in order (undefined: a miss). */
export type Lookup = readonly (unknown | undefined)[];

/** The positions of the misses in the original call, in order: what the trimmed call sends. */
export function missesOf(lookup: Lookup): number[] {
  return lookup.flatMap((item, i) => (item === undefined ? [i] : []));
}

/** An answer made of cached items only: the owner is not called at all. */
export function answerFromCache(lookup: Lookup): GatewayGraphQLResponse {
  return { data: { _entities: [...lookup] } };
}

export interface Merged {
  /** The answer to the original call: cached and fresh items in the original order, error paths remapped. */
  readonly response: GatewayGraphQLResponse;
  /** Original positions of the fresh items that may be cached (not null, no error of their own, a well-formed answer). */
  readonly cacheable: readonly number[];
}

/**
 * Put the trimmed call's answer back into the original call's shape. The fresh item `j` goes to
 * position `misses[j]`, and so does every error whose path is `['_entities', j, …]`. An item is
 * cacheable only if it is an object, no error points at it, and every error of the answer points
 * at some item (an error without such a path could concern any of them). An answer without an
 * `_entities` list of the right length is passed on with only its error paths remapped: the call
 * failed as a whole, as it would have without a cache.
 */
export function mergeEntities(lookup: Lookup, misses: readonly number[], fresh: GatewayGraphQLResponse): Merged {
  let wholeAnswerSuspect = false;
  const erroneous = new Set<number>();
  const errors = fresh.errors?.map((error): FormattedError => {
    const path = error.path;
    const j = path?.[0] === '_entities' ? path[1] : undefined;
    if (typeof j !== 'number' || misses[j] === undefined) {
      wholeAnswerSuspect = true;
      return error;
    }
    erroneous.add(j);
    return { ...error, path: ['_entities', misses[j]!, ...path!.slice(2)] };
  });
  const items = (fresh.data as { _entities?: unknown } | null | undefined)?._entities;
  if (!Array.isArray(items) || items.length !== misses.length) {
    return { response: { ...fresh, ...(errors ? { errors } : {}) }, cacheable: [] };
  }
  const merged = [...lookup];
  const cacheable: number[] = [];
  items.forEach((item, j) => {
    const i = misses[j]!;
    merged[i] = item;
    if (!wholeAnswerSuspect && !erroneous.has(j) && item !== null && typeof item === 'object') cacheable.push(i);
  });
  return { response: { ...fresh, data: { ...fresh.data, _entities: merged }, ...(errors ? { errors } : {}) }, cacheable };
}
