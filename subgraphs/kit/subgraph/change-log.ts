import { randomBytes } from 'node:crypto';

/** One change a jurisdiction publishes to the index: what a record publishes now, or that it is gone. */
export type Change =
  | { readonly seq: number; readonly op: 'UPSERT'; readonly id: string; readonly keys: string[] }
  | { readonly seq: number; readonly op: 'DELETE'; readonly id: string };

export interface ChangeLogOptions {
  /**
   * Deletions remembered for readers that are behind. Past this, the oldest are forgotten and the
   * log's `floor` rises: a reader whose cursor is below it must read everything again.
   * @default 10_000
   */
  maxTombstones?: number;
}

interface Entry {
  readonly seq: number;
  readonly id: string;
  readonly deleted: boolean;
}

/**
 * What a jurisdiction has published to the index since this process started. Native sources have
 * no change API, so each publication cycle hands the log the whole source (ids → blind keys) and
 * the log appends only what differs from the last cycle, with increasing sequence numbers.
 *
 * The log lives in memory: `epoch` is new at every start, so a reader holding a cursor of another
 * epoch knows the sequence numbers it holds mean nothing here and reads everything again.
 *
 * Only the latest change of each record is kept (an older one is superseded by it), so the log
 * stays as large as the source plus a bounded number of deletions, and reading from 0 is a
 * snapshot of every record.
 */
export class ChangeLog {
  readonly epoch = randomBytes(12).toString('base64url');
  private seq = 0;
  private lowest = 0;
  /** Each record's keys at the last cycle, sorted and space-joined (blind keys are base64url). */
  private readonly snapshot = new Map<string, string>();
  /** Entries by increasing seq; an entry is live while `latest` points at it. */
  private entries: Entry[] = [];
  private readonly latest = new Map<string, number>();
  /** Records whose latest entry is a deletion. */
  private readonly gone = new Set<string>();
  private readonly maxTombstones: number;

  constructor(options: ChangeLogOptions = {}) {
    this.maxTombstones = options.maxTombstones ?? 10_000;
  }

  /** Sequence number of the last change; 0 before the first. */
  get head(): number {
    return this.seq;
  }

  /** Changes at or below this were forgotten; a reader with a cursor in (0, floor) must start over. */
  get floor(): number {
    return this.lowest;
  }

  /** Records the source holds as of the last cycle. */
  get size(): number {
    return this.snapshot.size;
  }

  /**
   * Record one complete cycle: every record the source holds now, with its blind keys. Records
   * whose keys changed become UPSERTs, records no longer there become DELETEs. Give it only a
   * cycle that read the whole source: a missing record is taken as deleted.
   */
  commit(records: ReadonlyMap<string, readonly string[]>): { upserts: number; deletes: number } {
    let upserts = 0;
    let deletes = 0;
    for (const [id, keys] of records) {
      const joined = [...new Set(keys)].sort().join(' ');
      if (this.snapshot.get(id) === joined) continue;
      this.snapshot.set(id, joined);
      this.append(id, false);
      upserts += 1;
    }
    for (const id of [...this.snapshot.keys()]) {
      if (records.has(id)) continue;
      this.snapshot.delete(id);
      this.append(id, true);
      deletes += 1;
    }
    this.compact();
    return { upserts, deletes };
  }

  /** Up to `limit` changes after `since`, oldest first; `next` is the `since` of the following page, null at the head. */
  read(since: number, limit: number): { changes: Change[]; next: number | null } {
    const changes: Change[] = [];
    for (let i = this.firstAfter(since); i < this.entries.length; i++) {
      const entry = this.entries[i]!;
      if (this.latest.get(entry.id) !== entry.seq) continue;
      if (changes.length === limit) return { changes, next: changes[changes.length - 1]!.seq };
      changes.push(
        entry.deleted
          ? { seq: entry.seq, op: 'DELETE', id: entry.id }
          : { seq: entry.seq, op: 'UPSERT', id: entry.id, keys: this.keysOf(entry.id) },
      );
    }
    return { changes, next: null };
  }

  private keysOf(id: string): string[] {
    const joined = this.snapshot.get(id) ?? '';
    return joined === '' ? [] : joined.split(' ');
  }

  private append(id: string, deleted: boolean): void {
    this.seq += 1;
    this.entries.push({ seq: this.seq, id, deleted });
    this.latest.set(id, this.seq);
    if (deleted) this.gone.add(id);
    else this.gone.delete(id);
  }

  /** Drop superseded entries, and the oldest deletions past the bound (raising the floor). */
  private compact(): void {
    if (this.gone.size > this.maxTombstones) {
      // Down to half the bound, so that a source deleting steadily does not compact every cycle.
      const keep = Math.floor(this.maxTombstones / 2);
      for (const entry of this.entries) {
        if (this.gone.size <= keep) break;
        if (!entry.deleted || this.latest.get(entry.id) !== entry.seq) continue;
        this.latest.delete(entry.id);
        this.gone.delete(entry.id);
        this.lowest = entry.seq;
      }
    }
    if (this.entries.length > 2 * this.latest.size + 1000) {
      this.entries = this.entries.filter((e) => this.latest.get(e.id) === e.seq);
    }
  }

  /** Index of the first entry with a seq above `since` (entries are sorted by seq). */
  private firstAfter(since: number): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.entries[mid]!.seq <= since) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
