import type { FieldDecision } from '../audit/audit-event';

/** What the policy layer learnt about one request's personal data, for the audit. */
export interface PolicyRecord {
  fields: FieldDecision[];
  /** Every person record the answer was built from, shown to the client or not. */
  records: string[];
}

/**
 * Kept beside the request's context object so the audit can record it after execution. A
 * WeakMap: nothing outlives the request.
 */
const byContext = new WeakMap<object, PolicyRecord>();

function entry(context: object): PolicyRecord {
  let found = byContext.get(context);
  if (!found) byContext.set(context, (found = { fields: [], records: [] }));
  return found;
}

export function rememberDecisions(context: object, decisions: FieldDecision[]): void {
  entry(context).fields = decisions;
}

export function rememberRecords(context: object, ids: Iterable<string>): void {
  entry(context).records = [...new Set([...entry(context).records, ...ids])];
}

export function decisionsOf(context: object | undefined): readonly FieldDecision[] {
  return (context && byContext.get(context)?.fields) || [];
}

export function recordsOf(context: object | undefined): readonly string[] {
  return (context && byContext.get(context)?.records) || [];
}
