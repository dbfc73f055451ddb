import { ChangeLog } from '../change-log';

const cycle = (entries: Record<string, string[]>) => new Map(Object.entries(entries));
const all = (log: ChangeLog, since = 0) => log.read(since, 1000).changes;

describe('change log', () => {
  it('publishes a first cycle as one UPSERT per record, keys sorted and unique', () => {
    const log = new ChangeLog();
    expect(log.head).toBe(0);
    expect(log.commit(cycle({ 'PHL:A:1': ['b', 'a', 'b'], 'PHL:A:2': [] }))).toEqual({ upserts: 2, deletes: 0 });
    expect(all(log)).toEqual([
      { seq: 1, op: 'UPSERT', id: 'PHL:A:1', keys: ['a', 'b'] },
      { seq: 2, op: 'UPSERT', id: 'PHL:A:2', keys: [] },
    ]);
    expect(log.head).toBe(2);
  });

  it('appends only what changed: new and changed keys, and deletions', () => {
    const log = new ChangeLog();
    log.commit(cycle({ 'PHL:A:1': ['a'], 'PHL:A:2': ['b'], 'PHL:A:3': ['c'] }));
    expect(log.commit(cycle({ 'PHL:A:1': ['a'], 'PHL:A:2': ['b'], 'PHL:A:3': ['c'] }))).toEqual({ upserts: 0, deletes: 0 });
    expect(log.head).toBe(3);
    log.commit(cycle({ 'PHL:A:1': ['a'], 'PHL:A:2': ['x'], 'PHL:A:4': ['d'] }));
    expect(all(log, 3)).toEqual([
      { seq: 4, op: 'UPSERT', id: 'PHL:A:2', keys: ['x'] },
      { seq: 5, op: 'UPSERT', id: 'PHL:A:4', keys: ['d'] },
      { seq: 6, op: 'DELETE', id: 'PHL:A:3' },
    ]);
    expect(log.size).toBe(3);
  });

  it('keeps only the latest change of a record, so reading from 0 is a snapshot', () => {
    const log = new ChangeLog();
    log.commit(cycle({ 'PHL:A:1': ['a'], 'PHL:A:2': ['b'] }));
    log.commit(cycle({ 'PHL:A:1': ['z'] }));
    log.commit(cycle({ 'PHL:A:1': ['z'], 'PHL:A:2': ['b'] }));
    expect(all(log)).toEqual([
      { seq: 3, op: 'UPSERT', id: 'PHL:A:1', keys: ['z'] },
      { seq: 5, op: 'UPSERT', id: 'PHL:A:2', keys: ['b'] },
    ]);
    // A reader that saw seq 4 (the deletion of 2) still learns it is back.
    expect(all(log, 4)).toEqual([{ seq: 5, op: 'UPSERT', id: 'PHL:A:2', keys: ['b'] }]);
  });

  it('pages by sequence number: next is the since of the following page, null at the head', () => {
    const log = new ChangeLog();
    log.commit(cycle(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`PHL:A:${i}`, [`k${i}`]]))));
    const first = log.read(0, 2);
    expect(first.changes.map((c) => c.seq)).toEqual([1, 2]);
    expect(first.next).toBe(2);
    const second = log.read(2, 2);
    expect(second.changes.map((c) => c.seq)).toEqual([3, 4]);
    expect(log.read(4, 2)).toEqual({ changes: [{ seq: 5, op: 'UPSERT', id: 'PHL:A:4', keys: ['k4'] }], next: null });
    expect(log.read(5, 2)).toEqual({ changes: [], next: null });
    expect(log.read(99, 2)).toEqual({ changes: [], next: null });
  });

  it('a page that ends exactly at the head says so: next is null', () => {
    const log = new ChangeLog();
    log.commit(cycle({ 'PHL:A:1': ['a'], 'PHL:A:2': ['b'] }));
    expect(log.read(0, 2)).toMatchObject({ next: null });
  });

  it('forgets the oldest deletions past its bound and raises the floor', () => {
    const log = new ChangeLog({ maxTombstones: 4 });
    log.commit(cycle(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`PHL:A:${i}`, [`k${i}`]]))));
    log.commit(cycle({ 'PHL:A:0': ['k0'] })); // nine deletions, seq 11..19
    expect(log.floor).toBeGreaterThan(10);
    const remembered = all(log, log.floor);
    expect(remembered.every((c) => c.op === 'DELETE')).toBe(true);
    expect(remembered.length).toBeLessThanOrEqual(4);
    // What is left from 0 is still a snapshot: the one live record, and some remembered deletions.
    expect(all(log).filter((c) => c.op === 'UPSERT')).toEqual([{ seq: 1, op: 'UPSERT', id: 'PHL:A:0', keys: ['k0'] }]);
  });

  it('stays the size of the source however many cycles change it', () => {
    const log = new ChangeLog();
    for (let round = 0; round < 50; round++) {
      log.commit(cycle(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`PHL:A:${i}`, [`k${i}-${round}`]]))));
    }
    expect(log.head).toBe(5000);
    expect(all(log)).toHaveLength(100);
    expect((log as unknown as { entries: unknown[] }).entries.length).toBeLessThan(1300);
  });

  it('has a new epoch in every process (every log)', () => {
    expect(new ChangeLog().epoch).not.toBe(new ChangeLog().epoch);
  });
});
