import { transliterate } from '../../kit/mapping/names';
import type { ScenarioName } from '../../scenario/model';
import type { NativeSubject } from './subject';

/** Cultures whose passports put the family name first when the name is read out whole. */
const FAMILY_FIRST = new Set(['KHM', 'VNM', 'CHN', 'KOR', 'JPN', 'HUN', 'MNG', 'TWN']);

const joined = (parts: (string | undefined)[]) => parts.filter(Boolean).join(' ') || null;

type NameFields = Pick<NativeSubject, 'nama_lengkap' | 'nama_depan' | 'nama_belakang'>;

/**
 * The name fields as each agency fills them. POLRI writes the name as the person gives it, in
 * Latin with its diacritics; Imigrasi copies the passport, in capitals without diacritics. Neither
 * writes a native script. A mononym has no last name at POLRI; Imigrasi repeats it there, because
 * foreign visa systems refuse an empty surname. A patronymic name (bin / binti) is all first name:
 * the father's name is no family name.
 */
export function nameFields(name: ScenarioName, nationality: string | undefined, agency: string): NameFields {
  const passport = agency === 'IMIGRASI';
  const style = (text: string | null) => (text && passport ? transliterate(text).toUpperCase() : text);
  if (name.patronymic) {
    const full = joined([name.given, name.middle, name.patronymic]);
    return { nama_lengkap: style(full)!, nama_depan: style(full), nama_belakang: null };
  }
  if (!name.family) {
    const full = joined([name.given, name.middle])!;
    const mononym = !full.includes(' ');
    return { nama_lengkap: style(full)!, nama_depan: style(full), nama_belakang: mononym && passport ? style(full) : null };
  }
  const familyFirst = FAMILY_FIRST.has(nationality ?? '');
  // Family-first names put the middle name before the given one (Nguyễn Thị Lan: given "Thị Lan").
  const given = familyFirst ? joined([name.middle, name.given]) : joined([name.given, name.middle]);
  const full = familyFirst ? joined([name.family, given ?? undefined]) : joined([given ?? undefined, name.family]);
  return { nama_lengkap: style(full)!, nama_depan: style(given), nama_belakang: style(name.family) };
}
