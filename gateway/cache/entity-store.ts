/** One item to keep: its key, the record it belongs to (for invalidation) and its JSON text. */
export interface StoredEntity {
  readonly key: string;
  readonly recordId: string;
  readonly value: string;
}

/**
 * Where cached entity items live. Values are JSON text, parsed anew on every hit: the gateway
 * merges entity results into its answer in place, so an object handed out twice could be changed
 * by the first request under the second.
 *
 * Implementations never throw from `getMany`/`setMany`: a store that cannot answer is a miss, and
 * the record is fetched from its owner as if there were no cache.
 */
export interface EntityStore {
  /** One value (or undefined) per key, in key order. */
  getMany(keys: readonly string[]): Promise<(string | undefined)[]>;
  setMany(entries: readonly StoredEntity[]): Promise<void>;
  /** Drop every entry of these records; resolves to how many were dropped. */
  invalidate(recordIds: readonly string[]): Promise<number>;
  close(): Promise<void>;
  readonly description: string;
}
