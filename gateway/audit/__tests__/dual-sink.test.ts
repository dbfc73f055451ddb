import type { AuditSink } from '../audit-sink';
import { dualSink } from '../dual-sink';
import { postgresSink } from '../postgres-sink';
import { redisStreamSink } from '../redis-stream-sink';
import { verifySink } from '../verify-sink';
import { auditEvent, capturingLogger, DATABASE_URL, dropSchema, dropStream, randomSchema, randomStream, REDIS_URL } from './fixtures';

describe('dualSink (PostgreSQL, then the Redis feed)', () => {
  let schema: string;
  let stream: string;
  const sinks: AuditSink[] = [];
  beforeEach(() => {
    schema = randomSchema();
    stream = randomStream();
  });
  afterEach(async () => {
    await Promise.all(sinks.splice(0).map((s) => s.close()));
    await Promise.all([dropSchema(schema), dropStream(stream)]);
  });
  const track = <T extends AuditSink>(sink: T): T => (sinks.push(sink), sink);

  it('writes both, and answers reads from the durable trail', async () => {
    const durable = track(postgresSink({ pool: DATABASE_URL, schema }));
    const feed = track(redisStreamSink({ redis: REDIS_URL, stream }));
    const sink = dualSink({ durable, feed, log: capturingLogger().log });
    const entry = await sink.append(auditEvent());
    expect((await durable.read()).map((e) => e.hash)).toEqual([entry.hash]);
    expect((await feed.read()).map((e) => e.event)).toEqual([entry.event]);
    expect(await sink.read()).toEqual([entry]);
  });

  it('counts an event as audited when only the feed is down, and logs the miss', async () => {
    const { log, lines } = capturingLogger();
    const durable = track(postgresSink({ pool: DATABASE_URL, schema }));
    const feed = track(redisStreamSink({ redis: 'redis://127.0.0.1:1', stream, commandTimeoutMs: 300 }));
    const sink = dualSink({ durable, feed, log });
    const entry = await sink.append(auditEvent({ requestId: 'req-feed-down' }));
    expect(entry.seq).toBe(1);
    expect(await verifySink(durable)).toMatchObject({ ok: true, entries: 1 });
    expect(lines).toContainEqual(expect.objectContaining({ level: 40, seq: 1, requestId: 'req-feed-down', msg: expect.stringMatching(/feed missed/) }));
  });

  it('fails the append when the durable sink is down, and does not feed the event', async () => {
    const durable = track(postgresSink({ pool: 'postgres://postgres@127.0.0.1:1/test', schema }));
    const feed = track(redisStreamSink({ redis: REDIS_URL, stream }));
    const sink = dualSink({ durable, feed, log: capturingLogger().log });
    await expect(sink.append(auditEvent())).rejects.toThrow();
    expect(await feed.read()).toEqual([]);
  });
});
