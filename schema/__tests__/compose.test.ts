import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompositionFailed, composeSupergraph, registrySubgraphs } from '../compose/compose';
import { readFieldLabels } from '../access/field-labels';
import { loadRegistry } from '../registry/registry';

const registry = loadRegistry();

/** The SDL with one field removed from one type (the line after the type's header that declares it). */
function dropFieldOf(sdl: string, type: string, field: string): string {
  const start = sdl.indexOf(`type ${type} `);
  const at = sdl.indexOf(`\n  ${field}:`, start);
  return sdl.slice(0, at) + sdl.slice(sdl.indexOf('\n', at + 1));
}

describe('offline composition', () => {
  it('composes the registry, with the URLs the environment overrides', () => {
    const sdl = composeSupergraph(registrySubgraphs(registry, { SUBGRAPH_URL_THA: 'http://tha:4102/graphql' }));
    expect(sdl).toContain('http://tha:4102/graphql');
    for (const j of registry.jurisdictions) expect(sdl).toContain(`type ${j.typePrefix}PersonRecord implements PersonRecord`);
  });

  it('names the Apollo error code and the subgraph to blame when a country drops a shared field', () => {
    const subgraphs = registrySubgraphs(registry).map((s) =>
      s.name === 'tha' ? { ...s, sdl: dropFieldOf(s.sdl, 'ThaPersonRecord', 'sex') } : s,
    );
    const tha = subgraphs.find((s) => s.name === 'tha')!.sdl;
    expect(tha.slice(tha.indexOf('type ThaPersonRecord '))).not.toMatch(/^[^}]*sex: Sex/);
    try {
      composeSupergraph(subgraphs);
      throw new Error('composition should have failed');
    } catch (error) {
      expect(error).toBeInstanceOf(CompositionFailed);
      const problems = (error as CompositionFailed).problems;
      expect(problems[0]).toMatchObject({ code: expect.stringMatching(/^[A-Z_]+$/), subgraphs: expect.arrayContaining(['tha']) });
    }
  });

  it('reports unparsable SDL as INVALID_GRAPHQL for that subgraph', () => {
    const subgraphs = registrySubgraphs(registry).map((s) => (s.name === 'phl' ? { ...s, sdl: 'type {' } : s));
    expect(() => composeSupergraph(subgraphs)).toThrow(/INVALID_GRAPHQL \[phl\]/);
  });

  it('refuses a malformed access label, naming the subgraph, the field and the position', () => {
    const subgraphs = registrySubgraphs(registry).map((s) =>
      s.name === 'khm' ? { ...s, sdl: s.sdl.replace('& PURPOSE")', '& & PURPOSE")') } : s,
    );
    expect(() => composeSupergraph(subgraphs)).toThrow(/MALFORMED_ACCESS_LABEL \[khm\] PersonRecord\.roles: malformed access label .* at \d+: unexpected "&"/);
  });

  it('carries every label into the supergraph, on the interface and on each country’s record type', () => {
    const labels = readFieldLabels(composeSupergraph(registrySubgraphs(registry)));
    expect(labels.get('PersonRecord.names')?.policy).toBe('(INVESTIGATOR | VICTIM_SUPPORT | LIAISON) & PURPOSE');
    expect(labels.get('PhlPersonRecord.names')?.policy).toBe('(INVESTIGATOR | VICTIM_SUPPORT | LIAISON) & PURPOSE');
    expect(labels.get('Query.trace')?.policy).toBe('INVESTIGATOR | VICTIM_SUPPORT | ANALYST | LIAISON');
    expect(labels.has('PersonRecord.id')).toBe(false);
  });

  it('`npm run compose` writes the supergraph file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'corridor-compose-')), 'supergraph.graphql');
    const out = execFileSync('npx', ['tsx', 'schema/compose/main.ts'], { env: { ...process.env, SUPERGRAPH_PATH: file }, encoding: 'utf8' });
    expect(out).toMatch(/composed \d+ subgraphs/);
    expect(readFileSync(file, 'utf8')).toContain('join__Graph');
  });

  it('`npm run compose` exits non-zero on a bad registry, saying why', () => {
    const result = spawnSync('npx', ['tsx', '-e', "require('./schema/registry/registry').parseRegistry([{code:'ph'}],{})"], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
  });
});
