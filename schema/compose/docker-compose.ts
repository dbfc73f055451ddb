import { stringify } from 'yaml';
import type { Jurisdiction, Registry } from '../registry/registry';

type Service = Record<string, unknown>;

const node = (entry: string) => ['node', '--import', 'tsx', entry];
const INDEX_KEY = '${INDEX_KEY:-compose-demo-index-key-change-me-0123456789}';
const COMMON = { HOST: '0.0.0.0', LOG_LEVEL: 'info' };

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
  services.index = {
    ...base,
    command: node('subgraphs/index/main.ts'),
    depends_on: [...everySubgraph, 'redis'],
    environment: { ...COMMON, PORT: String(registry.index.port), INDEX_KEY, REDIS_URL: 'redis://redis:6379', ...subgraphUrls(registry) },
  };
  services.gateway = {
    ...base,
    // Composes against the container hostnames, then serves that supergraph.
    command: ['sh', '-c', 'node --import tsx schema/compose/main.ts && exec node --import tsx gateway/main.ts'],
    depends_on: ['index', 'operations', 'redis'],
    ports: ['4000:4000'],
    environment: {
      ...COMMON,
      PORT: '4000',
      SUPERGRAPH_PATH: '/tmp/supergraph.graphql',
      REDIS_URL: 'redis://redis:6379',
      INDEX_URL: `http://index:${registry.index.port}/graphql`,
      OPERATIONS_URL: `http://operations:${registry.operations.port}/graphql`,
      ...subgraphUrls(registry),
    },
    healthcheck: { test: ['CMD', 'node', '-e', "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"], interval: '10s' },
  };
  const header = [
    '# Generated from the registry by `npm run compose:docker`; do not edit by hand.',
    '# The embedded default\'s topology as separate containers: each named jurisdiction\'s native source',
    `# and subgraph, the long tail in ${shards.length} shared hosts (each country still its own subgraph, port and`,
    '# native source), the operations subgraph, the index, the gateway and Redis, all built from one',
    '# Dockerfile. `INDEX_KEY=... docker compose up --build`, then http://localhost:4000/graphql.',
  ].join('\n');
  return `${header}\n\n${stringify({ services }, { lineWidth: 0 })}`;
}
