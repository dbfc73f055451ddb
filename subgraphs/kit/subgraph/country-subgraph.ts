import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import { contributionType, countrySubgraphSdl, personRecordType } from '../../../schema/build/subgraph-sdl';
import { isCountry, subgraphName } from '../../../schema/registry/registry';
import { contextMasterKey } from '../context/context-key';
import type { RequesterContext } from '../context/requester-context';
import { createContextVerifier } from '../context/verify-context';
import { loadOperations } from '../../../schema/registry/operations';
import { ContributionCache } from '../operation/contribution-cache';
import { facilityResolvers } from '../facility/facility-resolvers';
import { nativeFailure } from './native-failure';
import { createSubgraphServer } from './subgraph-server';
import { graphqlHttpHandler } from '../http/graphql-http';
import { listen, sendJson, type Listening } from '../http/listen';
import type { Logger } from '../log';
import { startTracingFromEnv } from '../tracing';
import { indexFeedHandler } from './index-feed';
import type { NativeAdapter } from './native-adapter';
import type { PublicationOptions } from './publication';
import { createRecordLoader } from './record-loader';
import { releaseRecord, withheldFieldResolvers } from '../release/released-record';

export interface CountrySubgraphOptions {
  adapter: NativeAdapter;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  host?: string;
  /** Secret for the blind keys published to the index. */
  indexKey: string;
  log: Logger;
  /** Count the registry's operations, then search the facilities, at start, so the first question does not wait. @default true */
  warmOperations?: boolean;
  /** Master key of the gateway-signed requester context. @default contextMasterKey() (CONTEXT_KEY) */
  contextKey?: string;
  /** How the index feed's change log is kept (`publication.ts`). @default {} */
  publication?: PublicationOptions;
}

export interface CountryContext {
  /** Who asks, as the gateway signed it. */
  requester: RequesterContext;
  records: ReturnType<typeof createRecordLoader>;
  /** Per-request state of the adapter's extra resolvers (`NativeAdapter.extra`). */
  extra: unknown;
}

/** `<Prefix>OperationContribution` by id (`<operation>:<country>`): counted from the country's own records. */
function contributionResolver(adapter: NativeAdapter, cache: ContributionCache) {
  const code = adapter.jurisdiction.code;
  return {
    __resolveReference: async (ref: { id: string }) => {
      const at = ref.id.lastIndexOf(':');
      if (at <= 0 || ref.id.slice(at + 1) !== code) return null;
      try {
        return await cache.get(ref.id.slice(0, at));
      } catch (error) {
        throw nativeFailure(error, code);
      }
    },
  };
}

/** Start one jurisdiction's subgraph: the shared schema, its adapter behind a per-request loader, its index feed. */
export async function startCountrySubgraph({ adapter, port, host, indexKey, log, warmOperations = true, contextKey = contextMasterKey(), publication }: CountrySubgraphOptions): Promise<Listening> {
  const verify = createContextVerifier(contextKey, subgraphName(adapter.jurisdiction));
  const typeName = personRecordType(adapter.jurisdiction);
  const country = isCountry(adapter.jurisdiction);
  const contributions = new ContributionCache(adapter);
  // Each warm-up reads every native page: the facilities' search waits for the counts, so a
  // source is read once at a time.
  const warmed = country && warmOperations ? contributions.warm(loadOperations().map((o) => o.code)) : undefined;
  const resolvers: GraphQLResolverMap<unknown> = {
    PersonRecord: { __resolveType: () => typeName },
    [typeName]: {
      // Every record leaves through the owner's release rules, decided per requester.
      __resolveReference: async (ref: { id: string }, context: unknown) => {
        const { records, requester } = context as CountryContext;
        const record = await records.load(ref.id);
        return record && releaseRecord(record, requester);
      },
      ...withheldFieldResolvers(),
    },
    ...(country && { [contributionType(adapter.jurisdiction)]: contributionResolver(adapter, contributions) }),
    ...(country && facilityResolvers(adapter, { warmAfter: warmed })),
    ...(adapter.extra?.resolvers as GraphQLResolverMap<unknown> | undefined),
  };
  const schema = buildSubgraphSchema({ typeDefs: parse(countrySubgraphSdl(adapter.jurisdiction)), resolvers });
  const server = createSubgraphServer<CountryContext>(schema);
  await server.start();
  // The first server of a process registers its tracer provider (off unless OTEL_* says otherwise).
  const tracing = await startTracingFromEnv(`corridor-${subgraphName(adapter.jurisdiction)}`);
  const listening = await listen(
    {
      '/graphql': graphqlHttpHandler(server, { accessLog: log, service: subgraphName(adapter.jurisdiction), context: async ({ req, body }) => ({ requester: await verify(req.headers, body), records: createRecordLoader(adapter), extra: adapter.extra?.createRequestState?.() }) }),
      '/index/feed': indexFeedHandler(adapter, indexKey, log, publication),
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok', jurisdiction: adapter.jurisdiction.code }),
    },
    port,
    host,
  );
  return {
    ...listening,
    close: async (graceMs?: number) => {
      await listening.close(graceMs);
      await server.stop();
      // Flush, not shut down: other servers of this process may share the provider.
      await tracing?.flush();
    },
  };
}
