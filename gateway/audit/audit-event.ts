import { z } from 'zod';

/**
 * A global record id (`PHL:PNP:2024-000123`, `INTERPOL:IPSG:D-2024/00042`): owner, agency, local
 * id. The local id may hold `/`, `,` or `-` but never whitespace, which keeps free text such as an
 * error message (`PHL: record … could not be read`) from passing for an id.
 */
export const RECORD_ID = /^(?:[A-Z]{3}|INTERPOL):[A-Z0-9_-]+:\S+$/;

/** The jurisdiction that owns a record: the prefix of its global id. */
export function recordJurisdiction(recordId: string): string {
  const colon = recordId.indexOf(':');
  return colon < 0 ? recordId : recordId.slice(0, colon);
}

/** One field of the answer that carries personal data, and what the policy decided for it. */
export const fieldDecisionSchema = z.object({
  /** Response path, e.g. `trace.records.2.documents`. */
  path: z.string().min(1),
  decision: z.enum(['ALLOWED', 'DENIED']),
  /** The label or release rule that decided. */
  rule: z.string().optional(),
  /**
   * The record the field belongs to, when the policy layer knows it. A jurisdiction reading its
   * trail sees a field of a mixed answer only when it is attributed to one of its own records.
   */
  record: z.string().optional(),
});

export type FieldDecision = z.infer<typeof fieldDecisionSchema>;

export const auditRequesterSchema = z.object({
  sub: z.string(),
  country: z.string(),
  agency: z.string(),
  roles: z.array(z.string()),
  issuer: z.string(),
});

export type AuditRequester = z.infer<typeof auditRequesterSchema>;

/**
 * Who is recorded when the context carries no requester. Authentication should have refused such
 * a request before any data was fetched; if one still reaches the audit, the trail says so plainly
 * rather than dropping the event.
 */
export const ANONYMOUS_REQUESTER: AuditRequester = Object.freeze({ sub: 'anonymous', country: '', agency: '', roles: [], issuer: '' }) as AuditRequester;

/**
 * One access to personal data (SPEC §5): who, for which purpose, which records, which fields,
 * allowed or denied, when. Validated before it is chained: a malformed event must fail the append
 * (and so withhold the data), not enter the trail.
 */
export const auditEventSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  requestId: z.string().min(1),
  requester: auditRequesterSchema,
  /** The case reference from `X-Purpose`, or null when none was given. */
  purpose: z.string().nullable(),
  /** The GraphQL operation name, or null for an anonymous operation. */
  operation: z.string().nullable(),
  /** Global ids of the records in (or denied from) the answer. */
  records: z.array(z.string()),
  fields: z.array(fieldDecisionSchema),
  outcome: z.enum(['SERVED', 'DENIED', 'FAILED']),
});

export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditOutcome = AuditEvent['outcome'];

/**
 * Whether an event touched at least one record owned by `jurisdiction`. Defensive about the shape:
 * it also runs on stored events, which may have been tampered with.
 */
export function touchesJurisdiction(event: AuditEvent, jurisdiction: string): boolean {
  const records: unknown = event.records;
  return Array.isArray(records) && records.some((id) => typeof id === 'string' && recordJurisdiction(id) === jurisdiction);
}
