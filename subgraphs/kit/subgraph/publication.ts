import { setImmediate } from 'node:timers/promises';
import { publishedKeys } from '../identifiers/published-keys';
import type { Logger } from '../log';
import { NativeSourceError } from '../native/native-source-error';
import type { PersonRecord } from '../record/person-record';
import { ChangeLog, type ChangeLogOptions } from './change-log';
import type { NativeAdapter } from './native-adapter';

export interface PublicationOptions extends ChangeLogOptions {
  /**
   * A cycle (a read of the whole native source) runs when a reader that has caught up asks for
   * news and the last good cycle ended longer ago than this: several index replicas polling at
   * once do not multiply the native reads.
   * @default 1000
   */
  minIntervalMs?: number;
  /** Bounds a native source whose page cursor never ends. @default 10_000 */
  maxPages?: number;
}

/** Records hashed between two turns of the event loop. */
const YIELD_EVERY = 25;

/** Whether the cycle settled within `ms` (it rejects as it would); it runs on either way. */
async function settledWithin(cycle: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([cycle.then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A jurisdiction's publication to the index: reads its native source page by page (it has no
 * change API) and records in the change log what differs from the last read. Cycles run when the
 * feed is asked, not on a timer, so the index's bounded pace (a few feeds at a time) is the only
 * pace: a hundred subgraphs never read their sources all at once.
 */
export class Publication {
  readonly log: ChangeLog;
  /** Records the last good cycle could not map: counted, never silently dropped. */
  invalid = 0;
  /** Native pages the cycle in flight has read: a reader told to come back sees it is moving. */
  pagesRead = 0;
  private inFlight: Promise<void> | undefined;
  /**
   * Keys by mapped record: an adapter remembers the records of unchanged native forms
   * (rememberMappings), so a record met again at the next cycle is not hashed again.
   */
  private readonly keys = new WeakMap<PersonRecord, string[]>();
  /** The failure of a cycle nobody waited long enough to see. */
  private unseen: unknown;
  private lastGood = Number.NEGATIVE_INFINITY;
  private readonly minIntervalMs: number;
  private readonly maxPages: number;

  constructor(
    private readonly adapter: NativeAdapter,
    private readonly secret: string,
    private readonly logger: Logger,
    options: PublicationOptions = {},
  ) {
    this.log = new ChangeLog(options);
    this.minIntervalMs = options.minIntervalMs ?? 1000;
    this.maxPages = options.maxPages ?? 10_000;
  }

  /**
   * Bring the log up to the source, unless a good cycle ended within `minIntervalMs`. Callers
   * arriving during a cycle share it. Throws what the source threw; the log then stays as the
   * last good cycle left it, and the next call tries again.
   */
  private refresh(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (performance.now() - this.lastGood < this.minIntervalMs) return Promise.resolve();
    this.inFlight = this.cycle()
      .then(
        () => {
          this.unseen = undefined;
        },
        (error: unknown) => {
          this.unseen = error;
          throw error;
        },
      )
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  /**
   * Make the log fit to answer a reader at `since`, waiting at most `waitMs`: true when it is,
   * false while a cycle runs on. Only a reader that has caught up with the log (or a log that
   * has never been filled) sets off a read of the source: a reader behind it, in the middle of a
   * pass or reading everything again, is served what the log holds, so the pages of one pass
   * never wait for a cycle each, and it sees any newer change at its next pass.
   *
   * A cycle that fails after its readers were told to come back throws to the next caller
   * instead of being read again at once: otherwise a source failing late in every read would
   * keep its reader coming back for ever, never told why.
   */
  async readyFor(since: number, waitMs: number): Promise<boolean> {
    const due = this.lastGood === Number.NEGATIVE_INFINITY || since >= this.log.head;
    if (!due) return true;
    if (this.unseen !== undefined && !this.inFlight) {
      const failure = this.unseen;
      this.unseen = undefined;
      throw failure;
    }
    try {
      return await settledWithin(this.refresh(), waitMs);
    } catch (error) {
      this.unseen = undefined;
      throw error;
    }
  }

  private keysOf(record: PersonRecord): string[] {
    let keys = this.keys.get(record);
    if (keys === undefined) {
      keys = publishedKeys(record, this.secret);
      if (Object.isFrozen(record)) this.keys.set(record, keys);
    }
    return keys;
  }

  private async cycle(): Promise<void> {
    const records = new Map<string, string[]>();
    let invalid = 0;
    let cursor: string | null = null;
    this.pagesRead = 0;
    do {
      // Only a whole read may be committed: a record missing from a partial one would be deleted.
      if (this.pagesRead >= this.maxPages) throw new NativeSourceError(`native source did not end within ${this.maxPages} pages`);
      const page = await this.adapter.fetchPage(cursor);
      this.pagesRead += 1;
      for (const [i, record] of page.records.entries()) {
        // Hashing every name form is CPU work: let queries (and "come back" answers) through.
        if (i > 0 && i % YIELD_EVERY === 0) await setImmediate();
        if (record instanceof Error) invalid += 1;
        else records.set(record.id, this.keysOf(record));
      }
      cursor = page.next;
    } while (cursor !== null);
    const { upserts, deletes } = this.log.commit(records);
    this.invalid = invalid;
    this.lastGood = performance.now();
    if (invalid > 0) this.logger.warn({ invalid }, 'native records that could not be mapped were left out of the index feed');
    this.logger.debug({ records: records.size, upserts, deletes, head: this.log.head }, 'index publication cycle done');
  }
}
