import type { Logger } from '../../kit/log';
import { indexKeyId, type FeedPage } from '../../kit/subgraph/index-feed';
import type { FeedCursor, KeyStore, RecordChange } from '../store/key-store';
import { feedUrl, fetchFeedPage } from './feed-client';

export interface FeedSource {
  readonly code: string;
  /** The jurisdiction's subgraph GraphQL URL; its feed is served beside it. */
  readonly subgraphUrl: string;
  /** Budget for one page of its feed. */
  readonly timeoutMs: number;
}

/** What the index knows of one jurisdiction's publication. */
export interface SyncState {
  readonly code: string;
  /** Completed passes since this index started; 0 means it has not read this jurisdiction yet. */
  passes: number;
  records: number;
  invalid: number;
  /** Feed changes the last good pass received (after the first read: only what changed). */
  received: number;
  /** Passes that read the whole feed again: the first ever, a new epoch, another INDEX_KEY, a forgotten cursor. */
  fullReads: number;
  /** Where the index has read up to. */
  cursor: FeedCursor | null;
  lastSuccess: Date | null;
  lastError: string | null;
}

export interface SynchroniserOptions {
  /** The blind-key secret: feeds hashed with another key are refused (their keys would never match a trace). */
  indexKey: string;
  /**
   * Told the ids of records that changed or were deleted at their source, page by page, once the
   * store has them (gateways drop what they cached of them). Not called for full reads: those follow
   * a subgraph restart or a key rotation, and the caches' bounded TTL covers them. A failure here
   * never fails the pass. @default none
   */
  onChanged?: (recordIds: string[]) => Promise<void> | void;
}

/** Feeds read at the same time. */
const FEED_CONCURRENCY = 8;

/** Bounds a runaway feed (a `next` that never ends). */
const MAX_PAGES = 10_000;

interface PassResult {
  received: number;
  invalid: number;
  cursor: FeedCursor;
}

/**
 * Pulls every jurisdiction's changes into the key store. Each jurisdiction's cursor (epoch, key id,
 * sequence number) is kept in the store, so after a restart with the same store the index asks
 * only for what changed. It reads the whole feed again, replacing what the jurisdiction had, when
 * it has no cursor, when the subgraph restarted (its epoch changed: its log and sequence numbers
 * are new), when the keys were hashed with another INDEX_KEY, or when the cursor is older than
 * what the feed still remembers. A failed pass keeps what the store holds; pages already applied
 * stay applied with their cursor, so the next pass goes on from there.
 */
export class Synchroniser {
  readonly states = new Map<string, SyncState>();
  private readonly keyId: string;
  private readonly onChanged: SynchroniserOptions['onChanged'];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly sources: readonly FeedSource[],
    private readonly store: KeyStore,
    private readonly log: Logger,
    options: SynchroniserOptions,
  ) {
    this.keyId = indexKeyId(options.indexKey);
    this.onChanged = options.onChanged;
    for (const s of sources) {
      this.states.set(s.code, { code: s.code, passes: 0, records: 0, invalid: 0, received: 0, fullReads: 0, cursor: null, lastSuccess: null, lastError: null });
    }
  }

  /** Whether every jurisdiction has been read at least once. */
  get complete(): boolean {
    return [...this.states.values()].every((s) => s.passes > 0);
  }

  /** One pass over every jurisdiction, a few at a time; concurrent calls share the pass in flight. */
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

  /**
   * A few feeds at a time: 117 subgraphs asked at once would each read their native source at
   * once, time out together on a small machine, and retry together for ever.
   */
  private async eachBounded(): Promise<void> {
    const queue = [...this.sources];
    const worker = async () => {
      for (let s = queue.shift(); s; s = queue.shift()) await this.syncOne(s);
    };
    await Promise.all(Array.from({ length: Math.min(FEED_CONCURRENCY, queue.length) }, worker));
  }

  private async syncOne(source: FeedSource): Promise<void> {
    const state = this.states.get(source.code)!;
    const url = feedUrl(source.subgraphUrl);
    try {
      const cursor = await this.store.cursorOf(source.code);
      const changes = cursor ? await this.readChanges(source, url, cursor) : { fullRead: 'the index has no cursor' };
      let result: PassResult;
      if ('fullRead' in changes) {
        this.log.info({ jurisdiction: source.code, reason: changes.fullRead }, 'reading the whole index feed');
        result = await this.readAll(source, url);
        state.fullReads += 1;
      } else {
        result = changes;
      }
      const records = await this.store.countOf(source.code);
      Object.assign(state, { ...result, records, passes: state.passes + 1, lastSuccess: new Date(), lastError: null });
      this.log.debug({ jurisdiction: source.code, records, received: result.received, seq: result.cursor.seq }, 'index feed pass done');
    } catch (error) {
      state.lastError = (error as Error).message;
      this.log.warn({ jurisdiction: source.code, err: state.lastError }, 'index feed pass failed; keeping what the index holds');
    }
  }

  /** The changes after the cursor, applied page by page with the cursor each page reaches. */
  private async readChanges(source: FeedSource, url: string, cursor: FeedCursor): Promise<PassResult | { fullRead: string }> {
    let since = cursor.seq;
    let received = 0;
    for (let n = 0; n < MAX_PAGES; n++) {
      const page = this.checked(source, await fetchFeedPage(url, since, source.timeoutMs));
      const why =
        page.epoch !== cursor.epoch ? 'the subgraph restarted (new epoch)'
        : page.keyId !== cursor.keyId ? 'the index holds keys hashed with another INDEX_KEY'
        : since > page.head ? 'the cursor is ahead of the feed'
        : since > 0 && since < page.floor ? 'the feed no longer remembers changes that old'
        : null;
      if (why) return { fullRead: why };
      const reached: FeedCursor = { epoch: page.epoch, keyId: page.keyId, seq: page.next ?? page.head };
      await this.store.apply(source.code, page.changes.map((c): RecordChange => ({ id: c.id, keys: c.op === 'UPSERT' ? c.keys : null })), reached);
      received += page.changes.length;
      if (page.changes.length > 0 && this.onChanged) {
        const announce = this.onChanged;
        const ids = page.changes.map((c) => c.id);
        // Wrapped so a listener that throws synchronously is caught like one that rejects.
        await (async () => announce(ids))().catch((error: Error) =>
          this.log.warn({ jurisdiction: source.code, err: error.message }, 'could not announce changed records; caches keep them until their TTL'),
        );
      }
      if (page.next === null) return { received, invalid: page.invalid, cursor: reached };
      since = page.next;
    }
    throw new Error(`feed did not reach its head within ${MAX_PAGES} pages`);
  }

  /** Every change from the beginning; the jurisdiction's records are replaced only once all are read. */
  private async readAll(source: FeedSource, url: string): Promise<PassResult> {
    const records = new Map<string, readonly string[]>();
    let epoch: string | undefined;
    let since = 0;
    let received = 0;
    for (let n = 0; n < MAX_PAGES; n++) {
      const page = this.checked(source, await fetchFeedPage(url, since, source.timeoutMs));
      epoch ??= page.epoch;
      if (page.epoch !== epoch) throw new Error('the subgraph restarted during a full read');
      for (const c of page.changes) {
        if (c.op === 'UPSERT') records.set(c.id, c.keys);
        else records.delete(c.id);
      }
      received += page.changes.length;
      if (page.next === null) {
        const cursor: FeedCursor = { epoch, keyId: page.keyId, seq: page.head };
        await this.store.replace(source.code, records, cursor);
        return { received, invalid: page.invalid, cursor };
      }
      since = page.next;
    }
    throw new Error(`feed did not reach its head within ${MAX_PAGES} pages`);
  }

  /** A page the store may take: this jurisdiction's records only, hashed with the index's key. */
  private checked(source: FeedSource, page: FeedPage): FeedPage {
    if (page.jurisdiction !== source.code || page.changes.some((c) => !c.id.startsWith(`${source.code}:`))) {
      throw new Error(`feed publishes records that are not ${source.code}'s`);
    }
    if (page.keyId !== this.keyId) {
      // Keys hashed with another secret would never match a trace: one side has not rotated INDEX_KEY yet.
      throw new Error(`feed keys are hashed with key ${page.keyId}, the index's INDEX_KEY is ${this.keyId}`);
    }
    return page;
  }
}
