// The machine-readable zone of a scenario passport, as an agency's passport reader copies it off
// the data page. Shared by the simulated sources whose records come from passport scans.
import { parse, type FieldName } from 'mrz';
import { normaliseDocumentNumber } from '../../kit/mapping/documents';
import { transliterate } from '../../kit/mapping/names';
import type { ScenarioDate, ScenarioDocument, ScenarioRecord } from '../../scenario/model';

/** ICAO 9303 part 3 state codes that are not the ISO 3166-1 alpha-3 code. */
const ICAO_STATE: Readonly<Record<string, string>> = { DEU: 'D' };
const state = (alpha3: string) => (ICAO_STATE[alpha3] ?? alpha3).padEnd(3, '<');

/** Upper-case A-Z with `<` between words: ICAO 9303's transliteration, approximated by any-ascii. */
const mrzWords = (text: string) =>
  transliterate(text).toUpperCase().replace(/'/g, '').replace(/[^A-Z]+/g, '<').replace(/^<+|<+$/g, '');

/**
 * `SURNAME<<GIVEN<NAMES`, padded or cut to 39. A name without a family name (a mononym, a Malay
 * patronymic name) goes whole in the primary identifier, as those passports print it.
 */
function nameField(record: ScenarioRecord): string {
  const { given, middle, family, patronymic } = record.name;
  const primary = family ?? [given, middle, patronymic].filter(Boolean).join(' ');
  const secondary = family ? [given, middle].filter(Boolean).join(' ') : '';
  const name = secondary ? `${mrzWords(primary)}<<${mrzWords(secondary)}` : mrzWords(primary);
  return name.padEnd(39, '<').slice(0, 39);
}

const two = (n: number | undefined) => (n === undefined ? '<<' : String(n % 100).padStart(2, '0'));
/** `YYMMDD`, `<<` for an unknown month or day (ICAO 9303 part 3). */
const yymmdd = (d: ScenarioDate | null) => (d ? `${two(d.year)}${two(d.month)}${two(d.day)}` : '<<<<<<');

const SEX: Readonly<Record<string, string>> = { FEMALE: 'F', MALE: 'M' };

/** Where line 2 holds each check digit (ICAO 9303 part 4, TD3). */
const CHECK_DIGIT_AT: readonly [FieldName, number][] = [
  ['documentNumberCheckDigit', 9],
  ['birthDateCheckDigit', 19],
  ['expirationDateCheckDigit', 27],
  ['personalNumberCheckDigit', 42],
  ['compositeCheckDigit', 43],
];
const EXPECTED_DIGIT = /Must be (\d)$/;

/** Line 2 with the check digits the library asks for, wherever `line2` has another. */
function askedDigits(line1: string, line2: string): string {
  const { details } = parse([line1, line2]);
  const chars = [...line2];
  for (const [field, at] of CHECK_DIGIT_AT) {
    const asked = EXPECTED_DIGIT.exec(details.find((d) => d.field === field && !d.valid)?.error ?? '')?.[1];
    if (asked !== undefined) chars[at] = asked;
  }
  return chars.join('');
}

/**
 * Line 2 with its check digits. The `mrz` library reads MRZs but does not write them; rather than
 * a second copy of ICAO's 7-3-1 weighting, the digits are the library's own: a check it finds
 * wrong says which digit it expected. The field digits come first, then the composite that covers
 * them; the lines must then parse valid, so a library whose messages changed fails the render
 * instead of passing off a wrong MRZ.
 */
function withCheckDigits(line1: string, line2: string): string {
  const line = askedDigits(line1, askedDigits(line1, line2));
  if (!parse([line1, line]).valid) throw new RangeError('scenario passport: its MRZ does not validate');
  return line;
}

/**
 * The TD3 MRZ (two lines of 44) of a scenario passport, from the document and its holder, or null
 * when the document could not carry one: not a passport, no full expiry date, or a number that
 * does not fit the MRZ's nine characters.
 */
export function passportMrz(record: ScenarioRecord, document: ScenarioDocument): [string, string] | null {
  const number = normaliseDocumentNumber(document.number);
  const { expiry } = document;
  if (document.type !== 'PASSPORT' || !number || number.length > 9 || expiry?.day === undefined) return null;
  // A national's passport: the holder's nationality is the issuing state unless the record says otherwise.
  const nationality = record.nationalities.includes(document.issuingCountry) ? document.issuingCountry : (record.nationalities[0] ?? document.issuingCountry);
  const line1 = `P<${state(document.issuingCountry)}${nameField(record)}`;
  const line2 = `${number.padEnd(9, '<')}0${state(nationality)}${yymmdd(record.birth)}0${SEX[record.sex] ?? '<'}${yymmdd(expiry)}0${'<'.repeat(14)}00`;
  return [line1, withCheckDigits(line1, line2)];
}
