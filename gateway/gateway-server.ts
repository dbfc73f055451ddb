import { randomUUID } from 'node:crypto';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { loadRegistry } from '../schema/registry/registry';
import { contextMasterKey } from '../subgraphs/kit/context/context-key';
import { createContextSigner } from '../subgraphs/kit/context/sign-context';
import { graphqlHttpHandler } from '../subgraphs/kit/http/graphql-http';
import { listen, sendJson, type Listening } from '../subgraphs/kit/http/listen';
import type { Logger } from '../subgraphs/kit/log';
import { loadAuditConfig } from './audit/audit-config';
import { createAuditSink } from './audit/create-audit-sink';
import { useAudit } from './audit/useAudit';
import { loadTrustedIssuers } from './auth/issuers';
import { useAuthentication } from './auth/useAuthentication';
import { createTokenVerifier } from './auth/verify-token';
import type { GatewayConfig } from './config/gateway-config';
import { readiness, redisCheck, type ReadinessCheck } from './http/readiness';
import type { GatewayContext } from './gateway-context';
import { useJurisdictionStatus } from './plugins/useJurisdictionStatus';
import { JurisdictionDataSource } from './subgraph-fetch/jurisdiction-data-source';
import { fileSupergraph } from './supergraph/file-supergraph';
import { FieldPolicyGateway } from './policy/field-policy-gateway';
import { decisionsOf } from './policy/policy-decisions';
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
  const audit = createAuditSink(loadAuditConfig({ ...process.env, ...stringValues(config) }), log);
  log.info({ audit: audit.description }, 'audit sink');
  const gateway = new ApolloGateway({
    supergraphSdl: fileSupergraph(config.SUPERGRAPH_PATH, log),
    buildService: ({ name, url }) =>
      new JurisdictionDataSource({ name, url: url!, timeoutMs: timeoutFor(name, config.SUBGRAPH_TIMEOUT_MS), sign }),
    logger: log,
  });
  const policed = new FieldPolicyGateway(gateway, { subjectOf: (context) => policySubject(context as Partial<GatewayContext>), log });
  const server = new ApolloServer<GatewayContext>({
    gateway: policed,
    includeStacktraceInErrorResponses: false, stopOnTerminationSignals: false,
    plugins: [
      useJurisdictionStatus(),
      useAudit<GatewayContext>({ sink: audit.sink, log, personalData: ({ contextValue }) => ({ records: [], fields: [...decisionsOf(contextValue)] }) }),
    ],
  });
  await server.start();
  const checks: ReadinessCheck[] = config.REDIS_URL ? [redisCheck(config.REDIS_URL)] : [];
  const listening = await listen(
    {
      '/graphql': graphqlHttpHandler(server, {
        maxBodyBytes: config.MAX_BODY_BYTES,
        context: async ({ req }) => {
          const { requester, purpose } = await authenticate(req.headers);
          return { requester, purpose: purpose?.reference ?? null, requestId: requestIdOf(req.headers['x-request-id']) };
        },
      }),
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      // The supergraph is loaded once start() has resolved; what is left to check is Redis.
      '/readyz': async (_req, res) => {
        const result = await readiness(checks);
        sendJson(res, result.ready ? 200 : 503, { ...result, supergraph: 'loaded' });
      },
    },
    config.PORT,
    config.HOST,
  );
  return {
    ...listening,
    url: `${listening.origin}/graphql`,
    close: async () => {
      await listening.close();
      await server.stop();
      await audit.sink.close();
    },
  };
}

/** Config values as environment strings, for the modules that read their own part of it. */
function stringValues(config: object): Record<string, string> {
  return Object.fromEntries(Object.entries(config).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
}
