import Redis from 'ioredis';
import type { AuditSink } from '../audit-sink';
import { redisStreamSink } from '../redis-stream-sink';
import { verifySink } from '../verify-sink';
import { auditEvent, dropStream, randomStream, REDIS_URL } from './fixtures';
import { itKeepsTheSinkContract } from './sink-contract';

describe('redisStreamSink', () => {
  itKeepsTheSinkContract(() => {
    const stream = randomStream();
    return { open: () => redisStreamSink({ redis: REDIS_URL, stream }), drop: () => dropStream(stream) };
  });

  let stream: string;
  let redis: Redis;
  const sinks: AuditSink[] = [];
  beforeEach(() => {
    stream = randomStream();
    redis = new Redis(REDIS_URL);
  });
  afterEach(async () => {
    await Promise.all(sinks.splice(0).map((s) => s.close()));
    await dropStream(stream);
    redis.disconnect();
  });
  const open = (options: Partial<Parameters<typeof redisStreamSink>[0]> = {}) => {
    const sink = redisStreamSink({ redis: REDIS_URL, stream, ...options });
    sinks.push(sink);
    return sink;
  };

  it('stores entries with stream ids that are their seq, and the head next to them', async () => {
    const sink = open();
    const a = await sink.append(auditEvent());
    const b = await sink.append(auditEvent());
    const items = await redis.xrange(stream, '-', '+');
    expect(items.map(([id]) => id)).toEqual(['1-0', '2-0']);
    expect(JSON.parse(items[1]![1][3]!)).toEqual(b);
    expect(await redis.hgetall(`${stream}:head`)).toEqual({ seq: '2', hash: b.hash });
    expect(a.hash).not.toBe(b.hash);
  });

  it('keeps one valid chain when two replicas append at the same time', async () => {
    const [replicaA, replicaB] = [open(), open()];
    const appends = Array.from({ length: 40 }, (_, i) => (i % 2 ? replicaA : replicaB).append(auditEvent()));
    const entries = await Promise.all(appends);
    expect(new Set(entries.map((e) => e.seq)).size).toBe(40);
    expect(await verifySink(replicaA)).toMatchObject({ ok: true, entries: 40 });
  });

  it('stores many appends made at once in a few script calls, each with its own consecutive seq', async () => {
    // A client of the test's own, so the sink's script command can be counted on it.
    const shared = new Redis(REDIS_URL);
    try {
      const sink = open({ redis: shared });
      const calls = jest.spyOn(shared as unknown as { corridorAuditAppendMany: (...args: string[]) => Promise<unknown> }, 'corridorAuditAppendMany');
      const events = Array.from({ length: 50 }, (_, i) => auditEvent({ requestId: `burst-${i}` }));
      const entries = await Promise.all(events.map((e) => sink.append(e)));
      expect(entries.map((e) => e.event)).toEqual(events);
      expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      // The first append goes down alone; the 49 that arrive while it is in flight go down together.
      expect(calls.mock.calls.length).toBeGreaterThanOrEqual(1);
      expect(calls.mock.calls.length).toBeLessThanOrEqual(2);
      expect(await redis.xlen(stream)).toBe(50);
      expect(await verifySink(sink)).toMatchObject({ ok: true, entries: 50, head: { seq: 50, hash: entries[49]!.hash } });
    } finally {
      shared.disconnect();
    }
  });

  it('keeps one chain when two replicas each append a burst onto a head they have not seen', async () => {
    const first = open();
    for (let i = 0; i < 3; i++) await first.append(auditEvent());
    // Both replicas start from a stale head guess: the first batch of each loses and is re-chained.
    const [replicaA, replicaB] = [open(), open()];
    const events = Array.from({ length: 60 }, (_, i) => auditEvent({ requestId: `replica-${i}` }));
    const entries = await Promise.all(events.map((e, i) => (i % 2 ? replicaA : replicaB).append(e)));
    expect(entries.map((e) => e.event)).toEqual(events);
    expect(entries.map((e) => e.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 4));
    expect(await verifySink(replicaB)).toMatchObject({ ok: true, entries: 63 });
    const stored = await replicaA.read({ afterSeq: 3 });
    expect(stored).toEqual([...entries].sort((a, b) => a.seq - b.seq));
  });

  it('fails a malformed event in a burst alone, and stores the rest', async () => {
    const sink = open();
    const events = Array.from({ length: 50 }, (_, i) => (i === 17 ? { ...auditEvent(), outcome: 'MAYBE' as never } : auditEvent({ requestId: `mixed-${i}` })));
    const results = await Promise.allSettled(events.map((e) => sink.append(e)));
    expect(results.filter((r) => r.status === 'rejected').length).toBe(1);
    expect(results[17]!.status).toBe('rejected');
    const stored = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(stored.map((e) => e.seq)).toEqual(Array.from({ length: 49 }, (_, i) => i + 1));
    expect(await verifySink(sink)).toMatchObject({ ok: true, entries: 49 });
  });

  it('rejects every append of a batch it cannot store, and writes none of it', async () => {
    const sink = open({ maxAttempts: 1 });
    // A head key of the wrong type makes every script call fail.
    await redis.set(`${stream}:head`, 'not a hash');
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => sink.append(auditEvent())));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(await redis.xlen(stream)).toBe(0);
  });

  it('recovers the head from the stream when the head key is gone', async () => {
    const sink = open();
    await sink.append(auditEvent());
    await sink.append(auditEvent());
    await redis.del(`${stream}:head`);
    await open().append(auditEvent());
    expect(await verifySink(sink)).toMatchObject({ ok: true, entries: 3 });
  });

  it('is bounded, and a trimmed stream still verifies from its first entry', async () => {
    const sink = open({ maxLen: 10 });
    for (let i = 0; i < 250; i++) await sink.append(auditEvent());
    expect(await redis.xlen(stream)).toBeLessThan(250);
    expect(await verifySink(sink)).toMatchObject({ ok: false, seq: 1, kind: 'missing' });
    const verdict = await verifySink(sink, { trimmed: true, pageSize: 7 });
    expect(verdict).toMatchObject({ ok: true, head: { seq: 250 } });
    expect(verdict.ok && verdict.firstSeq).toBeGreaterThan(1);
  });

  it('detects an entry rewritten in the stream', async () => {
    const sink = open();
    for (let i = 0; i < 3; i++) await sink.append(auditEvent());
    const [item] = (await redis.xrange(stream, '2-0', '2-0')) as [string, string[]][];
    const entry = JSON.parse(item![1][3]!);
    entry.event.records = [];
    await redis.xdel(stream, '2-0');
    // A forger cannot put it back in place (ids only grow), so it lands at the end.
    await redis.xadd(stream, '4-0', 'hash', entry.hash, 'entry', JSON.stringify(entry));
    expect(await verifySink(sink)).toMatchObject({ ok: false, seq: 2, kind: 'out-of-order' });
  });

  it('rejects appends when Redis cannot be reached', async () => {
    const sink = open({ redis: 'redis://127.0.0.1:1', commandTimeoutMs: 300 });
    await expect(sink.append(auditEvent())).rejects.toThrow();
  });
});
