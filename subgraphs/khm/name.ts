import { MappingError } from '../kit/mapping/mapping-error';
import { detectScript, personName } from '../kit/mapping/names';
import type { PersonName } from '../kit/record/person-record';

/**
 * Khmer text often carries zero-width spaces as word-break hints (Khmer is written without spaces
 * between words), and a BOM pasted from another system: invisible, but they would make two
 * spellings of one name differ. Removed; the visible text is kept as written, NFC-normalised.
 */
function cleanKhmer(text: string): string {
  return text.normalize('NFC').replace(/[\u200B\uFEFF]/g, '');
}

/**
 * The person's name from `name_km` (Khmer script) and `name_latin` (the romanisation on the
 * identity card or passport, upper case), both surname first.
 *
 * - `full` is the Khmer-script name when there is one, `romanised` the CNP's Latin form: no library
 *   reproduces the romanisation on Cambodian documents (design/names.md), so transliteration is
 *   the kit's fallback only when the CNP wrote no Latin form.
 * - Family / given follow Khmer usage, surname first, one word: the CNP writes Khmer script for
 *   Cambodian names only. A name in Latin alone is a foreigner's, copied as their passport reads;
 *   its split is not recorded and is not guessed (mononyms, patronymics, given-name-first cultures).
 * - `name_km` without a single Khmer character is text in a legacy font encoding (Limon and
 *   friends type Khmer with Latin code points): not a name we can read, so a MappingError.
 */
export function khmName(nameKm: string | null, nameLatin: string | null): PersonName {
  const khmer = nameKm === null ? null : cleanKhmer(nameKm).trim() || null;
  if (khmer !== null && detectScript(khmer) !== 'KHMER') throw new MappingError('name_km', nameKm, 'not in Khmer script (legacy font encoding?)');
  const latin = nameLatin?.trim() || null;
  const splitFrom = khmer ? (latin ?? khmer).split(/\s+/) : [];
  const [family, ...given] = splitFrom;
  const name = personName({
    full: khmer ?? latin,
    romanised: latin,
    family: given.length > 0 ? family : null,
    given: given.length > 0 ? given.join(' ') : null,
    familyFirst: true,
  });
  if (!name) throw new MappingError('name_latin', undefined, 'no name recorded (neither name_km nor name_latin)');
  return name;
}
