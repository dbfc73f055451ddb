/**
 * What the index keeps: blind keys → record ids, and each record's keys so that an update or a
 * deletion at the source removes exactly what the record had published. No personal data.
 */
export interface KeyStore {
  /** Replace what one record published. */
  put(recordId: string, keys: readonly string[]): void;
  /** Forget one record. */
  remove(recordId: string): void;
  /** Record ids holding any of these keys, without duplicates. */
  lookup(keys: Iterable<string>): string[];
  /** Keys a record published (for expanding a trace by one hop). */
  keysOf(recordId: string): readonly string[];
  /** Every record id of one jurisdiction (ids start with `<CODE>:`). */
  recordsOf(jurisdiction: string): string[];
}

/** The in-process store of the embedded default. */
export class MemoryKeyStore implements KeyStore {
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byRecord = new Map<string, readonly string[]>();

  put(recordId: string, keys: readonly string[]): void {
    this.remove(recordId);
    this.byRecord.set(recordId, [...keys]);
    for (const key of keys) {
      let ids = this.byKey.get(key);
      if (!ids) this.byKey.set(key, (ids = new Set()));
      ids.add(recordId);
    }
  }

  remove(recordId: string): void {
    for (const key of this.byRecord.get(recordId) ?? []) {
      const ids = this.byKey.get(key);
      ids?.delete(recordId);
      if (ids?.size === 0) this.byKey.delete(key);
    }
    this.byRecord.delete(recordId);
  }

  lookup(keys: Iterable<string>): string[] {
    const found = new Set<string>();
    for (const key of keys) for (const id of this.byKey.get(key) ?? []) found.add(id);
    return [...found];
  }

  keysOf(recordId: string): readonly string[] {
    return this.byRecord.get(recordId) ?? [];
  }

  recordsOf(jurisdiction: string): string[] {
    const prefix = `${jurisdiction}:`;
    return [...this.byRecord.keys()].filter((id) => id.startsWith(prefix));
  }
}
