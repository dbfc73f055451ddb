import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { NODE_FLAGS } from '../node-flags';
import { Supervisor } from '../supervisor';
import { waitReady } from '../wait-ready';
import { freePort } from '../../../tests/support/free-port';

describe('supervisor', () => {
  it('reports a crashed child, restarts it, and stops everything', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    const port = await freePort();
    const readyUrl = `http://127.0.0.1:${port}/healthz`;
    const env = { ...process.env, CRASH_MARKER: join(mkdtempSync(join(tmpdir(), 'corridor-sup-')), 'marker'), CRASH_PORT: String(port) };
    const supervisor = new Supervisor([{ name: 'flaky', entry: join(__dirname, 'crash-once.ts'), readyUrls: [readyUrl] }], env, pino(sink));
    supervisor.start();
    try {
      expect(await waitReady(readyUrl, 20_000)).toBe(true);
      const crash = lines.find((l) => l.msg === 'exited unexpectedly; restarting');
      expect(crash).toMatchObject({ component: 'flaky', code: 3 });
      expect(lines.filter((l) => l.msg === 'started')).toHaveLength(2);
      // Every supervised process runs with Corridor's Node flags.
      expect(await (await fetch(readyUrl)).json()).toEqual(expect.arrayContaining([...NODE_FLAGS]));
    } finally {
      await supervisor.stop();
    }
    await expect(fetch(readyUrl)).rejects.toThrow();
  });
});
