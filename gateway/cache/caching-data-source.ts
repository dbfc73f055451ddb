import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from '../gateway-context';
import type { GatewayMetrics } from '../observability/gateway-metrics';
import { cacheScope, entityKey, recordIdOf } from './cache-key';
import type { EntityStore } from './entity-store';
import { answerFromCache, mergeEntities, missesOf, type CachedItem, type GatewayGraphQLResponse } from './split-entities';

export interface CachingDataSourceOptions {
  /** Subgraph name and URL, part of every key. */
  subgraph: string;
  url: string;
  /** The data source that really calls the subgraph (signing, timeouts, retries stay there). */
  inner: GraphQLDataSource<GatewayContext>;
  store: EntityStore;
  /** Where hits and misses are counted. @default none */
  metrics?: Pick<GatewayMetrics, 'cacheLookups'>;
}

/**
 * Answers a subgraph's `_entities` calls from the cache where it can and sends the owner only the
 * records it has no fresh answer for. Wraps the subgraph's own data source rather than extending
 * it, so whatever that source does per call (the signed requester context, bound to the query text
 * it sends; timeouts, retries) applies unchanged to the trimmed call.
 *
 * Anything that is not an entity call for a requester goes straight through: the index's `trace`
 * must always reflect what the index holds now.
 */
export class CachingDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(private readonly options: CachingDataSourceOptions) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { inner, store, metrics } = this.options;
    const { request } = options;
    const representations = request.variables?.representations;
    // Only a client's operation has a requester; health checks and schema loads carry none.
    const scope = 'incomingRequestContext' in options ? cacheScope(options.context as Partial<GatewayContext>) : null;
    if (!scope || !request.query || !Array.isArray(representations) || representations.length === 0) return inner.process(options);

    const { representations: _sent, ...variables } = request.variables!;
    const keys = representations.map((representation) =>
      entityKey({ subgraph: this.options.subgraph, url: this.options.url, query: request.query!, variables, scope, representation }),
    );
    const lookup = (await store.getMany(keys)).map((text) => (text === undefined ? undefined : (JSON.parse(text) as CachedItem)));
    const misses = missesOf(lookup);
    metrics?.cacheLookups.inc({ result: 'hit' }, representations.length - misses.length);
    metrics?.cacheLookups.inc({ result: 'miss' }, misses.length);
    if (misses.length === 0) return answerFromCache(lookup);

    const trimmed = misses.length === representations.length ? options : { ...options, request: { ...request, variables: { ...variables, representations: misses.map((i) => representations[i]) } } };
    const { response, cacheable } = mergeEntities(lookup, misses, await inner.process(trimmed));
    if (cacheable.length === 0) return response;
    const entries = cacheable.flatMap(({ at, cached }) => {
      const recordId = recordIdOf(representations[at]);
      return recordId ? [{ key: keys[at]!, recordId, value: JSON.stringify(cached) }] : [];
    });
    // Serialised before answering: the gateway merges these items into its answer in place.
    await store.setMany(entries);
    return response;
  }
}
