// Schema for tooling: `npm run schema:print` writes every layer; `npm run schema:check` gates
// breaking changes against the released API schema kept in schema/released/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeSupergraph, registrySubgraphs } from '../schema/compose/compose';
import { loadRegistry } from '../schema/registry/registry';

const root = join(__dirname, '..');
const run = (script: string, env: Record<string, string> = {}, args: string[] = []) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, script), ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });

describe('npm run schema:print', () => {
  it('writes the shared schema, every subgraph, the supergraph and the public API schema', () => {
    const out = mkdtempSync(join(tmpdir(), 'corridor-schema-'));
    const result = run('schema/tooling/print-main.ts', { SCHEMA_OUT_DIR: out });
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['api.graphql', 'shared.graphql', 'subgraphs', 'supergraph.graphql']);
    expect(readdirSync(join(out, 'subgraphs'))).toEqual(expect.arrayContaining(['index.graphql', 'operations.graphql', 'phl.graphql', 'interpol.graphql']));
    const api = readFileSync(join(out, 'api.graphql'), 'utf8');
    expect(api).toMatch(/trace\(/);
    expect(api).not.toMatch(/@access|join__|link__|_entities/);
    expect(readFileSync(join(out, 'shared.graphql'), 'utf8')).toMatch(/directive @access/);
    expect(readFileSync(join(out, 'supergraph.graphql'), 'utf8')).toMatch(/@access\(policy:/);
  }, 120_000);
});

describe('npm run schema:check', () => {
  it('passes: the current API schema has no unacknowledged breaking change against the released one', () => {
    const result = run('schema/tooling/check-main.ts');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/schema check passed/);
    expect(result.status).toBe(0);
  }, 120_000);

  it('fails, naming the change, when a field clients use disappears', () => {
    // A "current" supergraph whose index no longer offers Trace.jurisdictions.
    const subgraphs = registrySubgraphs(loadRegistry()).map((s) =>
      s.name === 'index' ? { ...s, sdl: s.sdl.replace(/\n\s*"""(?:(?!""")[\s\S])*"""\n\s*jurisdictions\([\s\S]*?\): \[JurisdictionStatus!\]!/, '') } : s,
    );
    const broken = join(mkdtempSync(join(tmpdir(), 'corridor-check-')), 'supergraph.graphql');
    writeFileSync(broken, composeSupergraph(subgraphs));
    expect(readFileSync(broken, 'utf8')).not.toMatch(/\[JurisdictionStatus!\]!/);
    const result = run('schema/tooling/check-main.ts', { SCHEMA_CHECK_SUPERGRAPH: broken });
    expect(result.stdout).toMatch(/BREAKING FIELD_REMOVED: Trace.jurisdictions was removed/);
    expect(result.stderr).toMatch(/not acknowledged/);
    expect(result.status).toBe(1);
  }, 120_000);
});
