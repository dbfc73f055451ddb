import type { Logger } from '../../kit/log';
import type { KeyStore } from '../store/key-store';
import { feedUrl, fetchFeedPage } from './feed-client';

export interface FeedSource {
  readonly code: string;
  /** The jurisdiction's subgraph GraphQL URL; its feed is served beside it. */
  readonly subgraphUrl: string;
  readonly timeoutMs: number;
}

/** What the index knows of one jurisdiction's publication. */
export interface SyncState {
  readonly code: string;
  /** Completed full passes; 0 means the index holds nothing from this jurisdiction yet. */
  passes: number;
  records: number;
  invalid: number;
  lastSuccess: Date | null;
  lastError: string | null;
}

/** Feeds read at the same time. */
const FEED_CONCURRENCY = 8;

/** Bounds a runaway feed (a cursor that never ends). */
const MAX_PAGES = 10_000;

/**
 * Pulls every jurisdiction's feed into the key store. A pass reads all pages, then forgets the
 * records the jurisdiction no longer publishes; a failed pass keeps what the last good one stored.
 */
export class Synchroniser {
  readonly states = new Map<string, SyncState>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly sources: readonly FeedSource[],
    private readonly store: KeyStore,
    private readonly log: Logger,
  ) {
    for (const s of sources) {
      this.states.set(s.code, { code: s.code, passes: 0, records: 0, invalid: 0, lastSuccess: null, lastError: null });
    }
  }

  /** Whether every jurisdiction has been read at least once. */
  get complete(): boolean {
    return [...this.states.values()].every((s) => s.passes > 0);
  }

  /** One pass over every jurisdiction, in parallel; concurrent calls share the pass in flight. */
  syncAll(): Promise<void> {
    this.running ??= this.eachBounded().then(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /**
   * Read every feed now and then every `intervalMs`. Until each jurisdiction has been read once,
   * passes come every `retryMs`: at start-up the subgraphs may come up after the index.
   */
  /**
   * A few feeds at a time: 117 subgraphs asked at once would each ask their native source at once,
   * time out together on a small machine, and retry together for ever.
   */
  private async eachBounded(): Promise<void> {
    const queue = [...this.sources];
    const worker = async () => {
      for (let s = queue.shift(); s; s = queue.shift()) await this.syncOne(s);
    };
    await Promise.all(Array.from({ length: Math.min(FEED_CONCURRENCY, queue.length) }, worker));
  }

  start(intervalMs: number, retryMs = Math.min(1000, intervalMs)): void {
    const loop = async () => {
      await this.syncAll();
      if (this.stopped) return;
      this.timer = setTimeout(() => void loop(), this.complete ? intervalMs : retryMs);
      this.timer.unref();
    };
    this.stopped = false;
    void loop();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async syncOne(source: FeedSource): Promise<void> {
    const state = this.states.get(source.code)!;
    const url = feedUrl(source.subgraphUrl);
    const seen = new Map<string, string[]>();
    let invalid = 0;
    try {
      let cursor: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const feed = await fetchFeedPage(url, cursor, source.timeoutMs);
        for (const entry of feed.entries) {
          if (entry.id.startsWith(`${source.code}:`)) seen.set(entry.id, entry.keys);
        }
        invalid += feed.invalid ?? 0;
        cursor = feed.next;
        if (cursor === null) break;
      }
    } catch (error) {
      state.lastError = (error as Error).message;
      this.log.warn({ jurisdiction: source.code, err: state.lastError }, 'index feed pass failed; keeping the last good pass');
      return;
    }
    for (const [id, keys] of seen) this.store.put(id, keys);
    for (const id of this.store.recordsOf(source.code)) if (!seen.has(id)) this.store.remove(id);
    Object.assign(state, { passes: state.passes + 1, records: seen.size, invalid, lastSuccess: new Date(), lastError: null });
    this.log.debug({ jurisdiction: source.code, records: seen.size, invalid }, 'index feed pass done');
  }
}
