import { join } from 'node:path';
import { LONG_TAIL, type Jurisdiction, type Registry } from '../../schema/registry/registry';

/** One process of the embedded default. */
export interface Component {
  readonly name: string;
  readonly entry: string;
  /** Extra environment for this process. */
  readonly env?: Record<string, string>;
  /** URLs that answer 200 once the process can serve (a long-tail host serves many). */
  readonly readyUrls: readonly string[];
}

const root = join(__dirname, '..', '..');
const health = (port: number) => `http://127.0.0.1:${port}/healthz`;

function shards(js: readonly Jurisdiction[]): Jurisdiction[][] {
  const out: Jurisdiction[][] = Array.from({ length: LONG_TAIL.shards }, () => []);
  for (const j of js) out[j.shard ?? 0]!.push(j);
  return out.filter((s) => s.length > 0);
}

/**
 * Every process `npm start` runs, in start order: native sources, subgraphs, operations, index,
 * gateway. Named adapters get a process each; the long tail shares a few hosts (each country still
 * its own subgraph, port and native source).
 */
export function stackComponents(registry: Registry, gatewayPort: number): Component[] {
  const named = registry.jurisdictions.filter((j) => j.adapter !== 'umf');
  const longTail = shards(registry.jurisdictions.filter((j) => j.adapter === 'umf'));
  return [
    ...named.map((j) => ({
      name: `native-${j.code.toLowerCase()}`,
      entry: join(root, 'subgraphs', 'native', j.native.service, 'main.ts'),
      readyUrls: [health(j.native.port)],
    })),
    ...longTail.map((js, i) => ({
      name: `native-umf-${i}`,
      entry: join(root, 'subgraphs', 'native', 'umf-messages', 'host.ts'),
      env: { UMF_SHARD: String(js[0]!.shard ?? i) },
      readyUrls: js.map((j) => health(j.native.port)),
    })),
    ...named.map((j) => ({
      name: `subgraph-${j.code.toLowerCase()}`,
      entry: join(root, 'subgraphs', j.adapter, 'main.ts'),
      readyUrls: [health(j.subgraph.port)],
    })),
    ...longTail.map((js, i) => ({
      name: `subgraph-umf-${i}`,
      entry: join(root, 'subgraphs', 'umf', 'host.ts'),
      env: { UMF_SHARD: String(js[0]!.shard ?? i) },
      readyUrls: js.map((j) => health(j.subgraph.port)),
    })),
    { name: 'operations', entry: join(root, 'subgraphs', 'operations', 'main.ts'), readyUrls: [health(registry.operations.port)] },
    { name: 'index', entry: join(root, 'subgraphs', 'index', 'main.ts'), readyUrls: [`http://127.0.0.1:${registry.index.port}/readyz`] },
    { name: 'gateway', entry: join(root, 'gateway', 'main.ts'), readyUrls: [`http://127.0.0.1:${gatewayPort}/readyz`] },
  ];
}
