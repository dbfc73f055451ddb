import { kindOfKey, type KeyKind } from '../../kit/identifiers/key-kinds';

/**
 * How alike two records are, judged from blind keys only: which kinds of key they share, and which
 * kinds each published. Fellegi–Sunter style: every kind of agreement (or of disagreement) adds
 * its weight, a log-odds of "same person" against "different people"; the sum, after a prior
 * against (most pairs that share something are still different people), goes through the
 * logistic function. The weights are set from how often each kind is shared by different people,
 * not fitted to a labelled set, so they say why a score is what it is:
 *
 * - a travel document number and issuing country identify one person, unless the document is
 *   misused (the RED rule below);
 * - an e-mail, handle, wallet, bank account, handset or phone is personal but shared in families,
 *   dormitories and by recruiters who hold their victims' phones: on its own it is not enough;
 * - a name with the same birth year is shared by namesakes (common names, small name pools): on
 *   its own it is a candidate; with the same full date of birth it is enough, with another day
 *   it speaks against;
 * - two names that can be compared exactly (both romanised the way a passport has them) and share
 *   no form at any tolerance speak against, and so do agreeing names with different birth years.
 */
export interface PairAssessment {
  /** Probability-like score, 0–1; above LIKELY_SAME the pair is likely one person. */
  readonly score: number;
  /** Kinds of key the two records share, strongest first (never the values). */
  readonly matchedKeys: readonly KeyKind[];
  /** 1 for the same name, lower for tolerant matches, 0 for names that disagree; null when not comparable. */
  readonly nameSimilarity: number | null;
  /** How nameSimilarity was reached. */
  readonly method: string;
  /** The evidence in words. */
  readonly reason: string;
  /** The identity-fraud rule holds: the same travel document, exactly comparable names that share no form. */
  readonly identityFraud: boolean;
  /**
   * The names agree with the same birth year and nothing speaks against: a pair a third record,
   * likely the same person as both, may corroborate (corroborate.ts).
   */
  readonly namesAgree: boolean;
}

/** Score above which a candidate (YELLOW) link is likely the same person. */
export const LIKELY_SAME = 0.5;

/**
 * Whether sharing this key relates two records at all. A date of birth alone is a coincidence
 * (some 30,000 dates spread over everyone in the index): it is weighed beside a name, but two
 * records that share nothing else are not linked.
 */
export const relates = (key: string): boolean => kindOfKey(key) !== 'DATE_OF_BIRTH';

/** Log-odds before any evidence: a pair of records is, a priori, two people. */
const PRIOR = -5;

const IDENTIFIER_WEIGHTS: readonly [KeyKind, number][] = [
  ['TRAVEL_DOCUMENT', 8],
  ['EMAIL', 4],
  ['SOCIAL_HANDLE', 4],
  ['TRAVEL_DOCUMENT_NEAR', 4],
  ['PHONE', 3],
  ['CRYPTO_WALLET', 3],
  ['BANK_ACCOUNT', 3],
  ['IMEI', 3],
];

interface NameLevel {
  readonly kind: KeyKind;
  readonly weight: number;
  readonly similarity: number;
  /** Bound to the birth year: a match says the years agree too. */
  readonly dated: boolean;
  readonly method: string;
}

/** Name agreements, best first: only the best one counts (they are forms of one name). */
const NAME_LEVELS: readonly NameLevel[] = [
  { kind: 'NAME_BIRTH_YEAR', weight: 4, similarity: 1, dated: true, method: 'same name parts in any order, same birth year' },
  { kind: 'NAME_SKELETON_BIRTH_YEAR', weight: 3, similarity: 0.9, dated: true, method: 'same consonant skeleton of the romanised name parts (another romanisation of the same sounds), same birth year' },
  { kind: 'NAME_NEAR_BIRTH_YEAR', weight: 2, similarity: 0.8, dated: true, method: 'consonant skeletons one edit apart, same birth year' },
  { kind: 'NAME_PARTIAL_BIRTH_YEAR', weight: 2, similarity: 0.7, dated: true, method: 'one name is the other without middle names or extra given names, same birth year' },
  { kind: 'NAME_UNDATED', weight: 2.5, similarity: 0.85, dated: false, method: 'same name parts in any order, or one without middle names, birth year not compared' },
  { kind: 'NAME_SKELETON_UNDATED', weight: 1, similarity: 0.75, dated: false, method: 'same consonant skeleton of the romanised name parts, birth year not compared' },
];

/** Exactly comparable names that share no form at all: different names. */
const NAMES_DISAGREE = -6;
/** Names only comparable through tolerant forms (a transliterated Thai or Khmer name): a weaker no. */
const APPROXIMATE_NAMES_DISAGREE = -2;
/** Names that agree, on records that both give a birth year, but not in the same year. */
const BIRTH_YEARS_DISAGREE = -3;
/** The same full date of birth beside a name that agrees (one day in some 365 of the year). */
const DATE_OF_BIRTH_AGREES = 3.5;
/** The same year and name, but another day: namesakes, or a typing error. */
const DATE_OF_BIRTH_DISAGREES = -3;

const METHOD_PREFIX = 'blind name keys (HMACs of romanised, case- and diacritic-folded, sorted name parts bound to the birth year; the index never sees a name)';

const kindsOf = (keys: Iterable<string>): Set<KeyKind> => {
  const kinds = new Set<KeyKind>();
  for (const key of keys) {
    const kind = kindOfKey(key);
    if (kind) kinds.add(kind);
  }
  return kinds;
};

type Comparability = 'exact' | 'approximate' | 'none';

/** Whether the names of two records could have met had they been the same. */
function comparability(a: ReadonlySet<KeyKind>, b: ReadonlySet<KeyKind>): Comparability {
  if (a.has('NAME_UNDATED') && b.has('NAME_UNDATED')) return 'exact';
  if (a.has('NAME_SKELETON_UNDATED') && b.has('NAME_SKELETON_UNDATED')) return 'approximate';
  return 'none';
}

const isDated = (kinds: ReadonlySet<KeyKind>) => kinds.has('NAME_SKELETON_BIRTH_YEAR');

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Assess the pair of records that published `keysA` and `keysB`. */
export function assessPair(keysA: readonly string[], keysB: readonly string[]): PairAssessment {
  const inB = new Set(keysB);
  const shared = kindsOf(keysA.filter((k) => inB.has(k)));
  let total = PRIOR;
  const matched: KeyKind[] = [];
  const said: string[] = [];

  for (const [kind, weight] of IDENTIFIER_WEIGHTS) {
    if (!shared.has(kind)) continue;
    // An exact document match also matches its near forms; it counts once, as exact.
    if (kind === 'TRAVEL_DOCUMENT_NEAR' && shared.has('TRAVEL_DOCUMENT')) continue;
    total += weight;
    matched.push(kind);
    said.push(kind === 'TRAVEL_DOCUMENT_NEAR' ? 'travel documents one character apart' : `same ${kind.toLowerCase().replace(/_/g, ' ')}`);
  }

  const kindsA = kindsOf(keysA);
  const kindsB = kindsOf(keysB);
  const best = NAME_LEVELS.find((level) => shared.has(level.kind));
  for (const level of NAME_LEVELS) if (shared.has(level.kind)) matched.push(level.kind);
  const comparable = comparability(kindsA, kindsB);
  let nameSimilarity: number | null;
  let method: string;
  if (best) {
    total += best.weight;
    nameSimilarity = best.similarity;
    method = `${METHOD_PREFIX}: ${best.method}`;
    said.push(best.method);
    if (!best.dated && isDated(kindsA) && isDated(kindsB)) {
      total += BIRTH_YEARS_DISAGREE;
      said.push('birth years differ');
    }
  } else if (comparable !== 'none') {
    total += comparable === 'exact' ? NAMES_DISAGREE : APPROXIMATE_NAMES_DISAGREE;
    nameSimilarity = 0;
    method = `${METHOD_PREFIX}: no form in common at any tolerance${comparable === 'approximate' ? ' (compared through skeletons only: a name was transliterated by a library)' : ''}`;
    said.push('names differ');
  } else {
    nameSimilarity = null;
    method = `${METHOD_PREFIX}: not comparable (a name is recorded on one record only)`;
  }
  // The day of birth counts beside a name of the same year; alone it is a coincidence of 1 in ~30,000.
  let dayDisagrees = false;
  if (best?.dated && kindsA.has('DATE_OF_BIRTH') && kindsB.has('DATE_OF_BIRTH')) {
    const same = shared.has('DATE_OF_BIRTH');
    dayDisagrees = !same;
    total += same ? DATE_OF_BIRTH_AGREES : DATE_OF_BIRTH_DISAGREES;
    if (same) matched.push('DATE_OF_BIRTH');
    said.push(same ? 'same date of birth' : 'another day of birth');
  }

  const identityFraud = shared.has('TRAVEL_DOCUMENT') && !best && comparable === 'exact';
  const reason = identityFraud
    ? 'the same travel document is recorded for people whose names differ at every tolerance: identity data used by different people'
    : said.join('; ') || 'no shared key';
  const namesAgree = Boolean(best?.dated) && !dayDisagrees && !identityFraud;
  return { score: round(logistic(total)), matchedKeys: matched, nameSimilarity, method, reason, identityFraud, namesAgree };
}
