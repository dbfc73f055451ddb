// No Docker engine runs here, so the compose file is checked against the registry instead.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dockerCompose, GATEWAY_REPLICAS } from '../schema/compose/docker-compose';
import { loadRegistry } from '../schema/registry/registry';

const root = join(__dirname, '..');
const text = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
type Service = { build?: string; image?: string; command?: string[]; environment?: Record<string, string>; ports?: string[]; depends_on?: string[] | Record<string, unknown>; configs?: { source: string; target: string }[] };
const compose = parse(text) as { services: Record<string, Service>; configs?: Record<string, { content?: string }> };
const registry = loadRegistry();
const services = compose.services;
/** Services run from public images rather than the one Dockerfile. */
const IMAGES = ['redis', 'postgres', 'load-balancer'];
const gateway = services[GATEWAY_REPLICAS[0]!];

const entryOf = (command: string[] = []) => command.join(' ').match(/[\w/-]+\/(main|host)\.ts/g) ?? [];
/** The service that runs a jurisdiction's subgraph, found by the URL the gateway uses. */
const hostOf = (url: string) => new URL(url).hostname;

describe('docker-compose.yml', () => {
  it('is what the registry generates (npm run compose:docker)', () => {
    expect(text).toBe(dockerCompose(registry));
  });

  it('runs every service from the one shared Dockerfile, each entry file present', () => {
    expect(existsSync(join(root, 'Dockerfile'))).toBe(true);
    for (const [name, s] of Object.entries(services)) {
      if (IMAGES.includes(name)) continue;
      expect([name, s.build]).toEqual([name, '.']);
      const entries = entryOf(s.command);
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) expect([name, e, existsSync(join(root, e))]).toEqual([name, e, true]);
    }
    expect(services.redis).toBeDefined();
  });

  it.each(registry.jurisdictions.map((j) => [j.code, j] as const))('wires %s: native source, subgraph, index and gateway', (_code, j) => {
    const url = gateway?.environment?.[`SUBGRAPH_URL_${j.code}`];
    expect(url).toMatch(new RegExp(`^http://[a-z0-9-]+:${j.subgraph.port}/graphql$`));
    expect(services.index?.environment?.[`SUBGRAPH_URL_${j.code}`]).toBe(url);
    const subgraph = services[hostOf(url!)];
    expect(subgraph).toBeDefined();
    const native = subgraph!.environment?.[`NATIVE_URL_${j.code}`];
    expect(native).toMatch(new RegExp(`^http://[a-z0-9-]+:${j.native.port}$`));
    expect(services[hostOf(native!)]).toBeDefined();
    expect(subgraph!.depends_on).toContain(hostOf(native!));
    expect(subgraph!.environment?.INDEX_KEY).toBe(services.index?.environment?.INDEX_KEY);
    if (j.adapter === 'umf') expect(subgraph!.environment?.UMF_SHARD).toBe(String(j.shard));
    else expect(subgraph!.environment?.PORT).toBe(String(j.subgraph.port));
  });

  it('wires the index, the operations subgraph and the gateway', () => {
    expect(services.index?.environment?.PORT).toBe(String(registry.index.port));
    expect(services.operations?.environment?.PORT).toBe(String(registry.operations.port));
    expect(gateway?.environment?.INDEX_URL).toBe(`http://index:${registry.index.port}/graphql`);
    expect(gateway?.environment?.OPERATIONS_URL).toBe(`http://operations:${registry.operations.port}/graphql`);
    expect(gateway?.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(gateway?.command?.join(' ')).toContain('schema/compose/main.ts');
  });

  it('runs two identical gateway replicas behind a load balancer, sharing Redis and the PostgreSQL audit trail', () => {
    expect(GATEWAY_REPLICAS.length).toBe(2);
    for (const name of GATEWAY_REPLICAS) {
      const replica = services[name]!;
      expect([name, replica.command, replica.environment]).toEqual([name, gateway!.command, gateway!.environment]);
      // Only the balancer is published: a replica reached directly would escape the balancing.
      expect(replica.ports).toBeUndefined();
      expect(Object.keys(replica.depends_on as Record<string, unknown>)).toEqual(expect.arrayContaining(['redis', 'postgres', 'index']));
    }
    expect(new URL(gateway!.environment!.DATABASE_URL!).hostname).toBe('postgres');
    expect(services.index?.environment?.DATABASE_URL).toBe(gateway!.environment!.DATABASE_URL);
    expect(services.postgres?.image).toMatch(/^postgres:/);
    const balancer = services['load-balancer']!;
    expect(balancer.ports).toEqual(['4000:4000']);
    expect(balancer.depends_on).toEqual(GATEWAY_REPLICAS);
    const conf = compose.configs?.[balancer.configs![0]!.source]?.content ?? '';
    for (const name of GATEWAY_REPLICAS) expect(conf).toContain(`server ${name}:4000`);
    expect(conf).toMatch(/listen 4000;/);
  });
});
