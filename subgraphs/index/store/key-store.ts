/** Where the index has read one jurisdiction's feed up to (`GET /index/feed?since=`). */
export interface FeedCursor {
  /** The feed's epoch: its sequence numbers mean something only within it. */
  readonly epoch: string;
  /** Which INDEX_KEY the stored keys were hashed with (`indexKeyId`). */
  readonly keyId: string;
  /** The last change applied. */
  readonly seq: number;
}

/** What a record publishes now (its blind keys), or null: it is gone. */
export interface RecordChange {
  readonly id: string;
  readonly keys: readonly string[] | null;
}

/**
 * What the index keeps: blind keys → record ids, each record's keys (so that an update or a
 * deletion at the source removes exactly what the record had published), each jurisdiction's
 * records, and where the index has read each jurisdiction's feed up to. No personal data.
 * Record ids start with `<CODE>:`, which says whose they are.
 */
export interface KeyStore {
  /**
   * Apply one jurisdiction's changes in order, then save its cursor: a cursor is never saved
   * ahead of the changes it stands for, so a crash at worst re-applies a page.
   */
  apply(jurisdiction: string, changes: readonly RecordChange[], cursor?: FeedCursor): Promise<void>;
  /** Replace everything one jurisdiction published (its records not in `records` are forgotten), then save its cursor. */
  replace(jurisdiction: string, records: ReadonlyMap<string, readonly string[]>, cursor: FeedCursor): Promise<void>;
  /** Replace what one record published. */
  put(recordId: string, keys: readonly string[]): Promise<void>;
  /** Forget one record. */
  remove(recordId: string): Promise<void>;
  /** Record ids holding any of these keys, without duplicates. */
  lookup(keys: Iterable<string>): Promise<string[]>;
  /** Keys a record published (for expanding a trace by one hop). */
  keysOf(recordId: string): Promise<readonly string[]>;
  /** The keys of each record, one slot per id in order, in one round trip. */
  keysOfMany(recordIds: readonly string[]): Promise<ReadonlyArray<readonly string[]>>;
  /** Every record id of one jurisdiction. */
  recordsOf(jurisdiction: string): Promise<string[]>;
  /** How many records one jurisdiction has published. */
  countOf(jurisdiction: string): Promise<number>;
  /** Where the index has read this jurisdiction's feed up to; null: never, or the store was emptied. */
  cursorOf(jurisdiction: string): Promise<FeedCursor | null>;
  /** Release connections the store opened itself. */
  close(): Promise<void>;
}

/** The jurisdiction a record id belongs to. */
export function jurisdictionOf(recordId: string): string {
  const at = recordId.indexOf(':');
  if (at <= 0) throw new Error('a record id starts with its jurisdiction code and a colon');
  return recordId.slice(0, at);
}

/** A jurisdiction writes only its own records: one feed must never touch another's. */
export function assertOwnRecords(jurisdiction: string, ids: Iterable<string>): void {
  for (const id of ids) {
    if (jurisdictionOf(id) !== jurisdiction) throw new Error(`record ${id} is not one of ${jurisdiction}'s`);
  }
}

/**
 * The in-process store of the embedded default, lost at every start (the index then reads every
 * feed from the beginning). Each change is made before the returned promise settles, so callers
 * that set up fixtures without awaiting still see them.
 */
export class MemoryKeyStore implements KeyStore {
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byRecord = new Map<string, readonly string[]>();
  private readonly byJurisdiction = new Map<string, Set<string>>();
  private readonly cursors = new Map<string, FeedCursor>();

  async apply(jurisdiction: string, changes: readonly RecordChange[], cursor?: FeedCursor): Promise<void> {
    assertOwnRecords(jurisdiction, changes.map((c) => c.id));
    for (const change of changes) {
      if (change.keys === null) this.forget(change.id);
      else this.store(change.id, change.keys);
    }
    if (cursor) this.cursors.set(jurisdiction, { ...cursor });
  }

  async replace(jurisdiction: string, records: ReadonlyMap<string, readonly string[]>, cursor: FeedCursor): Promise<void> {
    assertOwnRecords(jurisdiction, records.keys());
    for (const [id, keys] of records) this.store(id, keys);
    for (const id of [...(this.byJurisdiction.get(jurisdiction) ?? [])]) if (!records.has(id)) this.forget(id);
    this.cursors.set(jurisdiction, { ...cursor });
  }

  async put(recordId: string, keys: readonly string[]): Promise<void> {
    this.store(recordId, keys);
  }

  async remove(recordId: string): Promise<void> {
    this.forget(recordId);
  }

  async lookup(keys: Iterable<string>): Promise<string[]> {
    const found = new Set<string>();
    for (const key of keys) for (const id of this.byKey.get(key) ?? []) found.add(id);
    return [...found];
  }

  async keysOf(recordId: string): Promise<readonly string[]> {
    return this.byRecord.get(recordId) ?? [];
  }

  async keysOfMany(recordIds: readonly string[]): Promise<ReadonlyArray<readonly string[]>> {
    return recordIds.map((id) => this.byRecord.get(id) ?? []);
  }

  async recordsOf(jurisdiction: string): Promise<string[]> {
    return [...(this.byJurisdiction.get(jurisdiction) ?? [])];
  }

  async countOf(jurisdiction: string): Promise<number> {
    return this.byJurisdiction.get(jurisdiction)?.size ?? 0;
  }

  async cursorOf(jurisdiction: string): Promise<FeedCursor | null> {
    return this.cursors.get(jurisdiction) ?? null;
  }

  async close(): Promise<void> {}

  private store(recordId: string, keys: readonly string[]): void {
    const jurisdiction = jurisdictionOf(recordId);
    this.forget(recordId);
    const unique = [...new Set(keys)];
    this.byRecord.set(recordId, unique);
    for (const key of unique) {
      let ids = this.byKey.get(key);
      if (!ids) this.byKey.set(key, (ids = new Set()));
      ids.add(recordId);
    }
    let ids = this.byJurisdiction.get(jurisdiction);
    if (!ids) this.byJurisdiction.set(jurisdiction, (ids = new Set()));
    ids.add(recordId);
  }

  private forget(recordId: string): void {
    for (const key of this.byRecord.get(recordId) ?? []) {
      const ids = this.byKey.get(key);
      ids?.delete(recordId);
      if (ids?.size === 0) this.byKey.delete(key);
    }
    this.byRecord.delete(recordId);
    const ids = this.byJurisdiction.get(jurisdictionOf(recordId));
    ids?.delete(recordId);
    if (ids?.size === 0) this.byJurisdiction.delete(jurisdictionOf(recordId));
  }
}
