// What every AuditSink must do, run against each real backend by its own test file.
import type { AuditSink } from '../audit-sink';
import { GENESIS } from '../hash-chain';
import { verifySink } from '../verify-sink';
import { auditEvent } from './fixtures';

export interface SinkUnderTest {
  /** A sink on fresh, empty storage; a second call in the same test opens the same storage. */
  open(): AuditSink;
  /** Remove the storage. */
  drop(): Promise<void>;
}

export function itKeepsTheSinkContract(setup: () => SinkUnderTest): void {
  let backend: SinkUnderTest;
  const opened: AuditSink[] = [];
  const open = () => {
    const sink = backend.open();
    opened.push(sink);
    return sink;
  };

  beforeEach(() => {
    backend = setup();
  });
  afterEach(async () => {
    try {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    } finally {
      await backend.drop();
    }
  });

  it('starts empty', async () => {
    const sink = open();
    expect(await sink.read()).toEqual([]);
    expect(await sink.head()).toEqual(GENESIS);
  });

  it('appends and reads back a valid chain, events intact', async () => {
    const sink = open();
    const events = [auditEvent(), auditEvent({ records: ['THA:RTP:2567-ATPD-000871'], purpose: null, operation: null }), auditEvent({ fields: [] })];
    const appended = [];
    for (const e of events) appended.push(await sink.append(e));
    expect(appended.map((e) => e.seq)).toEqual([1, 2, 3]);
    const read = await sink.read();
    expect(read).toEqual(appended);
    expect(read.map((e) => e.event)).toEqual(events);
    expect(await sink.head()).toEqual({ seq: 3, hash: appended[2]!.hash });
    expect(await verifySink(sink)).toMatchObject({ ok: true, entries: 3 });
  });

  it('continues the chain after a restart', async () => {
    const first = open();
    await first.append(auditEvent());
    await first.close();
    const second = open();
    await second.append(auditEvent());
    expect(await verifySink(second)).toMatchObject({ ok: true, entries: 2 });
  });

  it('reads by jurisdiction, after a seq, up to a limit', async () => {
    const sink = open();
    await sink.append(auditEvent({ records: ['PHL:PNP:1'] }));
    await sink.append(auditEvent({ records: ['THA:RTP:2'] }));
    await sink.append(auditEvent({ records: ['PHL:BI:3', 'INTERPOL:IPSG:D-2024/00042'] }));
    await sink.append(auditEvent({ records: ['PHL:PNP:4'] }));
    const seqs = async (filter: Parameters<AuditSink['read']>[0]) => (await sink.read(filter)).map((e) => e.seq);
    expect(await seqs({ jurisdiction: 'PHL' })).toEqual([1, 3, 4]);
    expect(await seqs({ jurisdiction: 'INTERPOL' })).toEqual([3]);
    expect(await seqs({ jurisdiction: 'VNM' })).toEqual([]);
    expect(await seqs({ jurisdiction: 'PHL', limit: 2 })).toEqual([1, 3]);
    expect(await seqs({ jurisdiction: 'PHL', afterSeq: 1, limit: 1 })).toEqual([3]);
    expect(await seqs({ afterSeq: 2 })).toEqual([3, 4]);
  });

  it('refuses a malformed event instead of chaining it', async () => {
    const sink = open();
    await expect(sink.append({ ...auditEvent(), at: 'yesterday' })).rejects.toThrow();
    await expect(sink.append({ ...auditEvent(), outcome: 'MAYBE' as never })).rejects.toThrow();
    expect(await sink.read()).toEqual([]);
  });

  it('chains appends made at once into one valid chain, each resolving with its own entry', async () => {
    const sink = open();
    const events = Array.from({ length: 40 }, (_, i) => auditEvent({ requestId: `concurrent-${i}` }));
    const entries = await Promise.all(events.map((e) => sink.append(e)));
    expect(entries.map((e) => e.event)).toEqual(events);
    expect(new Set(entries.map((e) => e.seq)).size).toBe(40);
    expect(await verifySink(sink)).toMatchObject({ ok: true, entries: 40 });
    expect(await sink.head()).toEqual({ seq: 40, hash: entries.find((e) => e.seq === 40)!.hash });
  });

  it('fails a malformed event alone when others are appended with it', async () => {
    const sink = open();
    const results = await Promise.allSettled([sink.append(auditEvent()), sink.append({ ...auditEvent(), at: 'yesterday' }), sink.append(auditEvent())]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await verifySink(sink)).toMatchObject({ ok: true, entries: 2 });
  });
}
