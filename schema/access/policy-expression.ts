/**
 * The visibility expressions written in `@access(policy: "…")` labels (SPEC §5): a small boolean
 * language over the requester's verified attributes, parsed once (at composition and when the
 * gateway loads a supergraph) and evaluated for every labelled field of every request.
 *
 *   expression := or
 *   or         := and ( "|" and )*
 *   and        := not ( "&" not )*
 *   not        := "!" not | primary
 *   primary    := "(" expression ")" | ROLE | "PURPOSE" | "ANY"
 *               | "clearance" ">=" 0-5 | "country" "=" CODE | "agency" "=" NAME
 *
 * ROLE is one of the token roles (INVESTIGATOR, VICTIM_SUPPORT, ANALYST, LIAISON, INTEGRATOR);
 * PURPOSE holds when the request declares a case reference (X-Purpose); ANY holds for every
 * authenticated requester. Operators bind as usual: `!` before `&` before `|`.
 */

export const LABEL_ROLES = ['INVESTIGATOR', 'VICTIM_SUPPORT', 'ANALYST', 'LIAISON', 'INTEGRATOR'] as const;
const MAX_CLEARANCE = 5;
/** Labels are written by people; a label longer than this is a mistake, not a policy. */
const MAX_LABEL_CHARS = 500;

export type PolicyNode =
  | { kind: 'role'; role: string }
  | { kind: 'purpose' }
  | { kind: 'any' }
  | { kind: 'clearance'; atLeast: number }
  | { kind: 'country'; code: string }
  | { kind: 'agency'; name: string }
  | { kind: 'not'; operand: PolicyNode }
  | { kind: 'and' | 'or'; operands: PolicyNode[] };

/** The requester attributes a label can read. */
export interface PolicySubject {
  readonly roles: readonly string[];
  readonly country: string;
  readonly agency: string;
  readonly clearance: number;
  /** Whether the request declares a purpose (a case reference). */
  readonly hasPurpose: boolean;
}

export class PolicySyntaxError extends Error {
  constructor(readonly policy: string, readonly position: number, reason: string) {
    super(`malformed access label "${policy}" at ${position}: ${reason}`);
    this.name = 'PolicySyntaxError';
  }
}

type Token = { type: 'word' | 'op' | 'number'; text: string; at: number };

function tokenize(policy: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(>=|[()|&!=])|([A-Za-z_][A-Za-z0-9_-]*)|(\d+)|(\S))/gy;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < policy.length && (match = pattern.exec(policy))) {
    const at = match.index + match[0].length - (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').length;
    if (match[4]) throw new PolicySyntaxError(policy, at, `unexpected "${match[4]}"`);
    if (match[1]) tokens.push({ type: 'op', text: match[1], at });
    else if (match[2]) tokens.push({ type: 'word', text: match[2], at });
    else if (match[3]) tokens.push({ type: 'number', text: match[3], at });
  }
  return tokens;
}

/** Parse a label; throws PolicySyntaxError naming the position and what was wrong. */
export function parsePolicy(policy: string): PolicyNode {
  if (policy.length > MAX_LABEL_CHARS) throw new PolicySyntaxError(policy.slice(0, 40), 0, `longer than ${MAX_LABEL_CHARS} characters`);
  const tokens = tokenize(policy);
  let i = 0;
  const peek = () => tokens[i];
  const fail = (reason: string): never => {
    throw new PolicySyntaxError(policy, peek()?.at ?? policy.length, reason);
  };
  const expect = (type: Token['type'], text?: string): Token => {
    const t = peek();
    if (!t || t.type !== type || (text !== undefined && t.text !== text)) fail(`expected ${text ?? type}`);
    i += 1;
    return t!;
  };

  function binary(kind: 'and' | 'or', op: string, next: () => PolicyNode): PolicyNode {
    const operands = [next()];
    while (peek()?.type === 'op' && peek()!.text === op) {
      i += 1;
      operands.push(next());
    }
    return operands.length === 1 ? operands[0]! : { kind, operands };
  }
  const orExpr = (): PolicyNode => binary('or', '|', andExpr);
  const andExpr = (): PolicyNode => binary('and', '&', notExpr);
  function notExpr(): PolicyNode {
    if (peek()?.type === 'op' && peek()!.text === '!') {
      i += 1;
      return { kind: 'not', operand: notExpr() };
    }
    return primary();
  }
  function primary(): PolicyNode {
    const t = peek() ?? fail('unexpected end of label');
    if (t.type === 'op' && t.text === '(') {
      i += 1;
      const inner = orExpr();
      expect('op', ')');
      return inner;
    }
    if (t.type !== 'word') return fail(`unexpected "${t.text}"`);
    i += 1;
    if (t.text === 'PURPOSE') return { kind: 'purpose' };
    if (t.text === 'ANY') return { kind: 'any' };
    if ((LABEL_ROLES as readonly string[]).includes(t.text)) return { kind: 'role', role: t.text };
    if (t.text === 'clearance') {
      expect('op', '>=');
      const n = Number(expect('number').text);
      if (n > MAX_CLEARANCE) fail(`clearance goes up to ${MAX_CLEARANCE}`);
      return { kind: 'clearance', atLeast: n };
    }
    if (t.text === 'country') {
      expect('op', '=');
      const code = expect('word').text;
      if (!/^(?:[A-Z]{3}|INTERPOL)$/.test(code)) fail('a country is an ISO 3166-1 alpha-3 code or INTERPOL');
      return { kind: 'country', code };
    }
    if (t.text === 'agency') {
      expect('op', '=');
      return { kind: 'agency', name: expect('word').text };
    }
    return fail(`unknown name "${t.text}" (roles: ${LABEL_ROLES.join(', ')}; or PURPOSE, ANY, clearance>=N, country=XXX, agency=NAME)`);
  }

  if (tokens.length === 0) fail('empty label');
  const tree = orExpr();
  if (i < tokens.length) fail(`unexpected "${tokens[i]!.text}"`);
  return tree;
}

/** Whether the label lets this requester read the field. */
export function evaluatePolicy(node: PolicyNode, subject: PolicySubject): boolean {
  switch (node.kind) {
    case 'role':
      return subject.roles.includes(node.role);
    case 'purpose':
      return subject.hasPurpose;
    case 'any':
      return true;
    case 'clearance':
      return subject.clearance >= node.atLeast;
    case 'country':
      return subject.country === node.code;
    case 'agency':
      return subject.agency === node.name;
    case 'not':
      return !evaluatePolicy(node.operand, subject);
    case 'and':
      return node.operands.every((o) => evaluatePolicy(o, subject));
    case 'or':
      return node.operands.some((o) => evaluatePolicy(o, subject));
  }
}

/**
 * What the label says in plain words, for error messages and the explorer's documentation:
 * `(INVESTIGATOR | VICTIM_SUPPORT) & PURPOSE` → "investigator or victim support, with a declared purpose".
 */
export function describePolicy(node: PolicyNode): string {
  const words = (n: PolicyNode, parent?: PolicyNode['kind']): string => {
    switch (n.kind) {
      case 'role':
        return n.role.toLowerCase().replace(/_/g, ' ');
      case 'purpose':
        return 'a declared purpose (X-Purpose)';
      case 'any':
        return 'any authenticated requester';
      case 'clearance':
        return `clearance ${n.atLeast} or higher`;
      case 'country':
        return `requesters of ${n.code}`;
      case 'agency':
        return `agency ${n.name}`;
      case 'not':
        return `not ${words(n.operand, 'not')}`;
      case 'and': {
        const text = n.operands.map((o) => words(o, 'and')).join(' and ');
        return parent === 'not' ? `(${text})` : text;
      }
      case 'or': {
        const text = n.operands.map((o) => words(o, 'or')).join(' or ');
        return parent && parent !== 'or' ? `(${text})` : text;
      }
    }
  };
  return words(node);
}
