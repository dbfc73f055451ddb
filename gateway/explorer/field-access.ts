// What the explorer says about each labelled field: the label in plain words, and whether anyone
// holding the caller's roles could ever read it. Pure (no DOM, no Node): the gateway serves the
// words, the page (bundled by vite) decides per caller, and jest tests both here.
import { describePolicy, evaluatePolicy, parsePolicy, type PolicyNode } from '../../schema/access/policy-expression';

/** One entry of `GET /explorer/labels.json`, by `Type.field`. */
export interface ExplorerLabel {
  /** The label as written in the schema, e.g. `(INVESTIGATOR | LIAISON) & PURPOSE`. */
  readonly policy: string;
  /** The same in plain words. */
  readonly words: string;
}

export function explorerLabels(labels: Iterable<{ readonly coordinate: string; readonly policy: string; readonly rule: PolicyNode }>): Record<string, ExplorerLabel> {
  const out: Record<string, ExplorerLabel> = {};
  for (const { coordinate, policy, rule } of labels) out[coordinate] = { policy, words: describePolicy(rule) };
  return out;
}

function atoms(node: PolicyNode, into = { countries: new Set<string>(), agencies: new Set<string>() }) {
  if (node.kind === 'country') into.countries.add(node.code);
  if (node.kind === 'agency') into.agencies.add(node.name);
  if (node.kind === 'not') atoms(node.operand, into);
  if (node.kind === 'and' || node.kind === 'or') for (const o of node.operands) atoms(o, into);
  return into;
}

/**
 * Whether some requester holding exactly these roles could read the field: true when the label
 * holds for at least one choice of everything a token or request may still vary (purpose,
 * clearance, country, agency). Tries every combination the label can tell apart (a country or
 * agency it does not name behaves like any other), so the answer is exact, not a guess.
 */
export function couldEverRead(policy: string | PolicyNode, roles: readonly string[]): boolean {
  const rule = typeof policy === 'string' ? parsePolicy(policy) : policy;
  const { countries, agencies } = atoms(rule);
  // '' stands for "a country (agency) the label does not name".
  for (const hasPurpose of [true, false])
    for (let clearance = 0; clearance <= 5; clearance++)
      for (const country of [...countries, ''])
        for (const agency of [...agencies, ''])
          if (evaluatePolicy(rule, { roles, hasPurpose, clearance, country, agency })) return true;
  return false;
}

/** The line the explorer adds to a field's documentation. `roles` null: no token yet. */
export function accessNote(label: ExplorerLabel, roles: readonly string[] | null): string {
  const who = `**Access:** ${label.words}.`;
  if (!roles) return who;
  return couldEverRead(label.policy, roles)
    ? `${who} Within reach of your roles (${roles.join(', ')}).`
    : `${who} **No requester with your roles (${roles.join(', ')}) could ever read this field.**`;
}

interface IntrospectedType {
  name?: string;
  fields?: { name: string; description?: string | null }[] | null;
}

/**
 * Adds each labelled field's access note to its description in an introspection answer, in place:
 * GraphiQL's documentation shows descriptions, so the note appears beside the field's own words.
 * Fields are marked, not hidden: a field nobody with your roles may read is still part of the one
 * shared schema, and seeing it (and why it is withheld) is what lets an investigator ask the
 * owner for it. The gateway's policy, not the explorer, decides what an answer holds.
 */
export function decorateIntrospection<T>(result: T, labels: Readonly<Record<string, ExplorerLabel>>, roles: readonly string[] | null): T {
  const types = (result as { data?: { __schema?: { types?: IntrospectedType[] } } } | null)?.data?.__schema?.types;
  if (!Array.isArray(types)) return result;
  for (const type of types) {
    for (const field of type.fields ?? []) {
      const label = labels[`${type.name}.${field.name}`];
      if (label) field.description = `${field.description ? `${field.description}\n\n` : ''}${accessNote(label, roles)}`;
    }
  }
  return result;
}
