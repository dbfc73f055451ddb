import { NativeSourceError } from '../kit/native/native-source-error';
import { newestExport, versionOf, type ListedExport } from './listing';
import type { MpsDropClient } from './native-api';
import { readSnapshot, type ExportSnapshot } from './export-snapshot';

export interface ExportCacheOptions {
  /**
   * How long a look at the listing stays good: within it, batches are answered from the cache
   * without any native call. 0 looks at the listing on every batch. @default 0
   */
  pollIntervalMs?: number;
  /** Milliseconds clock. @default performance.now */
  now?: () => number;
}

/** What the newest export was at the last look: readable, unreadable, or no export at all. */
type State =
  | { readonly version: string; readonly snapshot: ExportSnapshot }
  | { readonly version: string; readonly error: NativeSourceError }
  | { readonly version: null };

const settle = (state: State): ExportSnapshot | null => {
  if ('error' in state) throw state.error;
  return 'snapshot' in state ? state.snapshot : null;
};

/**
 * The newest export of the drop, parsed once per version. The rule, per batch:
 * - within `pollIntervalMs` of the last look: no native call;
 * - otherwise one listing call (`GET /exports/`); and only when the newest export's name or etag
 *   differs from the cached one, one download of that file.
 * A steady drop therefore costs one call per batch (none within the poll interval), a new export
 * two, once. Concurrent batches share one look. An export that cannot be read (not UTF-8, not CSV)
 * is remembered by its version and not downloaded again: every batch fails with its error until a
 * new export replaces it. A failed listing or download is not remembered: the next batch retries.
 */
export class ExportCache {
  private state: State | undefined;
  private lookedAt = -Infinity;
  private looking: Promise<ExportSnapshot | null> | undefined;
  private readonly pollIntervalMs: number;
  private readonly now: () => number;

  constructor(
    private readonly client: MpsDropClient,
    { pollIntervalMs = 0, now = () => performance.now() }: ExportCacheOptions = {},
  ) {
    this.pollIntervalMs = pollIntervalMs;
    this.now = now;
  }

  /** The newest export (null: the drop holds none), looking at the listing when the last look is stale. */
  async current(): Promise<ExportSnapshot | null> {
    if (this.state && this.now() - this.lookedAt < this.pollIntervalMs) return settle(this.state);
    return this.look();
  }

  /**
   * The export called `name`, for a pass of the index feed that started on it: the cached one when
   * it is that export (no native call), else after one look, in case another replica of this
   * subgraph saw a newer export first. An export that is no longer the newest cannot be paged on.
   */
  async pinned(name: string): Promise<ExportSnapshot> {
    const cached = this.state && 'snapshot' in this.state ? this.state.snapshot : null;
    const snapshot = cached?.name === name ? cached : await this.look();
    if (snapshot?.name !== name) throw new NativeSourceError('the export this page belongs to has been replaced; start the pass again');
    return snapshot;
  }

  private look(): Promise<ExportSnapshot | null> {
    this.looking ??= this.lookNow().finally(() => {
      this.looking = undefined;
    });
    return this.looking;
  }

  private async lookNow(): Promise<ExportSnapshot | null> {
    const newest = newestExport(await this.client.listing());
    if (this.state?.version !== (newest && versionOf(newest))) {
      // A failed download propagates without touching the state: the next batch tries again.
      this.state = newest ? this.read(newest, await this.client.download(newest)) : { version: null };
    }
    this.lookedAt = this.now();
    return settle(this.state!);
  }

  /** An unreadable export is a state too, kept by version: it is not downloaded again. */
  private read(entry: ListedExport, bytes: Buffer): State {
    const version = versionOf(entry);
    try {
      return { version, snapshot: readSnapshot(entry.name, entry.etag, bytes) };
    } catch (error) {
      if (error instanceof NativeSourceError) return { version, error };
      throw error;
    }
  }
}
