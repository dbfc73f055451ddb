import type { FieldDecision } from '../audit/audit-event';

/**
 * The field decisions taken for one request, kept beside its context object so the audit can
 * record them after execution. A WeakMap: nothing outlives the request.
 */
const byContext = new WeakMap<object, FieldDecision[]>();

export function rememberDecisions(context: object, decisions: FieldDecision[]): void {
  byContext.set(context, decisions);
}

export function decisionsOf(context: object | undefined): readonly FieldDecision[] {
  return (context && byContext.get(context)) || [];
}
