import { createHash } from 'node:crypto';
import { configure } from 'safe-stable-stringify';
import type { AuditEvent } from './audit-event';

/**
 * Canonical JSON: keys sorted, no whitespace, and anything JSON cannot represent (NaN, functions,
 * bigint, cycles) throws instead of being quietly rewritten — a hash over a value that does not
 * round-trip through storage would later read as tampering. `safe-stable-stringify` is pino's own
 * serialiser, so it ships with the gateway's production dependencies.
 */
export const canonicalJson: (value: unknown) => string = (() => {
  const stringify = configure({ deterministic: true, strict: true, bigint: false, circularValue: Error });
  return (value: unknown) => {
    const text = stringify(value);
    if (text === undefined) throw new TypeError('value has no JSON form');
    return text;
  };
})();

/** Where the chain stands: the last entry's sequence number and hash. */
export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

/** One audit event as stored: numbered, linked to the entry before it, and sealed by its hash. */
export interface ChainedEntry {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
  readonly event: AuditEvent;
}

/** The head of an empty chain: entry 1 links to 64 zeros. */
export const GENESIS: ChainHead = Object.freeze({ seq: 0, hash: '0'.repeat(64) });

/**
 * SHA-256 over the canonical `{ seq, prevHash, event }`. The seq is sealed too, so renumbering
 * entries to hide a deletion changes every hash after the gap.
 */
export function entryHash(seq: number, prevHash: string, event: AuditEvent): string {
  return createHash('sha256').update(canonicalJson({ seq, prevHash, event })).digest('hex');
}

/** The entry that follows `head`. */
export function chainEntry(head: ChainHead, event: AuditEvent): ChainedEntry {
  const seq = head.seq + 1;
  return { seq, prevHash: head.hash, hash: entryHash(seq, head.hash, event), event };
}

/** The entries that follow `head`, one per event in order (a batch), and the head they leave. */
export function chainEntries(head: ChainHead, events: readonly AuditEvent[]): { entries: ChainedEntry[]; head: ChainHead } {
  let last = head;
  const entries = events.map((event) => {
    const entry = chainEntry(last, event);
    last = { seq: entry.seq, hash: entry.hash };
    return entry;
  });
  return { entries, head: last };
}

/**
 * How a chain can be broken:
 * - `altered`: an entry's content no longer matches its hash;
 * - `missing`: the seq jumps forward (an entry was deleted);
 * - `out-of-order`: the seq goes back or repeats (entries moved or duplicated);
 * - `broken-link`: the seq is right but the entry does not link to the one before (an entry was
 *   replaced, or the chain was re-hashed from some point on);
 * - `truncated`: the stored head is past the last entry (entries were cut from the end);
 * - `unreadable`: the stored entry is not a chained entry at all.
 */
export type ChainBreak = 'altered' | 'missing' | 'out-of-order' | 'broken-link' | 'truncated' | 'unreadable';

export type ChainVerdict =
  | { readonly ok: true; readonly entries: number; readonly head: ChainHead }
  | { readonly ok: false; readonly seq: number; readonly kind: ChainBreak; readonly reason: string };

/**
 * Check entries in stored order, starting after `from` (the genesis head by default; the head
 * before the first entry when verifying a page, or a trimmed stream, from the middle).
 */
export function verifyChain(entries: readonly ChainedEntry[], from: ChainHead = GENESIS): ChainVerdict {
  let head = from;
  for (const [index, entry] of entries.entries()) {
    const expected = head.seq + 1;
    if (entry.seq > expected) {
      // Only the entries at hand can tell a moved entry from a deleted one.
      if (entries.slice(index + 1).some((later) => later.seq === expected)) {
        return { ok: false, seq: expected, kind: 'out-of-order', reason: `entry ${expected} is stored after entry ${entry.seq}` };
      }
      return { ok: false, seq: expected, kind: 'missing', reason: `entry ${expected} is missing (the next stored entry is ${entry.seq})` };
    }
    if (entry.seq < expected) {
      return { ok: false, seq: entry.seq, kind: 'out-of-order', reason: `entry ${entry.seq} is stored after entry ${head.seq}` };
    }
    if (entry.hash !== entryHash(entry.seq, entry.prevHash, entry.event)) {
      return { ok: false, seq: entry.seq, kind: 'altered', reason: `entry ${entry.seq} does not match its hash` };
    }
    if (entry.prevHash !== head.hash) {
      return { ok: false, seq: entry.seq, kind: 'broken-link', reason: `entry ${entry.seq} does not link to entry ${head.seq}` };
    }
    head = { seq: entry.seq, hash: entry.hash };
  }
  return { ok: true, entries: entries.length, head };
}
