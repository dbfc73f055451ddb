import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileSink } from '../file-sink';
import { verifySink } from '../verify-sink';
import { auditEvent, tempFile } from './fixtures';
import { itKeepsTheSinkContract } from './sink-contract';

describe('fileSink', () => {
  itKeepsTheSinkContract(() => {
    const path = tempFile();
    return { open: () => fileSink({ path }), drop: async () => rmSync(dirname(path), { recursive: true, force: true }) };
  });

  let path: string;
  beforeEach(() => {
    path = tempFile();
  });
  afterEach(() => rmSync(dirname(path), { recursive: true, force: true }));

  it('writes one canonical JSON line per entry', async () => {
    const sink = fileSink({ path });
    const entry = await sink.append(auditEvent());
    await sink.close();
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    expect(JSON.parse(lines[0]!)).toEqual(entry);
    expect(lines[0]!.startsWith('{"event":{"at":')).toBe(true);
  });

  it('keeps one chain when appends race inside one process', async () => {
    const sink = fileSink({ path });
    await Promise.all(Array.from({ length: 30 }, () => sink.append(auditEvent())));
    expect(await verifySink(sink)).toMatchObject({ ok: true, entries: 30 });
    await sink.close();
  });

  it('refuses to append after a torn last line, and the verifier names it', async () => {
    const sink = fileSink({ path });
    await sink.append(auditEvent());
    await sink.close();
    appendFileSync(path, '{"event":{"at":"2024-');
    const reopened = fileSink({ path });
    await expect(reopened.append(auditEvent())).rejects.toThrow(/not JSON|torn/);
    expect(await verifySink(reopened)).toMatchObject({ ok: false, seq: 2, kind: 'unreadable' });
    await reopened.close();
  });

  it('sees a duplicated line the verifier pages past', async () => {
    const sink = fileSink({ path });
    for (let i = 0; i < 5; i++) await sink.append(auditEvent());
    await sink.close();
    const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
    writeFileSync(path, [...lines, lines[1]].join('\n') + '\n');
    expect(await verifySink(fileSink({ path }), { pageSize: 2 })).toMatchObject({ ok: false, seq: 2, kind: 'out-of-order' });
  });
});
