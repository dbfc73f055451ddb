import { stringify } from 'yaml';
import type { Jurisdiction, Registry } from '../registry/registry';

type Service = Record<string, unknown>;

const node = (entry: string) => ['node', '--import', 'tsx', entry];
const INDEX_KEY = '${INDEX_KEY:-compose-demo-index-key-change-me-0123456789}';
const COMMON = { HOST: '0.0.0.0', LOG_LEVEL: 'info' };
const REDIS_URL = 'redis://redis:6379';
const POSTGRES_PASSWORD = '${POSTGRES_PASSWORD:-corridor-demo-password-change-me}';
const DATABASE_URL = `postgres://corridor:${POSTGRES_PASSWORD}@postgres:5432/corridor`;
export const GATEWAY_REPLICAS = ['gateway-1', 'gateway-2'];

/**
 * nginx in front of the replicas: round-robin, a replica that fails is passed over for 10 s, and a
 * request is retried on the other replica only when it never reached the first (nginx does not
 * resend a POST that was sent). `/readyz` answers 503 while a replica drains, so health checks of
 * an orchestrator take it out first.
 */
const LOAD_BALANCER_CONF = `upstream corridor_gateways {
${GATEWAY_REPLICAS.map((r) => `  server ${r}:4000 max_fails=3 fail_timeout=10s;`).join('\n')}
  keepalive 64;
}
server {
  listen 4000;
  client_max_body_size 1m;
  location / {
    proxy_pass http://corridor_gateways;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_next_upstream error timeout;
    proxy_read_timeout 60s;
  }
}
`;

function shardOf(j: Jurisdiction): number {
  return j.shard ?? 0;
}

/** Where the index and the gateway find each subgraph inside the compose network. */
function subgraphHost(j: Jurisdiction): string {
  return j.adapter === 'umf' ? `subgraph-umf-${shardOf(j)}` : `subgraph-${j.code.toLowerCase()}`;
}

function nativeHost(j: Jurisdiction): string {
  return j.adapter === 'umf' ? `native-umf-${shardOf(j)}` : `native-${j.code.toLowerCase()}`;
}

function subgraphUrls(registry: Registry): Record<string, string> {
  return Object.fromEntries(registry.jurisdictions.map((j) => [`SUBGRAPH_URL_${j.code}`, `http://${subgraphHost(j)}:${j.subgraph.port}/graphql`]));
}

function nativeUrls(js: readonly Jurisdiction[]): Record<string, string> {
  return Object.fromEntries(js.map((j) => [`NATIVE_URL_${j.code}`, `http://${nativeHost(j)}:${j.native.port}`]));
}

/**
 * docker-compose.yml for the registry: the same topology as `npm start`, one container per process,
 * built from the one Dockerfile. Generated (`npm run compose:docker`) so it never drifts from the
 * registry; a test checks the committed file is what this produces.
 */
export function dockerCompose(registry: Registry): string {
  const base = { build: '.', image: 'corridor:latest', restart: 'unless-stopped' };
  const named = registry.jurisdictions.filter((j) => j.adapter !== 'umf');
  const longTail = registry.jurisdictions.filter((j) => j.adapter === 'umf');
  const shards = [...new Set(longTail.map(shardOf))].sort((a, b) => a - b);
  const services: Record<string, Service> = {
    redis: { image: 'redis:7-alpine', command: ['redis-server', '--save', '', '--appendonly', 'no'], healthcheck: { test: ['CMD', 'redis-cli', 'ping'], interval: '5s' } },
  };
  for (const j of named) {
    const code = j.code.toLowerCase();
    services[`native-${code}`] = { ...base, command: node(`subgraphs/native/${j.native.service}/main.ts`), environment: { ...COMMON, PORT: String(j.native.port) } };
    services[`subgraph-${code}`] = {
      ...base,
      command: node(`subgraphs/${j.adapter}/main.ts`),
      depends_on: [`native-${code}`],
      environment: { ...COMMON, PORT: String(j.subgraph.port), INDEX_KEY, ...nativeUrls([j]) },
    };
  }
  for (const shard of shards) {
    const js = longTail.filter((j) => shardOf(j) === shard);
    services[`native-umf-${shard}`] = { ...base, command: node('subgraphs/native/umf-messages/host.ts'), environment: { ...COMMON, UMF_SHARD: String(shard) } };
    services[`subgraph-umf-${shard}`] = {
      ...base,
      command: node('subgraphs/umf/host.ts'),
      depends_on: [`native-umf-${shard}`],
      environment: { ...COMMON, UMF_SHARD: String(shard), INDEX_KEY, ...nativeUrls(js) },
    };
  }
  const everySubgraph = [...named.map((j) => `subgraph-${j.code.toLowerCase()}`), ...shards.map((s) => `subgraph-umf-${s}`)];
  services.operations = { ...base, command: node('subgraphs/operations/main.ts'), environment: { ...COMMON, PORT: String(registry.operations.port) } };
  services.postgres = {
    image: 'postgres:16-alpine',
    environment: { POSTGRES_USER: 'corridor', POSTGRES_PASSWORD: POSTGRES_PASSWORD, POSTGRES_DB: 'corridor' },
    healthcheck: { test: ['CMD', 'pg_isready', '-U', 'corridor', '-d', 'corridor'], interval: '5s' },
  };
  services.index = {
    ...base,
    command: node('subgraphs/index/main.ts'),
    depends_on: [...everySubgraph, 'redis', 'postgres'],
    environment: { ...COMMON, PORT: String(registry.index.port), INDEX_KEY, REDIS_URL, DATABASE_URL, ...subgraphUrls(registry) },
  };
  // The replicas are identical: they share the entity cache, rate limits and persisted queries
  // through Redis and extend one audit chain in PostgreSQL, so the balancer may send any request
  // to either. GATEWAY_WORKERS=auto runs a worker per core inside each.
  for (const replica of GATEWAY_REPLICAS) {
    services[replica] = {
      ...base,
      // Composes against the container hostnames, then serves that supergraph.
      command: ['sh', '-c', 'node --import tsx schema/compose/main.ts && exec node --import tsx gateway/main.ts'],
      depends_on: { index: { condition: 'service_started' }, operations: { condition: 'service_started' }, redis: { condition: 'service_healthy' }, postgres: { condition: 'service_healthy' } },
      environment: {
        ...COMMON,
        PORT: '4000',
        SUPERGRAPH_PATH: '/tmp/supergraph.graphql',
        GATEWAY_WORKERS: '${GATEWAY_WORKERS:-1}',
        REDIS_URL,
        DATABASE_URL,
        INDEX_URL: `http://index:${registry.index.port}/graphql`,
        OPERATIONS_URL: `http://operations:${registry.operations.port}/graphql`,
        ...subgraphUrls(registry),
      },
      healthcheck: { test: ['CMD', 'node', '-e', "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"], interval: '10s' },
    };
  }
  services['load-balancer'] = {
    image: 'nginx:1.27-alpine',
    depends_on: GATEWAY_REPLICAS,
    ports: ['4000:4000'],
    configs: [{ source: 'load-balancer', target: '/etc/nginx/conf.d/default.conf' }],
  };
  const header = [
    '# Generated from the registry by `npm run compose:docker`; do not edit by hand.',
    '# The embedded default\'s topology as separate containers: each named jurisdiction\'s native source',
    `# and subgraph, the long tail in ${shards.length} shared hosts (each country still its own subgraph, port and`,
    '# native source), the operations subgraph, the index, two gateway replicas behind an nginx load',
    '# balancer, Redis and PostgreSQL (audit trail, link decisions), all built from one Dockerfile.',
    '# `INDEX_KEY=... POSTGRES_PASSWORD=... docker compose up --build` (Compose 2.23 or later, for the',
    '# inline nginx configuration), then http://localhost:4000/graphql.',
  ].join('\n');
  return `${header}\n\n${stringify({ services, configs: { 'load-balancer': { content: LOAD_BALANCER_CONF } } }, { lineWidth: 0 })}`;
}
