import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { loadRegistry } from '../schema/registry/registry';
import { graphqlHttpHandler } from '../subgraphs/kit/http/graphql-http';
import { listen, sendJson, type Listening } from '../subgraphs/kit/http/listen';
import type { Logger } from '../subgraphs/kit/log';
import type { GatewayConfig } from './config/gateway-config';
import { readiness, redisCheck, type ReadinessCheck } from './http/readiness';
import { useJurisdictionStatus } from './plugins/useJurisdictionStatus';
import { JurisdictionDataSource } from './subgraph-fetch/jurisdiction-data-source';
import { fileSupergraph } from './supergraph/file-supergraph';

export interface RunningGateway extends Listening {
  readonly url: string;
}

type GatewayOptions = Pick<GatewayConfig, 'PORT' | 'HOST' | 'SUPERGRAPH_PATH' | 'MAX_BODY_BYTES'> &
  Partial<Pick<GatewayConfig, 'SUBGRAPH_TIMEOUT_MS' | 'REDIS_URL'>>;

/** Each subgraph's own time budget: the registry's, unless the operator set one for all. */
function timeoutFor(name: string, override: number | undefined): number {
  if (override) return override;
  const registry = loadRegistry();
  if (name === 'index') return registry.index.timeoutMs;
  return registry.byCode(name.toUpperCase())?.subgraph.timeoutMs ?? 3000;
}

/** The Corridor gateway: Apollo Gateway on a static supergraph file, behind Node's http server. */
export async function startGateway(config: GatewayOptions, log: Logger): Promise<RunningGateway> {
  const gateway = new ApolloGateway({
    supergraphSdl: fileSupergraph(config.SUPERGRAPH_PATH, log),
    buildService: ({ name, url }) =>
      new JurisdictionDataSource({ name, url: url!, timeoutMs: timeoutFor(name, config.SUBGRAPH_TIMEOUT_MS) }),
    logger: log,
  });
  const server = new ApolloServer({
    gateway,
    includeStacktraceInErrorResponses: false,
    plugins: [useJurisdictionStatus()],
  });
  await server.start();
  const checks: ReadinessCheck[] = config.REDIS_URL ? [redisCheck(config.REDIS_URL)] : [];
  const listening = await listen(
    {
      '/graphql': graphqlHttpHandler(server, { maxBodyBytes: config.MAX_BODY_BYTES, context: async () => ({}) }),
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
    },
  };
}
