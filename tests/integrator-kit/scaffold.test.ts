// `npm run jurisdiction:new`: refusals write nothing; a scaffold composes, passes its own unit
// tests and the conformance check at once. Everything happens in a temporary copy of the tree.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ScaffoldRefused, planScaffold, writeScaffold } from '../../subgraphs/kit/scaffold/scaffold';
import { REPO, copyRepo } from './repo-copy';

const run = promisify(execFile);
const tsx = (root: string, script: string, args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', join(root, script), ...args], { cwd: root, env: { ...process.env, LOG_LEVEL: 'silent', ...env }, timeout: 240_000 });
const runJest = (root: string, path: string) => run(process.execPath, [join(REPO, 'node_modules', 'jest', 'bin', 'jest.js'), '--rootDir', root, path, '--forceExit'], { cwd: root, timeout: 240_000 });

const snapshot = (root: string) => {
  const h = createHash('sha256');
  for (const f of readdirSync(join(root, 'schema', 'registry')).sort()) h.update(f).update(readFileSync(join(root, 'schema', 'registry', f)));
  h.update(readdirSync(join(root, 'subgraphs')).sort().join(',')).update(readdirSync(join(root, 'subgraphs', 'native')).sort().join(','));
  return h.digest('hex');
};

let copy: ReturnType<typeof copyRepo>;
const repoBefore = snapshot(REPO);
beforeAll(() => {
  copy = copyRepo();
});
afterAll(() => {
  copy.remove();
  // The working tree is never touched.
  expect(snapshot(REPO)).toBe(repoBefore);
});

describe('jurisdiction:new refuses, writing nothing', () => {
  it.each([
    [{ code: 'LAO', format: 'json' }, /LAO is already registered \(schema\/registry\/long-tail\.json\)/],
    [{ code: 'PHL', format: 'umf' }, /PHL is already registered \(schema\/registry\/jurisdictions\.json\)/],
    [{ code: 'LAO', format: 'sql' }, /LAO is already registered \(schema\/registry\/long-tail\.json\)/],
    [{ code: 'MYS', format: 'sql' }, /MYS is already registered \(schema\/registry\/jurisdictions\.json\)/],
    [{ code: 'TO', format: 'sql' }, /malformed/],
    [{ code: 'TON', format: 'sql', agency: 'T-P-F' }, /not an agency code/],
    [{ code: 'LA', format: 'json' }, /malformed/],
    [{ code: 'lao1', format: 'json' }, /malformed/],
    [{ code: 'XXQ', format: 'json' }, /not an ISO 3166-1 alpha-3 country code/],
    [{ code: 'BTN', format: 'yaml' }, /--format "yaml" is not one of/],
    [{ code: 'BTN', format: 'json', timeZone: 'Mars/Olympus' }, /not an IANA time zone/],
  ])('%j', (options, message) => {
    const before = snapshot(copy.root);
    expect(() => planScaffold({ ...options, root: copy.root })).toThrow(ScaffoldRefused);
    expect(() => planScaffold({ ...options, root: copy.root })).toThrow(message);
    expect(snapshot(copy.root)).toBe(before);
  });

  it('the CLI says so and exits non-zero', async () => {
    const before = snapshot(copy.root);
    await expect(tsx(copy.root, 'subgraphs/kit/scaffold/main.ts', ['--code', 'LAO', '--format', 'json'])).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/refused: LAO is already registered[\s\S]*Nothing was written/) });
    expect(snapshot(copy.root)).toBe(before);
  });
});

describe('a scaffolded country composes and conforms at once', () => {
  it('umf: one long-tail row, served by the generic adapter', async () => {
    const plan = planScaffold({ code: 'TUV', format: 'umf', timeZone: 'Pacific/Funafuti', root: copy.root });
    expect([...plan.files.keys()]).toEqual(['schema/registry/long-tail.json']);
    writeScaffold(plan, copy.root);
    const rows = JSON.parse(readFileSync(join(copy.root, 'schema/registry/long-tail.json'), 'utf8')) as { code: string }[];
    expect(rows.at(-1)).toEqual({ code: 'TUV', timeZone: 'Pacific/Funafuti' });
    const { stdout } = await tsx(copy.root, 'subgraphs/kit/conformance/main.ts', ['--jurisdiction', 'TUV']);
    expect(stdout).toMatch(/Result: conforms/);
  }, 240_000);

  it.each([
    ['BTN', 'json', 'Asia/Thimphu'],
    ['NRU', 'xml', 'Pacific/Nauru'],
    ['PLW', 'csv', 'Pacific/Palau'],
  ])('%s as %s: registry row, adapter, native source, unit tests, conformance', async (code, format, timeZone) => {
    const { stdout: made } = await tsx(copy.root, 'subgraphs/kit/scaffold/main.ts', ['--code', code, '--format', format, '--time-zone', timeZone]);
    const lower = code.toLowerCase();
    expect(made).toMatch(new RegExp(`Scaffolded ${code} \\(${format}\\)`));
    expect(made).toMatch(/Next:/);
    for (const f of ['adapter.ts', 'mapping.ts', 'native-record.ts', 'native-api.ts', 'codec.ts', 'main.ts', '__tests__/adapter.test.ts']) expect(existsSync(join(copy.root, 'subgraphs', lower, f))).toBe(true);
    expect(existsSync(join(copy.root, 'subgraphs', 'native', `${lower}-ncb-${format}`, 'server.ts'))).toBe(true);
    const row = (JSON.parse(readFileSync(join(copy.root, 'schema/registry/jurisdictions.json'), 'utf8')) as { code: string; native: { format: string } }[]).find((j) => j.code === code);
    expect(row).toMatchObject({ code, timeZone, adapter: lower, native: { format, service: `${lower}-ncb-${format}` } });

    const unit = await runJest(copy.root, `subgraphs/${lower}/`);
    expect(unit.stderr).toMatch(/Tests:\s+7 passed, 7 total/);

    const { stdout } = await tsx(copy.root, 'subgraphs/kit/conformance/main.ts', ['--jurisdiction', code]);
    expect(stdout).toMatch(/PASS {2}composes/);
    expect(stdout).toMatch(/PASS {2}batching/);
    expect(stdout).toMatch(/Result: conforms/);
  }, 300_000);

  it('TON as sql: agency tables in PostgreSQL, a pg adapter tested against a real database, conformance on the embedded default', async () => {
    const { stdout: made } = await tsx(copy.root, 'subgraphs/kit/scaffold/main.ts', ['--code', 'TON', '--format', 'sql', '--time-zone', 'Pacific/Tongatapu', '--agency', 'TPF']);
    expect(made).toMatch(/Scaffolded TON \(sql\)/);
    expect(made).toMatch(/Next:[\s\S]*subgraphs\/ton\/queries\.ts/);
    for (const f of ['adapter.ts', 'mapping.ts', 'native-record.ts', 'native-api.ts', 'queries.ts', 'cursor.ts', 'main.ts', '__tests__/adapter.test.ts', '__tests__/mapping.test.ts']) expect(existsSync(join(copy.root, 'subgraphs', 'ton', f))).toBe(true);
    // No HTTP transport: the pg client replaces codec and encoder.
    expect(existsSync(join(copy.root, 'subgraphs', 'ton', 'codec.ts'))).toBe(false);
    for (const f of ['server.ts', 'main.ts', 'schema.sql', 'load.ts', 'render.ts']) expect(existsSync(join(copy.root, 'subgraphs', 'native', 'ton-tpf-sql', f))).toBe(true);
    expect(existsSync(join(copy.root, 'subgraphs', 'native', 'ton-tpf-sql', 'encode.ts'))).toBe(false);
    const row = (JSON.parse(readFileSync(join(copy.root, 'schema/registry/jurisdictions.json'), 'utf8')) as { code: string }[]).find((j) => j.code === 'TON');
    expect(row).toMatchObject({ timeZone: 'Pacific/Tongatapu', agencies: ['TPF'], adapter: 'ton', native: { format: 'sql', service: 'ton-tpf-sql' } });

    // Its unit tests: the mapping on plain rows, the adapter on the suite's real PostgreSQL (DATABASE_URL).
    const unit = await runJest(copy.root, 'subgraphs/ton/');
    expect(unit.stderr).toMatch(/Tests:\s+16 passed, 16 total/);

    // The embedded default, as on a fresh machine: no DATABASE_URL, so PGlite behind the native port.
    const { stdout } = await tsx(copy.root, 'subgraphs/kit/conformance/main.ts', ['--jurisdiction', 'TON'], { DATABASE_URL: '' });
    expect(stdout).toMatch(/PASS {2}composes/);
    expect(stdout).toMatch(/PASS {2}bad native records reported/);
    expect(stdout).toMatch(/N\/A {3}batching .*adapter tests count round trips/);
    expect(stdout).toMatch(/PASS {2}every shared field mapped/);
    expect(stdout).toMatch(/Result: conforms/);
  }, 300_000);
});
