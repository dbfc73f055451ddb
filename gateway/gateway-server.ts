import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { loadRegistry } from '../schema/registry/registry';
import { contextMasterKey } from '../subgraphs/kit/context/context-key';
import { createContextSigner } from '../subgraphs/kit/context/sign-context';
import { graphqlHttpHandler } from '../subgraphs/kit/http/graphql-http';
import { listen, sendJson, type Listening, type RouteHandler } from '../subgraphs/kit/http/listen';
import type { Logger } from '../subgraphs/kit/log';
import { createAdmission } from './admission/admission';
import { loadAdmissionConfig } from './admission/admission-config';
import { loadAuditConfig } from './audit/audit-config';
import { createAuditSink } from './audit/create-audit-sink';
import { useAudit } from './audit/useAudit';
import { isDevelopment, loadDevIssuer } from './auth/dev-issuer';
import { loadTrustedIssuers } from './auth/issuers';
import { useAuthentication } from './auth/useAuthentication';
import { createTokenVerifier } from './auth/verify-token';
import { explorerOn, policiesOn, type GatewayConfig } from './config/gateway-config';
import { useExplorer } from './explorer/useExplorer';
import { useAuditTrailRoute } from './http/audit-trail-route';
import { readiness, redisCheck, supergraphCheck, type ReadinessCheck } from './http/readiness';
import type { GatewayContext } from './gateway-context';
import { useJurisdictionStatus } from './plugins/useJurisdictionStatus';
import { loadRateLimitConfig } from './rate-limit/rate-limit-config';
import { useRateLimit } from './rate-limit/useRateLimit';
import { loadResilienceConfig } from './resilience/resilience-config';
import { useResilience } from './resilience/useResilience';
import { shareInflight } from './subgraph-fetch/share-inflight';
import { JurisdictionDataSource } from './subgraph-fetch/jurisdiction-data-source';
import { loadCacheConfig } from './cache/cache-config';
import { useEntityCache } from './cache/useEntityCache';
import { watchedSupergraph } from './supergraph/file-supergraph';
import { createGatewayMetrics } from './observability/gateway-metrics';
import { metricsHandler } from './observability/metrics-route';
import { clusterMetricsHandler } from './cluster/cluster-metrics';
import { useMetrics } from './observability/useMetrics';
import { disableApolloTelemetry } from './observability/no-apollo-telemetry';
import { propagateToSubgraph } from './observability/propagate-to-subgraphs';
import { useAccessLog } from './observability/useAccessLog';
import { FieldPolicyGateway } from './policy/field-policy-gateway';
import { decisionsOf, recordsOf } from './policy/policy-decisions';
import { policySubject } from './policy/policy-subject';

export interface RunningGateway extends Listening {
  readonly url: string;
}

type GatewayOptions = Pick<GatewayConfig, 'PORT' | 'HOST' | 'SUPERGRAPH_PATH' | 'MAX_BODY_BYTES'> &
  Partial<Omit<GatewayConfig, 'PORT' | 'HOST' | 'SUPERGRAPH_PATH' | 'MAX_BODY_BYTES'>>;

/** Each subgraph's own time budget: the registry's, unless the operator set one for all. */
function timeoutFor(name: string, override: number | undefined): number {
  if (override) return override;
  const registry = loadRegistry();
  if (name === 'index') return registry.index.timeoutMs;
  if (name === 'operations') return registry.operations.timeoutMs;
  return registry.byCode(name.toUpperCase())?.subgraph.timeoutMs ?? 3000;
}

/** A request id the client may set (`x-request-id`, 1–128 safe characters), else a new one. */
function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[\w.:-]{1,128}$/.test(header) ? header : randomUUID();
}

/**
 * The Corridor gateway: Apollo Gateway on a static supergraph file, behind Node's http server.
 * Every request is authenticated before anything else; every subgraph call carries the verified
 * requester, signed for that subgraph; every answer with personal data is audited before it leaves.
 */
export async function startGateway(config: GatewayOptions, log: Logger): Promise<RunningGateway> {
  const nodeEnv = config.NODE_ENV ?? 'development';
  const authenticate = useAuthentication({
    verifier: createTokenVerifier(await loadTrustedIssuers({ file: config.AUTH_ISSUERS_FILE, nodeEnv })),
  });
  const sign = createContextSigner(config.CONTEXT_KEY ?? contextMasterKey({ NODE_ENV: nodeEnv }));
  const admission = createAdmission<GatewayContext>({ ...loadAdmissionConfig(config), REDIS_URL: config.REDIS_URL }, log);
  const metrics = createGatewayMetrics();
  const limits = loadRateLimitConfig({ ...config, NODE_ENV: nodeEnv });
  const rateLimit = useRateLimit({ ...limits, redis: config.REDIS_URL, registry: metrics.registry, log });
  const resilienceConfig = loadResilienceConfig(config);
  const resilience = useResilience({
    retries: resilienceConfig.SUBGRAPH_RETRIES,
    retryDelayMs: resilienceConfig.SUBGRAPH_RETRY_DELAY_MS,
    breakerFailures: resilienceConfig.BREAKER_FAILURES,
    breakerCooldownMs: resilienceConfig.BREAKER_COOLDOWN_MS,
    metrics,
    log,
  });
  const audit = createAuditSink(loadAuditConfig({ ...process.env, ...stringValues(config) }), log);
  log.info({ audit: audit.description }, 'audit sink');
  // A caller that did not go through loadGatewayConfig (tests, the in-process stack) gets no cache
  // unless the environment says CACHE=on: a test that stops a subgraph must see it fail.
  const cacheConfig = loadCacheConfig({ CACHE: 'off', ...process.env, ...stringValues(config) });
  const entityCache = useEntityCache({
    enabled: cacheConfig.CACHE === 'on',
    ttlSeconds: cacheConfig.CACHE_TTL_SECONDS,
    maxEntries: cacheConfig.CACHE_MAX_ENTRIES,
    redisUrl: cacheConfig.REDIS_URL,
    prefix: cacheConfig.CACHE_REDIS_PREFIX,
    channel: cacheConfig.CACHE_CHANNEL,
    metrics,
    log,
  });
  log.info({ cache: entityCache.description }, 'entity cache');
  const supergraph = watchedSupergraph(config.SUPERGRAPH_PATH, log, config.SUPERGRAPH_POLL_MS);
  disableApolloTelemetry();
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph.hook,
    buildService: ({ name, url }) => {
      const source = propagateToSubgraph(new JurisdictionDataSource({ name, url: url!, timeoutMs: timeoutFor(name, config.SUBGRAPH_TIMEOUT_MS), sign, metrics, resilience }));
      // Below the cache: concurrent misses of the same records are fetched once too.
      return entityCache.wrap(name, url!, config.SHARE_INFLIGHT !== 'off' ? shareInflight(source, name, { shared: metrics.subgraphShared }) : source);
    },
    logger: log,
  });
  const enforced = policiesOn(config);
  if (!enforced) log.warn('POLICIES=off: field labels are NOT enforced and NOTHING is audited; for benchmarks only, never with real data');
  const policed = enforced ? new FieldPolicyGateway(gateway, { subjectOf: (context) => policySubject(context as Partial<GatewayContext>), log }) : gateway;
  const server = new ApolloServer<GatewayContext>({
    gateway: policed,
    includeStacktraceInErrorResponses: false, stopOnTerminationSignals: false,
    ...admission.apolloOptions,
    plugins: [
      // Apollo's default landing page loads its Sandbox from another origin; ours is the explorer, or nothing.
      ApolloServerPluginLandingPageDisabled(),
      // Nothing goes to Apollo's cloud, not even when an APOLLO_KEY is in the environment.
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ...admission.plugins,
      useMetrics<GatewayContext>({ metrics }),
      useAccessLog<GatewayContext>({
        describe: (context) => {
          const { requester, purpose } = context as Partial<GatewayContext>;
          return { officer: requester?.sub, issuer: requester?.issuer, country: requester?.country, agency: requester?.agency, purpose: purpose ?? undefined, records: recordsOf(context).length };
        },
      }),
      useJurisdictionStatus(),
      ...(enforced ? [useAudit<GatewayContext>({ sink: audit.sink, log, personalData: ({ contextValue }) => ({ records: [...recordsOf(contextValue)], fields: [...decisionsOf(contextValue)] }) })] : []),
    ],
  });
  await server.start();
  await rateLimit.ready();
  // Set at the start of close(): /readyz answers 503 from then on, while requests in flight finish.
  let stopping = false;
  const checks: ReadinessCheck[] = [supergraphCheck(supergraph.state, () => stopping), ...(config.REDIS_URL ? [redisCheck(config.REDIS_URL)] : [])];
  // Browsers' GETs of /graphql get the explorer page; every other request is GraphQL as before.
  // Development tokens only where the development issuer is trusted (never in production).
  const explorer = explorerOn({ ...config, NODE_ENV: nodeEnv })
    ? useExplorer({ labels: () => (policed instanceof FieldPolicyGateway ? policed.fieldLabels : new Map()), devIssuer: isDevelopment(nodeEnv) ? await loadDevIssuer({ nodeEnv }) : null, log })
    : null;
  const withExplorer = explorer ? explorer.page : (handler: RouteHandler) => handler;
  const listening = await listen(
    {
      '/graphql': withExplorer(graphqlHttpHandler(server, {
        maxBodyBytes: config.MAX_BODY_BYTES,
        accessLog: log,
        service: 'gateway',
        context: async ({ req, body }) => {
          const { requester, purpose } = await authenticate(req.headers);
          admission.checkBatch(body);
          // Here, before parsing and planning: a refused request costs no subgraph call.
          await rateLimit.check(requester);
          return { requester, purpose: purpose?.reference ?? null, requestId: requestIdOf(req.headers['x-request-id']) };
        },
      })),
      ...explorer?.routes,
      '/audit/trail': useAuditTrailRoute({ sink: audit.sink, authenticate, log }),
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      '/metrics': cluster.isWorker ? clusterMetricsHandler(metrics.registry) : metricsHandler(metrics.registry),
      '/readyz': async (_req, res) => {
        const result = await readiness(checks);
        const { status, lastReloadError } = supergraph.state();
        sendJson(res, result.ready ? 200 : 503, { ...result, supergraph: stopping ? 'stopping' : status, ...(lastReloadError && { lastReloadError }) });
      },
    },
    config.PORT,
    config.HOST,
  );
  return {
    ...listening,
    url: `${listening.origin}/graphql`,
    close: async (graceMs = config.SHUTDOWN_GRACE_MS) => {
      stopping = true;
      await listening.close(graceMs);
      await server.stop();
      await audit.sink.close();
      await admission.close();
      await entityCache.close();
      await rateLimit.close();
    },
  };
}

/** Config values as environment strings, for the modules that read their own part of it. */
function stringValues(config: object): Record<string, string> {
  return Object.fromEntries(Object.entries(config).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
}
