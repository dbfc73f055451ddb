import { describePolicy, evaluatePolicy, type PolicySubject } from '../../schema/access/policy-expression';
import type { FieldLabel } from '../../schema/access/field-labels';
import type { LabelledSelection } from './labelled-selections';

/** Why a labelled field is denied: the label fails, or it would pass with a declared purpose. */
export type DenialCode = 'FORBIDDEN' | 'PURPOSE_REQUIRED';

export interface Denial {
  readonly code: DenialCode;
  readonly coordinate: string;
  /** The label's expression, as written in schema/. */
  readonly rule: string;
  readonly message: string;
}

/** The decision for every labelled field the document selects, by coordinate. */
export interface FieldDecisions {
  readonly denied: ReadonlyMap<string, Denial>;
  readonly allowed: ReadonlySet<string>;
}

function denial(label: FieldLabel, subject: PolicySubject): Denial | null {
  if (evaluatePolicy(label.rule, subject)) return null;
  const { coordinate, policy } = label;
  if (!subject.hasPurpose && evaluatePolicy(label.rule, { ...subject, hasPurpose: true })) {
    return {
      code: 'PURPOSE_REQUIRED',
      coordinate,
      rule: policy,
      message: `${coordinate} is personal data: declare the case you ask for in the X-Purpose header (a case reference of your jurisdiction, e.g. ${subject.country}-2024-0001)`,
    };
  }
  return { code: 'FORBIDDEN', coordinate, rule: policy, message: `${coordinate} is readable only by ${describePolicy(label.rule)}` };
}

/** Evaluate each distinct labelled field once for this requester. */
export function decideFields(selections: readonly LabelledSelection[], subject: PolicySubject): FieldDecisions {
  const denied = new Map<string, Denial>();
  const allowed = new Set<string>();
  for (const { coordinate, label } of selections) {
    if (denied.has(coordinate) || allowed.has(coordinate)) continue;
    const d = denial(label, subject);
    if (d) denied.set(coordinate, d);
    else allowed.add(coordinate);
  }
  return { denied, allowed };
}
