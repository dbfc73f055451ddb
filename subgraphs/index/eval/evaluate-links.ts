import { publishedKeys } from '../../kit/identifiers/published-keys';
import type { HardCase, LabelledRecord } from '../../scenario/linking/labelled-record';
import { assessPair, LIKELY_SAME, relates, type PairAssessment } from '../links/assess-pair';
import { corroborate, type Corroboration } from '../links/corroborate';
import { pairKey } from '../links/decision-store';

/** Pair-level quality of the links on a labelled set. */
export interface LinkingEvaluation {
  readonly precision: number;
  readonly recall: number;
  /** Pairs judged: every pair that shares a blind key, and every true pair (found or not). */
  readonly pairs: number;
  readonly truePairs: number;
  readonly predicted: number;
  readonly truePositives: number;
  readonly records: number;
  /** Undecided pairs the RED rule flags, and how many of them are truly two people. */
  readonly red: { readonly flagged: number; readonly differentPeople: number };
  /** Per hard case: true pairs involving such a record and how many were found; false links involving one. */
  readonly byCase: Readonly<Record<string, { truePairs: number; found: number; falseLinks: number }>>;
}

/** What the index would show for an undecided pair: predicted the same person when YELLOW and likely (directly or corroborated). */
export function predictsSamePerson(a: PairAssessment, corroboration: Corroboration | null = null): boolean {
  return !a.identityFraud && Math.max(a.score, corroboration?.score ?? 0) > LIKELY_SAME;
}

/**
 * Run the labelled records through what production runs — each record's published blind keys
 * (normalisation, name keys, HMAC), the index's pairing of records that share a key, its link
 * assessment and corroboration (here across the whole set, in a trace across the trace's
 * records) — and compare with the ground truth. No decisions exist: every link is YELLOW
 * (or RED by rule). Truth: two records are one person when their personKey is the same.
 */
export function evaluateLinks(set: readonly LabelledRecord[], secret: string): LinkingEvaluation {
  const keys = set.map((l) => publishedKeys(l.record, secret));
  const holders = new Map<string, number[]>();
  keys.forEach((list, i) => {
    for (const key of list) {
      if (!relates(key)) continue;
      const at = holders.get(key);
      if (at) at.push(i);
      else holders.set(key, [i]);
    }
  });
  const candidates = new Map<string, [number, number]>();
  for (const list of holders.values()) {
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) candidates.set(pairKey(String(list[x]), String(list[y])), [list[x]!, list[y]!]);
  }
  const byPerson = new Map<string, number[]>();
  set.forEach((l, i) => byPerson.set(l.personKey, [...(byPerson.get(l.personKey) ?? []), i]));
  const truth = new Set<string>();
  for (const members of byPerson.values()) {
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) truth.add(pairKey(String(members[x]), String(members[y])));
  }

  const byCase: Record<string, { truePairs: number; found: number; falseLinks: number }> = {};
  const tally = (pair: [number, number], what: 'truePairs' | 'found' | 'falseLinks') => {
    const cases = new Set<HardCase>([...set[pair[0]]!.cases, ...set[pair[1]]!.cases]);
    for (const c of cases) (byCase[c] ??= { truePairs: 0, found: 0, falseLinks: 0 })[what] += 1;
  };
  let predicted = 0;
  let truePositives = 0;
  const red = { flagged: 0, differentPeople: 0 };
  const assessed = [...candidates.values()].map(([x, y]) => ({ x: String(x), y: String(y), assessment: assessPair(keys[x]!, keys[y]!) }));
  const corroborated = corroborate(assessed);
  for (const { x, y, assessment } of assessed) {
    const key = pairKey(x, y);
    const pair: [number, number] = [Number(x), Number(y)];
    const same = truth.has(key);
    if (assessment.identityFraud) {
      red.flagged += 1;
      if (!same) red.differentPeople += 1;
    }
    if (!predictsSamePerson(assessment, corroborated.get(key) ?? null)) continue;
    predicted += 1;
    if (same) truePositives += 1, tally(pair, 'found');
    else tally(pair, 'falseLinks');
  }
  for (const key of truth) {
    const [x, y] = key.split(' ').map(Number) as [number, number];
    tally([x, y], 'truePairs');
  }
  const pairs = new Set([...candidates.keys(), ...truth]).size;
  return {
    precision: predicted === 0 ? 1 : truePositives / predicted,
    recall: truth.size === 0 ? 1 : truePositives / truth.size,
    pairs,
    truePairs: truth.size,
    predicted,
    truePositives,
    records: set.length,
    red,
    byCase,
  };
}
