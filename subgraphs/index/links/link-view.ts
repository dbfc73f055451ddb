import type { KeyKind } from '../../kit/identifiers/key-kinds';
import type { PairAssessment } from './assess-pair';
import type { Corroboration } from './corroborate';
import { orderedPair, type DecisionRecord, type LinkDecision } from './decision-store';

/** Colours of the EU Multiple Identity Detector (SPEC §6). */
export type LinkColour = 'YELLOW' | 'WHITE' | 'GREEN' | 'RED';

const COLOUR_OF: Readonly<Record<LinkDecision, LinkColour>> = {
  SAME_PERSON: 'WHITE',
  DIFFERENT_PEOPLE: 'GREEN',
  IDENTITY_FRAUD: 'RED',
};

/** A record as the index refers to it; the gateway fetches the rest from its owner. */
export interface RecordReference {
  readonly __typename: string;
  readonly id: string;
}

/** A link as the schema's `Link` type serves it. */
export interface LinkView {
  readonly a: RecordReference;
  readonly b: RecordReference;
  readonly colour: LinkColour;
  readonly score: number;
  readonly evidence: {
    readonly matchedKeys: readonly KeyKind[];
    readonly nameSimilarity: number | null;
    readonly method: string;
    readonly reason: string;
  };
  readonly decision: DecisionRecord | null;
}

/**
 * A decision, when there is one, sets the colour; otherwise the pair is a candidate (YELLOW),
 * or RED when the identity-fraud rule holds (assess-pair.ts). A corroboration (corroborate.ts)
 * raises the score and says through which record.
 */
export function linkView(
  reference: (id: string) => RecordReference,
  x: string,
  y: string,
  assessment: PairAssessment,
  decision: DecisionRecord | null,
  corroboration: Corroboration | null = null,
): LinkView {
  const [a, b] = orderedPair(x, y);
  const colour = decision ? COLOUR_OF[decision.decision] : assessment.identityFraud ? 'RED' : 'YELLOW';
  const { matchedKeys, nameSimilarity, method } = assessment;
  const score = corroboration ? Math.max(assessment.score, corroboration.score) : assessment.score;
  const reason = corroboration ? `${assessment.reason}; corroborated through ${corroboration.through}, likely the same person as both` : assessment.reason;
  return { a: reference(a), b: reference(b), colour, score, evidence: { matchedKeys, nameSimilarity, method, reason }, decision };
}
