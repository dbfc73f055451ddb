/** What an investigator decided about a pair of records (schema: LinkDecision). */
export type LinkDecision = 'SAME_PERSON' | 'DIFFERENT_PEOPLE' | 'IDENTITY_FRAUD';

export const LINK_DECISIONS: readonly LinkDecision[] = ['SAME_PERSON', 'DIFFERENT_PEOPLE', 'IDENTITY_FRAUD'];

/** One decision, as stored: the pair, what, why, who (from the signed requester context), when. */
export interface DecisionRecord {
  /** The pair, unordered: `a` is the id that sorts first. */
  readonly a: string;
  readonly b: string;
  readonly decision: LinkDecision;
  readonly reason: string;
  readonly decidedBy: { readonly sub: string; readonly country: string; readonly agency: string };
  /** The case reference the decision was made under. */
  readonly purpose: string | null;
  /** ISO 8601, UTC. */
  readonly decidedAt: string;
}

/**
 * Where the index keeps link decisions. Every decision is kept (history); the latest one on a
 * pair is the one in force. Record ids only: no personal data.
 */
export interface LinkDecisionStore {
  /** `postgresql` survives restarts and is shared by index replicas; `memory` is neither. */
  readonly kind: 'memory' | 'postgresql';
  /** Create what the store needs (tables), so that a bad database stops the start, not a mutation. */
  ready(): Promise<void>;
  record(decision: DecisionRecord): Promise<DecisionRecord>;
  /** The decision in force on every decided pair whose two records are both among `ids`, by pairKey. */
  among(ids: readonly string[]): Promise<Map<string, DecisionRecord>>;
  close(): Promise<void>;
}

/** The pair in its stored order. */
export function orderedPair(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

/** One key per unordered pair. Record ids hold no whitespace, so a space cannot be ambiguous. */
export function pairKey(x: string, y: string): string {
  const [a, b] = orderedPair(x, y);
  return `${a} ${b}`;
}

/** Decisions in process memory: the embedded default without DATABASE_URL, lost at every start. */
export class MemoryDecisionStore implements LinkDecisionStore {
  readonly kind = 'memory';
  private readonly latest = new Map<string, DecisionRecord>();
  private readonly history: DecisionRecord[] = [];

  async ready(): Promise<void> {}

  async record(decision: DecisionRecord): Promise<DecisionRecord> {
    this.history.push(decision);
    this.latest.set(pairKey(decision.a, decision.b), decision);
    return decision;
  }

  async among(ids: readonly string[]): Promise<Map<string, DecisionRecord>> {
    const set = new Set(ids);
    const out = new Map<string, DecisionRecord>();
    for (const [key, d] of this.latest) if (set.has(d.a) && set.has(d.b)) out.set(key, d);
    return out;
  }

  /** Every decision ever recorded, oldest first (tests, diagnostics). */
  all(): readonly DecisionRecord[] {
    return this.history;
  }

  async close(): Promise<void> {}
}
