import { auditEventSchema, type AuditEvent } from './audit-event';
import type { ChainedEntry } from './hash-chain';

/**
 * A sink's append behind its group commit: each event is checked on its own before it joins a
 * batch, so a malformed event fails alone rather than failing the batch it would have joined.
 */
export function checkedAppend(commit: (event: AuditEvent) => Promise<ChainedEntry>): (event: AuditEvent) => Promise<ChainedEntry> {
  return (event) => {
    try {
      return commit(auditEventSchema.parse(event));
    } catch (error) {
      return Promise.reject(error);
    }
  };
}
