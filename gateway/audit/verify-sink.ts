import type { AuditSink } from './audit-sink';
import { GENESIS, verifyChain, type ChainHead, type ChainVerdict } from './hash-chain';
import { UnreadableEntry } from './stored-entry';

export interface VerifySinkOptions {
  /**
   * The stored trail may have lost its oldest entries on purpose (a trimmed Redis stream): start
   * from whatever the first stored entry links to instead of from the genesis.
   * @default false
   */
  trimmed?: boolean;
  /** Entries read per round, so a long trail is never held in memory whole. @default 1000 */
  pageSize?: number;
}

export type SinkVerdict = ChainVerdict & { readonly firstSeq?: number };

/** Walk a sink's whole chain, page by page, then check the sink's recorded head against its end. */
export async function verifySink(sink: AuditSink, { trimmed = false, pageSize = 1000 }: VerifySinkOptions = {}): Promise<SinkVerdict> {
  let head: ChainHead = GENESIS;
  let total = 0;
  let firstSeq: number | undefined;
  try {
    for (;;) {
      const page = await sink.read({ afterSeq: head.seq, limit: pageSize });
      if (page.length === 0) break;
      if (firstSeq === undefined) {
        firstSeq = page[0]!.seq;
        if (trimmed) head = { seq: firstSeq - 1, hash: page[0]!.prevHash };
      }
      const verdict = verifyChain(page, head);
      if (!verdict.ok) return verdict;
      head = verdict.head;
      total += page.length;
      if (page.length < pageSize) break;
    }
  } catch (error) {
    if (error instanceof UnreadableEntry) return { ok: false, seq: error.seq, kind: 'unreadable', reason: error.message };
    throw error;
  }
  const recorded = await sink.head();
  if (recorded.seq > head.seq) {
    return { ok: false, seq: head.seq + 1, kind: 'truncated', reason: `the recorded head is entry ${recorded.seq} but the trail ends at entry ${head.seq}` };
  }
  if (recorded.seq !== head.seq || recorded.hash !== head.hash) {
    return { ok: false, seq: head.seq, kind: 'broken-link', reason: `the recorded head (entry ${recorded.seq}) does not match the last entry (${head.seq})` };
  }
  return { ok: true, entries: total, head, ...(firstSeq !== undefined && firstSeq > 1 && { firstSeq }) };
}
