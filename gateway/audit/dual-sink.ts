import type { Logger } from '../../subgraphs/kit/log';
import type { AuditEvent } from './audit-event';
import type { AuditSink, ReadFilter } from './audit-sink';

export interface DualSinkOptions {
  /** The record of truth (PostgreSQL, or the file of the embedded default). */
  durable: AuditSink;
  /** The fast feed readers tail (the Redis stream). */
  feed: AuditSink;
  log: Logger;
}

/**
 * Durable first, then the feed. An event counts as audited once the durable sink holds it, so
 * only a durable failure fails the append (and withholds the personal data). A feed failure is
 * logged and swallowed: refusing service because the *copy* is down would make Redis a second
 * single point of failure for every personal-data answer, while the record of truth is intact.
 * The cost is that the feed can miss events during a Redis outage; it keeps its own chain, so a
 * missed event is absent from the feed rather than a break in it. Reads and the head come from
 * the durable sink.
 */
export function dualSink({ durable, feed, log }: DualSinkOptions): AuditSink {
  return {
    async append(event: AuditEvent) {
      const entry = await durable.append(event);
      try {
        await feed.append(event);
      } catch (error) {
        log.warn({ seq: entry.seq, requestId: event.requestId, err: (error as Error).message }, 'audit feed missed an event; the durable trail has it');
      }
      return entry;
    },
    read: (filter?: ReadFilter) => durable.read(filter),
    head: () => durable.head(),
    async close() {
      const results = await Promise.allSettled([durable.close(), feed.close()]);
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
    },
  };
}
