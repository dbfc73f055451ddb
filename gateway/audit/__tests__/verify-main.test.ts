import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileSink } from '../file-sink';
import { postgresSink } from '../postgres-sink';
import { auditEvent, DATABASE_URL, dropSchema, randomSchema, tempFile } from './fixtures';

const MAIN = join(__dirname, '..', 'verify-main.ts');

/** `npm run -s audit:verify -- …`, as a child process: its stdout and exit code. */
function verify(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', MAIN, ...args], { env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

describe('audit:verify', () => {
  let path: string;
  beforeEach(async () => {
    path = tempFile();
    const sink = fileSink({ path });
    for (let i = 0; i < 3; i++) await sink.append(auditEvent());
    await sink.close();
  });
  afterEach(() => rmSync(dirname(path), { recursive: true, force: true }));

  const lines = () => readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const rewrite = (ls: string[]) => writeFileSync(path, ls.map((l) => `${l}\n`).join(''));

  it('prints the entry count and exits 0 on an intact file chain', async () => {
    expect(await verify(['--source', 'file'], { AUDIT_FILE: path })).toMatchObject({ code: 0, stdout: '{"ok":true,"entries":3}\n' });
  });

  it('exits 1 naming the first altered entry', async () => {
    const ls = lines();
    ls[1] = ls[1]!.replace('"purpose":"PHL-2024-0001"', '"purpose":"PHL-2024-9999"');
    rewrite(ls);
    const { code, stdout } = await verify(['--source', 'file'], { AUDIT_FILE: path });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, seq: 2, kind: 'altered' });
  });

  it('exits 1 on a deleted entry, and on a reordered one', async () => {
    const ls = lines();
    rewrite([ls[0]!, ls[2]!]);
    expect(await verify(['--source', 'file'], { AUDIT_FILE: path })).toMatchObject({ code: 1, stdout: expect.stringContaining('"kind":"missing"') });
    rewrite([ls[0]!, ls[2]!, ls[1]!]);
    expect(await verify(['--source', 'file'], { AUDIT_FILE: path })).toMatchObject({ code: 1, stdout: expect.stringContaining('"kind":"out-of-order"') });
  });

  it('verifies PostgreSQL, the default source when DATABASE_URL is set', async () => {
    const schema = randomSchema();
    const sink = postgresSink({ pool: DATABASE_URL, schema });
    try {
      await sink.append(auditEvent());
      await sink.append(auditEvent());
      expect(await verify([], { DATABASE_URL, AUDIT_SCHEMA: schema })).toMatchObject({ code: 0, stdout: '{"ok":true,"entries":2}\n' });
    } finally {
      await sink.close();
      await dropSchema(schema);
    }
  });

  it('exits 2 on a bad source', async () => {
    const { code, stderr } = await verify(['--source', 'tape'], { AUDIT_FILE: path });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--source must be one of postgres, file, redis/);
  });
});
