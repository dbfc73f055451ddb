import type { EntityStore, StoredEntity } from './entity-store';

export interface MemoryEntityStoreOptions {
  /** Seconds an entry is served. */
  ttlSeconds: number;
  /** Entries kept; the least recently used goes first. @default 10000 */
  maxEntries?: number;
  /** Milliseconds since the epoch (tests move it). @default Date.now */
  now?: () => number;
}

interface Entry {
  readonly value: string;
  readonly recordId: string;
  readonly expiresAt: number;
}

/**
 * The embedded default: a bounded LRU in process memory (a Map keeps insertion order, so
 * re-inserting on a hit makes the first key the least recently used), with a per-record index so
 * one record's invalidation drops all its entries. Each gateway process has its own.
 */
export class MemoryEntityStore implements EntityStore {
  readonly description = 'memory';
  private readonly entries = new Map<string, Entry>();
  private readonly byRecord = new Map<string, Set<string>>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor({ ttlSeconds, maxEntries = 10_000, now = Date.now }: MemoryEntityStoreOptions) {
    this.ttlMs = ttlSeconds * 1000;
    this.maxEntries = maxEntries;
    this.now = now;
  }

  get size(): number {
    return this.entries.size;
  }

  async getMany(keys: readonly string[]): Promise<(string | undefined)[]> {
    const now = this.now();
    return keys.map((key) => {
      const entry = this.entries.get(key);
      if (!entry) return undefined;
      this.entries.delete(key);
      if (entry.expiresAt <= now) {
        this.unindex(key, entry.recordId);
        return undefined;
      }
      this.entries.set(key, entry);
      return entry.value;
    });
  }

  async setMany(items: readonly StoredEntity[]): Promise<void> {
    const expiresAt = this.now() + this.ttlMs;
    for (const { key, recordId, value } of items) {
      const old = this.entries.get(key);
      if (old) {
        this.entries.delete(key);
        this.unindex(key, old.recordId);
      }
      this.entries.set(key, { value, recordId, expiresAt });
      let keys = this.byRecord.get(recordId);
      if (!keys) this.byRecord.set(recordId, (keys = new Set()));
      keys.add(key);
    }
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
      this.unindex(key, entry.recordId);
    }
  }

  async invalidate(recordIds: readonly string[]): Promise<number> {
    let dropped = 0;
    for (const id of recordIds) {
      for (const key of this.byRecord.get(id) ?? []) dropped += this.entries.delete(key) ? 1 : 0;
      this.byRecord.delete(id);
    }
    return dropped;
  }

  async close(): Promise<void> {
    this.entries.clear();
    this.byRecord.clear();
  }

  private unindex(key: string, recordId: string): void {
    const keys = this.byRecord.get(recordId);
    keys?.delete(key);
    if (keys?.size === 0) this.byRecord.delete(recordId);
  }
}
