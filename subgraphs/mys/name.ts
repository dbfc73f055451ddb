import { MappingError } from '../kit/mapping/mapping-error';
import { personName } from '../kit/mapping/names';
import type { PersonName } from '../kit/record/person-record';

/**
 * The patronymic link of a Malay (or Malaysian Indian, or Iban) name: `bin` / `binti` (and the
 * abbreviations desks use: bte, bt, b.), `a/l` / `a/p` (anak lelaki / perempuan), `anak`.
 * A bare `b` needs its dot: without it, it is as likely an initial.
 */
const PATRONYMIC = /^(.+?)\s+(?:bin|binti|binte|bte|bt\.?|b\.|a\/l|a\/p|anak)\s+\S/i;

const clean = (s: string | null): string | null => s?.replace(/\s+/g, ' ').trim() || null;

/** The given names before a patronymic, or null when the name has none. */
export function beforePatronymic(full: string): string | null {
  return PATRONYMIC.exec(full)?.[1] ?? null;
}

/** The full name without its surname at either end (family-first names put it first), or null. */
function withoutSurname(full: string, surname: string): string | null {
  const f = full.toLocaleUpperCase();
  const s = surname.toLocaleUpperCase();
  if (f.startsWith(`${s} `)) return full.slice(surname.length + 1);
  if (f.endsWith(` ${s}`)) return full.slice(0, full.length - surname.length - 1);
  return null;
}

export interface NameColumns {
  nama_penuh: string;
  nama_keluarga: string | null;
  nama_tulisan_asal: string | null;
}

/**
 * The person's name. A Malay name has no family name: `Ahmad bin Ismail` is Ahmad, son of Ismail.
 * So `given` is what precedes the patronymic, `family` stays null, and the patronymic lives only
 * in `full` (and `romanised`), as written: PersonName has no field for it, and putting `bin Ismail`
 * or `Ismail` in `family` would make every son of an Ismail share a family name in the index.
 * A surname column that repeats the patronymic (passport scanners put it there) is not taken as a
 * family name either.
 *
 * Names with a surname (`nama_keluarga`, from a foreign passport) split around it, at whichever end
 * the person's culture writes it; middle names stay with the given names, as Malaysian forms have
 * no middle-name box. A name with neither is all given names (a mononym, or a Malay name without
 * patronymic). A name in the person's own script is `full`, with the Latin form as `romanised`.
 */
export function mysName(columns: NameColumns): PersonName {
  const written = clean(columns.nama_penuh);
  if (!written) throw new MappingError('nama_penuh', columns.nama_penuh, 'no name recorded');
  const surname = clean(columns.nama_keluarga);
  const script = clean(columns.nama_tulisan_asal);
  const patronymicGiven = beforePatronymic(written);
  const split =
    patronymicGiven !== null
      ? { given: patronymicGiven, family: null }
      : surname
        ? { given: withoutSurname(written, surname), family: surname }
        : { given: written, family: null };
  const name = personName({ full: script ?? written, romanised: script ? written : null, ...split, middle: null });
  // personName returns null only for an empty name, ruled out above.
  return name!;
}
