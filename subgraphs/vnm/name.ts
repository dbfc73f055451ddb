import { MappingError } from '../kit/mapping/mapping-error';
import { personName } from '../kit/mapping/names';
import type { PersonName } from '../kit/record/person-record';
import type { NativeRow } from './native-row';

interface Parts {
  family: string | null;
  middle: string | null;
  given: string | null;
}

/**
 * A Vietnamese full name, family name first: the first word is the family name (họ), the last the
 * given name (tên), the words between the middle name (tên đệm, often several: "Nguyễn Thị Thu
 * Hương"). A single word is taken as a given name: no family name can be told apart.
 */
export function splitFamilyFirst(full: string): Parts {
  const words = full.split(/\s+/).filter(Boolean);
  if (words.length === 0) return { family: null, middle: null, given: null };
  if (words.length === 1) return { family: null, middle: null, given: words[0]! };
  return { family: words[0]!, middle: words.slice(1, -1).join(' ') || null, given: words.at(-1)! };
}

/**
 * The person's name. `full` is `ho_ten` as recorded, diacritics kept; `romanised` is the kit's
 * transliteration, which drops them ("Nguyễn Thị Lan" → "Nguyen Thi Lan", as on the passport).
 * The parts come from `ho` / `ten_dem` / `ten` when the desk filled them (foreign passports, whose
 * word order says nothing), else from the word order of `ho_ten`.
 */
export function vnmName(row: NativeRow): PersonName {
  const copied = row.ho || row.ten_dem || row.ten;
  const parts: Parts = copied
    ? { family: row.ho ?? null, middle: row.ten_dem ?? null, given: row.ten ?? null }
    : splitFamilyFirst(row.ho_ten ?? '');
  const name = personName({ full: row.ho_ten, ...parts, familyFirst: true });
  if (!name) throw new MappingError('ho_ten', undefined, 'no name recorded');
  return name;
}
