import { recordJurisdiction, type AuditEvent, type FieldDecision } from './audit-event';
import type { AuditSink } from './audit-sink';

/**
 * One entry of a jurisdiction's own trail. No chain hashes: a hash covers the whole event, other
 * countries' records included, and record ids are guessable enough that a reader could test
 * candidate ids against it. The chain is checked by the operator's verifier, not by readers.
 */
export interface TrailEntry {
  readonly seq: number;
  readonly event: AuditEvent;
}

/**
 * A field is shown when it belongs to one of the jurisdiction's records, or — when the policy
 * layer did not say which record it belongs to — only if every record in the answer was this
 * jurisdiction's, so nothing about another country can be read from it.
 */
function ownFields(fields: readonly FieldDecision[], owns: (id: string) => boolean, allOwn: boolean): FieldDecision[] {
  return fields.filter((f) => (f.record === undefined ? allOwn : owns(f.record)));
}

/**
 * The audit trail of `jurisdiction`'s own records (SPEC §5): only entries that touched one of its
 * records, each with `records` and `fields` cut down to its own, so it cannot learn which other
 * countries' records were in the same answer.
 */
export async function readTrail(sink: AuditSink, jurisdiction: string, limit: number, afterSeq = 0): Promise<TrailEntry[]> {
  const owns = (id: string) => recordJurisdiction(id) === jurisdiction;
  const entries = await sink.read({ jurisdiction, limit, afterSeq });
  return entries.map(({ seq, event }) => {
    const records = event.records.filter(owns);
    return {
      seq,
      event: { ...event, records, fields: ownFields(event.fields, owns, records.length === event.records.length) },
    };
  });
}

/** One page of a jurisdiction's trail, as `GET /audit/trail` answers it. */
export interface TrailPage {
  readonly jurisdiction: string;
  readonly entries: readonly TrailEntry[];
  /** The `after` of the next page, or null when this page reaches the end of the trail. */
  readonly next: number | null;
}

/**
 * Up to `limit` (at least 1) entries of `jurisdiction`'s trail after `afterSeq`. One entry more is
 * read than is returned, so `next` is null exactly when nothing follows, rather than one empty page
 * later.
 */
export async function readTrailPage(sink: AuditSink, jurisdiction: string, limit: number, afterSeq = 0): Promise<TrailPage> {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`a trail page holds at least one entry, not ${limit}`);
  const found = await readTrail(sink, jurisdiction, limit + 1, afterSeq);
  const entries = found.slice(0, limit);
  return { jurisdiction, entries, next: found.length > limit ? entries[entries.length - 1]!.seq : null };
}
