import type { AuditEvent } from './audit-event';
import type { ChainedEntry, ChainHead } from './hash-chain';

/** Which entries to read, oldest first. */
export interface ReadFilter {
  /** Only entries whose `records` include a record owned by this jurisdiction (`PHL`, `INTERPOL`). */
  readonly jurisdiction?: string;
  /** At most this many entries. @default no limit */
  readonly limit?: number;
  /** Only entries with a seq above this one (paging). @default 0 */
  readonly afterSeq?: number;
}

/**
 * Where audit events go. `append` resolves only once the event is stored and chained; when it
 * rejects, the caller must treat the event as not audited and withhold the personal data.
 */
export interface AuditSink {
  append(event: AuditEvent): Promise<ChainedEntry>;
  /** Stored entries in chain order; throws `UnreadableEntry` for an entry that is not one. */
  read(filter?: ReadFilter): Promise<ChainedEntry[]>;
  /** The chain head as the sink records it (GENESIS when empty); lets a verifier see a cut tail. */
  head(): Promise<ChainHead>;
  close(): Promise<void>;
}
