import { LIKELY_SAME, type PairAssessment } from './assess-pair';
import { pairKey } from './decision-store';

/** One assessed pair of records. */
export interface AssessedPair {
  readonly x: string;
  readonly y: string;
  readonly assessment: PairAssessment;
}

/** A weak pair made likely through a third record. */
export interface Corroboration {
  /** The record likely the same person as both. */
  readonly through: string;
  /** The weaker of the two links through it. */
  readonly score: number;
}

/**
 * Collective evidence. A pair whose own keys say only "same name, same birth year" (a police
 * record without the passport, an immigration record without the phone) is a candidate: namesakes
 * share that much. When a third record is likely the same person as each of the two, through
 * keys of its own (the passport with one, the phone and full date of birth with the other), the
 * pair is likely one person too: it scores as the weaker of those two links. Only pairs whose
 * names agree with nothing against them are corroborated, and only through direct links, one step:
 * chains of inferred links would carry one mistake across a whole family of namesakes.
 */
export function corroborate(pairs: readonly AssessedPair[]): Map<string, Corroboration> {
  const likely = new Map<string, Map<string, number>>();
  const add = (from: string, to: string, score: number) => {
    let out = likely.get(from);
    if (!out) likely.set(from, (out = new Map()));
    out.set(to, score);
  };
  for (const { x, y, assessment } of pairs) {
    if (assessment.identityFraud || assessment.score <= LIKELY_SAME) continue;
    add(x, y, assessment.score);
    add(y, x, assessment.score);
  }
  const out = new Map<string, Corroboration>();
  for (const { x, y, assessment } of pairs) {
    if (!assessment.namesAgree || assessment.score > LIKELY_SAME) continue;
    const fromX = likely.get(x);
    const fromY = likely.get(y);
    if (!fromX || !fromY) continue;
    let best: Corroboration | null = null;
    for (const [through, score] of fromX) {
      const other = fromY.get(through);
      if (other === undefined) continue;
      const weaker = Math.min(score, other);
      if (!best || weaker > best.score || (weaker === best.score && through < best.through)) best = { through, score: weaker };
    }
    if (best) out.set(pairKey(x, y), best);
  }
  return out;
}
