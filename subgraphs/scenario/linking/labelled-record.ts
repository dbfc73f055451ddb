import type { PersonRecord } from '../../kit/record/person-record';

/** What makes a record (or its person) hard to link right; the evaluation reports each. */
export type HardCase =
  /** Native script only (Thai, Khmer, Han): the index romanises it by library. */
  | 'transliteration'
  /** Family and given names in the other order, typed into one field. */
  | 'swapped-order'
  /** Middle name dropped, `B.` for `bin`, Han syllables apart, a mononym in both boxes. */
  | 'abbreviated-name'
  /** One letter of the name mistyped. */
  | 'name-typo'
  /** One character of the passport number wrong or two swapped. */
  | 'document-typo'
  /** Year of birth only, or no date of birth. */
  | 'partial-birth-date'
  /** The person has a passport, this record does not carry it. */
  | 'missing-document'
  /** Another person's phone (a recruiter's, a dormitory's) recorded as this person's contact. */
  | 'shared-phone'
  /** A sibling: same family name and phone, the next passport number, another person. */
  | 'sibling'
  /** Another person with the same name and birth year. */
  | 'namesake'
  /** Travels on another person's passport. */
  | 'stolen-document'
  /** One of the scenario's own story, trail or Bamban records. */
  | 'scenario';

/** One record of the labelled set with its ground truth: which synthetic person it is about. */
export interface LabelledRecord {
  readonly record: PersonRecord;
  readonly personKey: string;
  readonly cases: readonly HardCase[];
}
