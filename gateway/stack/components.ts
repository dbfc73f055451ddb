import { join } from 'node:path';
import type { Registry } from '../../schema/registry/registry';

/** One process of the embedded default. */
export interface Component {
  readonly name: string;
  readonly entry: string;
  /** URL that answers 200 once the process can serve. */
  readonly readyUrl: string;
}

const root = join(__dirname, '..', '..');

/** Every process `npm start` runs, in start order: native sources, subgraphs, index, gateway. */
export function stackComponents(registry: Registry, gatewayPort: number): Component[] {
  const js = registry.jurisdictions;
  return [
    ...js.map((j) => ({
      name: `native-${j.code.toLowerCase()}`,
      entry: join(root, 'subgraphs', 'native', j.native.service, 'main.ts'),
      readyUrl: `http://127.0.0.1:${j.native.port}/healthz`,
    })),
    ...js.map((j) => ({
      name: `subgraph-${j.code.toLowerCase()}`,
      entry: join(root, 'subgraphs', j.code.toLowerCase(), 'main.ts'),
      readyUrl: `http://127.0.0.1:${j.subgraph.port}/healthz`,
    })),
    { name: 'index', entry: join(root, 'subgraphs', 'index', 'main.ts'), readyUrl: `http://127.0.0.1:${registry.index.port}/readyz` },
    { name: 'gateway', entry: join(root, 'gateway', 'main.ts'), readyUrl: `http://127.0.0.1:${gatewayPort}/readyz` },
  ];
}
