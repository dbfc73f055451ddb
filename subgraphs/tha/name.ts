import { MappingError } from '../kit/mapping/mapping-error';
import { personName } from '../kit/mapping/names';
import type { PersonName } from '../kit/record/person-record';
import type { NativePerson } from './native-shape';

/**
 * The person's name: `<Name lang="th">` as recorded (Thai script, given name first) with the
 * passport romanisation from `<NameEn>` as `romanised`, written given names first so that it reads
 * in the same order as `full`, and kept in the passport's upper case: that is the form other
 * jurisdictions copy from the same passport (MRZ / data page), and re-casing would be lossy
 * (`McDONALD`). Family/given come from the passport split. Without `<NameEn>` the kit
 * transliterates the Thai script; without a Thai-script name the passport name is the name.
 */
export function thaName(person: NativePerson): PersonName {
  const surname = person.NameEn?.Surname;
  const givenNames = person.NameEn?.GivenNames;
  const passport = [givenNames, surname].filter(Boolean).join(' ') || null;
  const thai = person.Name;
  // A Thai name alone splits only when it has exactly the two parts of Thai usage (given, family);
  // a foreign name written in Thai script ("มาริเซล ดิซอน วิลลานูเอวา") has no reliable split.
  const parts = !passport && thai ? thai.split(/\s+/) : [];
  const name = personName({
    full: thai ?? passport,
    romanised: passport,
    family: surname ?? (parts.length === 2 ? parts[1] : null),
    given: givenNames ?? (parts.length === 2 ? parts[0] : null),
    familyFirst: false,
  });
  if (!name) throw new MappingError('Name', undefined, 'no name recorded (neither Name nor NameEn)');
  return name;
}
