import type { Faker } from '@faker-js/faker';
import type { HardCase } from './labelled-record';

/**
 * What a desk gets differently from the person's papers. Each record draws at most two, in the
 * manner of record-linkage benchmark generators (FEBRL's duplicates carry a bounded number of
 * modifications): a record that gets everything wrong at once is not a hard case but no evidence.
 */
export type Variation =
  | 'transliteration'
  | 'swapped-order'
  | 'abbreviated-name'
  | 'name-typo'
  | 'document-typo'
  | 'document-missing'
  | 'year-only'
  | 'no-birth-date';

/** Who records: the home police (own script and order), an immigration desk (from the passport), police abroad. */
export type DeskKind = 'home' | 'immigration' | 'police';

/** One of each group at most: a name is written one way, a document typed or not, a date known to some precision. */
const GROUP: Readonly<Record<Variation, string>> = {
  transliteration: 'name',
  'swapped-order': 'name',
  'abbreviated-name': 'name',
  'name-typo': 'name',
  'document-typo': 'document',
  'document-missing': 'evidence',
  'year-only': 'evidence',
  'no-birth-date': 'evidence',
};

const WEIGHTS: Readonly<Record<Variation, number>> = {
  transliteration: 20,
  'swapped-order': 15,
  'abbreviated-name': 15,
  'name-typo': 10,
  'document-typo': 15,
  'document-missing': 20,
  'year-only': 12,
  'no-birth-date': 5,
};

/**
 * What each desk can get differently. At home the name is written the home way, or only in its
 * script; immigration copies the passport (number and full date of birth always there, from the
 * machine-readable zone or typed off it), police abroad write down what they are told and shown.
 */
function allowed(desk: DeskKind, scripted: boolean): Variation[] {
  switch (desk) {
    case 'home':
      return [...(scripted ? ['transliteration' as const] : []), 'document-typo', 'document-missing', 'year-only', 'no-birth-date'];
    case 'immigration':
      return ['swapped-order', 'abbreviated-name', 'name-typo', 'document-typo'];
    case 'police':
      return ['swapped-order', 'abbreviated-name', 'name-typo', 'document-typo', 'document-missing', 'year-only', 'no-birth-date'];
  }
}

/** The variations of one record: none (35%), one (45%) or two (20%), of different groups. */
export function drawVariations(f: Faker, desk: DeskKind, scripted: boolean): Set<Variation> {
  const count = f.helpers.weightedArrayElement([
    { weight: 35, value: 0 },
    { weight: 45, value: 1 },
    { weight: 20, value: 2 },
  ]);
  const out = new Set<Variation>();
  let pool = allowed(desk, scripted);
  while (out.size < count && pool.length > 0) {
    const v = f.helpers.weightedArrayElement(pool.map((value) => ({ value, weight: WEIGHTS[value] })));
    out.add(v);
    pool = pool.filter((p) => GROUP[p] !== GROUP[v]);
  }
  return out;
}

/** The hard case a variation is reported under. */
export const CASE_OF: Readonly<Record<Variation, HardCase>> = {
  transliteration: 'transliteration',
  'swapped-order': 'swapped-order',
  'abbreviated-name': 'abbreviated-name',
  'name-typo': 'name-typo',
  'document-typo': 'document-typo',
  'document-missing': 'missing-document',
  'year-only': 'partial-birth-date',
  'no-birth-date': 'partial-birth-date',
};

/** A one-keystroke error in a number: a character replaced, or two neighbours swapped. */
export function mistype(f: Faker, number: string): string {
  const chars = [...number];
  const at = f.number.int({ min: 1, max: chars.length - 2 });
  if (f.datatype.boolean(0.5)) [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
  else chars[at] = /\d/.test(chars[at]!) ? String((Number(chars[at]) + f.number.int({ min: 1, max: 8 })) % 10) : 'X';
  const typed = chars.join('');
  // Swapping two equal neighbours changes nothing: then the last character is wrong instead.
  return typed === number ? `${number.slice(0, -1)}${number.endsWith('0') ? '1' : '0'}` : typed;
}

/** How a desk typed a passport number: case and spacing vary, the number does not. */
export function typedNumber(f: Faker, number: string): string {
  return f.helpers.arrayElement([number, number.toLowerCase(), number.replace(/^(\w{2})/, '$1 '), number.split('').join(' ')]);
}
