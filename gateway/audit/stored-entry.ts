import type { AuditEvent } from './audit-event';
import type { ChainedEntry } from './hash-chain';

/** A stored entry that is not a chained entry at all (torn write, hand edit, foreign data). */
export class UnreadableEntry extends Error {
  override readonly name = 'UnreadableEntry';
  /** The seq the entry claims, or the one it should have had when it claims none. */
  constructor(readonly seq: number, message: string) {
    super(message);
  }
}

const HASH = /^[0-9a-f]{64}$/;

/**
 * Shape-check an entry read back from storage. The event itself is not validated here on purpose:
 * an altered event must reach `verifyChain`, which names it `altered`, rather than be rejected as
 * malformed and hide what happened.
 */
export function parseStoredEntry(raw: unknown, expectedSeq: number): ChainedEntry {
  if (raw === null || typeof raw !== 'object') throw new UnreadableEntry(expectedSeq, `entry ${expectedSeq} is not an object`);
  const { seq, prevHash, hash, event } = raw as Record<string, unknown>;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) {
    throw new UnreadableEntry(expectedSeq, `entry ${expectedSeq} has no valid seq`);
  }
  if (typeof prevHash !== 'string' || !HASH.test(prevHash) || typeof hash !== 'string' || !HASH.test(hash)) {
    throw new UnreadableEntry(seq, `entry ${seq} has no valid hashes`);
  }
  if (event === null || typeof event !== 'object' || Array.isArray(event)) {
    throw new UnreadableEntry(seq, `entry ${seq} has no event`);
  }
  return { seq, prevHash, hash, event: event as AuditEvent };
}
