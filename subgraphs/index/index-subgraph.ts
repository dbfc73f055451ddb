import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import { indexSubgraphSdl } from '../../schema/build/subgraph-sdl';
import type { Jurisdiction } from '../../schema/registry/registry';
import { contextMasterKey } from '../kit/context/context-key';
import { createContextVerifier } from '../kit/context/verify-context';
import { graphqlHttpHandler } from '../kit/http/graphql-http';
import { listen, sendJson, type Listening } from '../kit/http/listen';
import type { IdentifierInput } from '../kit/identifiers/normalise';
import type { Logger } from '../kit/log';
import { startTracingFromEnv } from '../kit/tracing';
import { createSubgraphServer } from '../kit/subgraph/subgraph-server';
import { MemoryKeyStore, type KeyStore } from './store/key-store';
import { Synchroniser, type FeedSource } from './sync/synchroniser';
import { resolveTrace, type TraceLimits } from './trace/resolve-trace';
import { resolveOperation } from './operation/resolve-operation';
import { linkResolvers } from './links/link-resolvers';
import { MemoryDecisionStore, type LinkDecisionStore } from './links/decision-store';
import { loadOperations } from '../../schema/registry/operations';
import { loadFacilities } from '../../schema/registry/facilities';
import { resolveFacilities, resolveFacility } from './facility/resolve-facility';

export interface IndexOptions {
  jurisdictions: readonly Jurisdiction[];
  /** Where each jurisdiction's subgraph answers (its feed is beside it). */
  sources: readonly FeedSource[];
  port: number;
  host?: string;
  indexKey: string;
  /** How often the feeds are read again. @default 10_000 */
  syncIntervalMs?: number;
  limits?: Partial<TraceLimits>;
  store?: KeyStore;
  /** Told the ids of records changed at their source (main.ts: published to the gateways' caches). @default none */
  onChanged?: (recordIds: string[]) => Promise<void> | void;
  log: Logger;
  /** Master key of the gateway-signed requester context. @default contextMasterKey() (CONTEXT_KEY) */
  contextKey?: string;
  /**
   * Where investigators' link decisions are kept (main.ts: PostgreSQL when DATABASE_URL is set).
   * Left open by `close`. @default a MemoryDecisionStore, lost when the index stops
   */
  decisions?: LinkDecisionStore;
}

export interface RunningIndex extends Listening {
  readonly synchroniser: Synchroniser;
}

const DEFAULT_LIMITS: TraceLimits = { maxIdentifiers: 50, maxDepth: 3, defaultDepth: 1 };

/** Start the cross-border index: trace over blind keys, fed by every jurisdiction's subgraph. */
export async function startIndex(options: IndexOptions): Promise<RunningIndex> {
  const store = options.store ?? new MemoryKeyStore();
  const verify = createContextVerifier(options.contextKey ?? contextMasterKey(), 'index');
  const synchroniser = new Synchroniser(options.sources, store, options.log, { indexKey: options.indexKey, onChanged: options.onChanged });
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const decisions = options.decisions ?? new MemoryDecisionStore();
  // Created at start: a database that cannot take decisions stops the index, not a mutation later.
  await decisions.ready();
  const deps = { jurisdictions: options.jurisdictions, store, indexKey: options.indexKey, syncStates: synchroniser.states, limits, decisions };
  const resolvers: GraphQLResolverMap<unknown> = {
    Query: {
      trace: (_: unknown, args: { identifiers: IdentifierInput[]; depth?: number | null }) => resolveTrace(deps, args),
      operation: (_: unknown, args: { code: string }) => resolveOperation(loadOperations(), options.jurisdictions, args.code),
      facility: (_: unknown, args: { id: string }) => resolveFacility(loadFacilities(), options.jurisdictions, args.id),
      facilities: (_: unknown, args: { country?: string | null }) => resolveFacilities(loadFacilities(), options.jurisdictions, args.country),
    },
    ...linkResolvers({ jurisdictions: options.jurisdictions, store, decisions }),
    PersonRecord: { __resolveType: (ref: { __typename: string }) => ref.__typename },
    OperationContribution: { __resolveType: (ref: { __typename: string }) => ref.__typename },
    FacilityCases: { __resolveType: (ref: { __typename: string }) => ref.__typename },
  };
  const schema = buildSubgraphSchema({ typeDefs: parse(indexSubgraphSdl(options.jurisdictions)), resolvers });
  const server = createSubgraphServer(schema);
  await server.start();
  // The first server of a process registers its tracer provider (off unless OTEL_* says otherwise).
  const tracing = await startTracingFromEnv('corridor-index');
  const listening = await listen(
    {
      '/graphql': graphqlHttpHandler(server, { accessLog: options.log, service: 'index', context: async ({ req, body }) => ({ requester: await verify(req.headers, body) }) }),
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      // Ready once every jurisdiction has been read once: before that a trace would miss records.
      '/readyz': (_req, res) =>
        sendJson(res, synchroniser.complete ? 200 : 503, { ready: synchroniser.complete, jurisdictions: [...synchroniser.states.values()] }),
    },
    options.port,
    options.host,
  );
  synchroniser.start(options.syncIntervalMs ?? 10_000);
  return {
    ...listening,
    synchroniser,
    close: async (graceMs?: number) => {
      synchroniser.stop();
      await listening.close(graceMs);
      await server.stop();
      await tracing?.flush();
    },
  };
}
