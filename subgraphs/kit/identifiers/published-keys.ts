import type { PersonRecord } from '../record/person-record';
import { publishedKey, type Lookup } from './key-kinds';
import { recordNameLookups } from './name-keys';
import type { NormalisedIdentifier } from './normalise';
import { recordIdentifiers } from './record-keys';
import { deletionNeighbourhood } from './skeleton';

/** The lookup of a normalised identifier: issuing country where it matters, and the value. */
export function identifierLookup(id: NormalisedIdentifier): Lookup {
  return { kind: id.kind, text: `${id.country ?? ''}|${id.value}` };
}

/**
 * Shorter numbers are too crowded for a one-edit neighbourhood: two people's 5-character ids are
 * often one keystroke apart.
 */
const NEAR_MIN_LENGTH = 7;

/**
 * A travel document within one typing error (a wrong, missing, extra or swapped character) of
 * another of the same issuing country: the forms of its number with one character deleted.
 */
export function documentNearLookups(id: NormalisedIdentifier): Lookup[] {
  if (id.kind !== 'TRAVEL_DOCUMENT' || id.value.length < NEAR_MIN_LENGTH) return [];
  return deletionNeighbourhood(id.value).map((form) => ({ kind: 'TRAVEL_DOCUMENT_NEAR', text: `${id.country ?? ''}|${form}` }));
}

/** Everything a record publishes to the index, before blinding: identifiers, near documents, names. */
export function recordLookups(record: PersonRecord): Lookup[] {
  const ids = recordIdentifiers(record);
  const all = [...ids.map(identifierLookup), ...ids.flatMap(documentNearLookups), ...recordNameLookups(record.names, record.dateOfBirth)];
  return [...new Map(all.map((l) => [`${l.kind}|${l.text}`, l])).values()];
}

/**
 * Keys already computed, by secret and by what the keys are made of. A publication reads every
 * record again at each cycle and most records never change, while romanising, skeletons and some
 * thirty HMACs cost about half a millisecond a record: tens of thousands of records would keep a
 * core busy. Bounded; the oldest entries go first.
 */
const MEMO_LIMIT = 50_000;
const memo = new Map<string, Map<string, readonly string[]>>();

function keyedContent(record: PersonRecord): string {
  const names = record.names.map((n) => [n.full, n.romanised, n.family, n.given, n.middle]);
  const documents = record.documents.map((d) => [d.number, d.issuingCountry]);
  const identifiers = record.identifiers.map((i) => [i.kind, i.value]);
  const born = record.dateOfBirth && [record.dateOfBirth.iso, record.dateOfBirth.precision];
  return JSON.stringify([record.jurisdiction, names, born, documents, identifiers]);
}

/** The blind keys a record publishes: its lookups, each an HMAC under the participants' shared key. */
export function publishedKeys(record: PersonRecord, secret: string): string[] {
  let bySecret = memo.get(secret);
  if (!bySecret) memo.set(secret, (bySecret = new Map()));
  const content = keyedContent(record);
  const known = bySecret.get(content);
  if (known) return [...known];
  const keys = recordLookups(record).map((l) => publishedKey(l, secret));
  bySecret.set(content, keys);
  if (bySecret.size > MEMO_LIMIT) bySecret.delete(bySecret.keys().next().value!);
  return [...keys];
}
