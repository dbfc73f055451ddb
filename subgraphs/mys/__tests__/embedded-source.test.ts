// The embedded default end to end: the simulated PDRM / JIM database as the stack runs it (its
// main.ts as a process: PGlite cannot start inside a jest worker), read by the adapter over the
// PostgreSQL wire protocol on the native port, the way `npm start` wires them.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { PersonRecord } from '../../kit/record/person-record';
import { createMysAdapter, type MysAdapter } from '../adapter';
import { MYS } from './fixtures';

const MAIN = join(__dirname, '..', '..', 'native', 'mys-pdrm-sql', 'main.ts');

interface ReadyLine {
  msg: string;
  mode: string;
  database: string;
  health: string;
  records: number;
}

let child: ChildProcess;
let ready: ReadyLine;
let adapter: MysAdapter;
let queries = 0;

/** Start main.ts on a free port with no DATABASE_URL, and wait for its ready line. */
function startEmbeddedSource(): Promise<ReadyLine> {
  child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      let entry: Partial<ReadyLine> = {};
      try {
        entry = JSON.parse(line) as ReadyLine;
      } catch {
        return; // not a log line
      }
      if (entry.msg?.startsWith('native source ready')) resolve(entry as ReadyLine);
    });
    child.stderr!.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the native source exited (${code}) before it was ready:\n${lines.join('\n')}`)));
  });
}

beforeAll(async () => {
  ready = await startEmbeddedSource();
  // As run-country.ts hands it over: the registry-style http:// native URL, no DATABASE_URL.
  const port = new URL(ready.database).port;
  adapter = createMysAdapter({ jurisdiction: MYS, baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 5000 }, { env: {}, onQuery: () => (queries += 1) });
}, 120_000);
afterAll(async () => {
  await adapter?.close();
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
});

describe('the embedded PDRM / JIM database (PGlite over the wire protocol) through the adapter', () => {
  it('says at start that it runs the embedded PostgreSQL, and where', () => {
    expect(ready).toMatchObject({ mode: 'embedded', msg: expect.stringContaining('embedded PostgreSQL') });
    expect(ready.database).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
    expect(ready.records).toBeGreaterThan(0);
  });

  it('answers its health check over HTTP on the PostgreSQL port', async () => {
    const res = await fetch(ready.health);
    expect(await res.json()).toMatchObject({ status: 'ok', mode: 'embedded', records: ready.records });
  });

  it('serves every record in registry-sized pages, each mapping, and a batch of them in one query', async () => {
    const records: PersonRecord[] = [];
    let cursor: string | null = null;
    do {
      const page = await adapter.fetchPage(cursor);
      for (const r of page.records) {
        if (r instanceof Error) throw r;
        records.push(r);
      }
      cursor = page.next;
    } while (cursor !== null);
    expect(records).toHaveLength(ready.records);
    expect(new Set(records.map((r) => r.id)).size).toBe(ready.records);
    expect(queries).toBe(Math.ceil(ready.records / MYS.native.pageSize));

    const wanted = [...records.slice(0, 40), ...records.slice(-10)].map((r) => r.id).reverse();
    queries = 0;
    const slots = await adapter.fetchByIds([...wanted, 'MYS:PDRM:UJI/TIADA/1']);
    expect(queries).toBe(1);
    expect(slots.map((s) => (s instanceof Error || s === null ? s : s.id))).toEqual([...wanted, null]);
    expect(slots[0]).toEqual(records.find((r) => r.id === wanted[0]));
  });
});
