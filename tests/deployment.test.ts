// No Docker engine runs here, so the compose file is checked against the registry instead.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadRegistry } from '../schema/registry/registry';

const root = join(__dirname, '..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, { build?: string; command?: string[]; environment?: Record<string, string>; ports?: string[] }>;
};
const registry = loadRegistry();
const services = compose.services;

const entryOf = (command: string[] = []) => command.join(' ').match(/[\w/-]+\/main\.ts/g) ?? [];

describe('docker-compose.yml', () => {
  it('runs every service from the one shared Dockerfile, each entry file present', () => {
    expect(existsSync(join(root, 'Dockerfile'))).toBe(true);
    for (const [name, s] of Object.entries(services)) {
      if (name === 'redis') continue;
      expect([name, s.build]).toEqual([name, '.']);
      const entries = entryOf(s.command);
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) expect([name, existsSync(join(root, e))]).toEqual([name, true]);
    }
    expect(services.redis).toBeDefined();
  });

  it.each(registry.jurisdictions.map((j) => [j.code, j] as const))('wires %s: native source, subgraph, index and gateway', (_code, j) => {
    const code = j.code.toLowerCase();
    const native = services[`native-${code}`];
    const subgraph = services[`subgraph-${code}`];
    expect(native?.command?.join(' ')).toContain(`subgraphs/native/${j.native.service}/main.ts`);
    expect(native?.environment?.PORT).toBe(String(j.native.port));
    expect(subgraph?.command?.join(' ')).toContain(`subgraphs/${code}/main.ts`);
    expect(subgraph?.environment?.PORT).toBe(String(j.subgraph.port));
    expect(subgraph?.environment?.[`NATIVE_URL_${j.code}`]).toBe(`http://native-${code}:${j.native.port}`);
    expect(subgraph?.environment?.INDEX_KEY).toBeTruthy();
    for (const consumer of ['index', 'gateway']) {
      expect(services[consumer]?.environment?.[`SUBGRAPH_URL_${j.code}`]).toBe(`http://subgraph-${code}:${j.subgraph.port}/graphql`);
    }
  });

  it('wires the index and the gateway', () => {
    expect(services.index?.environment?.PORT).toBe(String(registry.index.port));
    expect(services.index?.environment?.INDEX_KEY).toBe(services['subgraph-phl']?.environment?.INDEX_KEY);
    expect(services.gateway?.environment?.INDEX_URL).toBe(`http://index:${registry.index.port}/graphql`);
    expect(services.gateway?.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(services.gateway?.ports).toContain('4000:4000');
    expect(services.gateway?.command?.join(' ')).toContain('schema/compose/main.ts');
  });

  it('has no service the registry does not know', () => {
    const expected = new Set(['redis', 'index', 'gateway', ...registry.jurisdictions.flatMap((j) => [`native-${j.code.toLowerCase()}`, `subgraph-${j.code.toLowerCase()}`])]);
    expect(Object.keys(services).sort()).toEqual([...expected].sort());
  });
});
