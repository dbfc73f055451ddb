// How one desk writes one synthetic person's name: at home in the person's own script and order,
// abroad from the passport, and the ways desks get it differently right (the linking set's hard
// cases). Every form goes through the kit's personName, as an adapter's mapping would.
import anyAscii from 'any-ascii';
import { pinyin } from 'pinyin-pro';
import { personName } from '../../kit/mapping/names';
import type { PersonName } from '../../kit/record/person-record';
import type { ScenarioName } from '../model';

/** Desks of these jurisdictions write a name family name first, whoever it belongs to. */
const FAMILY_FIRST_DESKS = new Set(['VNM', 'CHN', 'KHM']);

/** The ways a desk writes a name in the linking set. */
export type NameForm =
  /** At home: own script and order, with the romanisation the home agency records. */
  | 'home'
  /** At home, native script only (Thai, Khmer, Han): no romanisation recorded. */
  | 'script-only'
  /** Abroad, from the passport, in the desk's usual order. */
  | 'passport'
  /** Abroad, the passport's parts in the other order, typed into one field. */
  | 'swapped'
  /** Abroad, shortened or spelt apart: middle name dropped, `B.` for `bin`, Han syllables apart, a mononym twice. */
  | 'abbreviated'
  /** Abroad, one letter mistyped. */
  | 'typo';

const upper = (s: string) => anyAscii(s).toUpperCase();

/** The name as the passport's data page carries it: surname, and given names (middle ones included). */
function passportParts(name: ScenarioName): { surname: string; given: string } {
  if (name.patronymic) return { surname: '', given: upper(`${name.given} ${name.patronymic}`) };
  // A mononym is the passport's primary identifier (ICAO 9303): the surname field.
  if (!name.family) return { surname: upper(name.given), given: '' };
  return { surname: upper(name.family), given: upper([name.given, name.middle].filter(Boolean).join(' ')) };
}

function home(name: ScenarioName, nationality: string): PersonName | null {
  const passport = passportParts(name);
  switch (nationality) {
    case 'THA':
      return personName({ full: name.nativeScript, romanised: `${passport.given} ${passport.surname}`, given: passport.given, family: passport.surname });
    case 'KHM':
      return personName({ full: name.nativeScript, romanised: `${passport.surname} ${passport.given}`, given: passport.given, family: passport.surname, familyFirst: true });
    case 'CHN': {
      const han = name.nativeScript ?? '';
      return personName({ full: han, romanised: `${passport.surname} ${passport.given}`, family: han.slice(0, 1), given: han.slice(1), familyFirst: true });
    }
    case 'VNM':
      return personName({ family: name.family, middle: name.middle, given: name.given, familyFirst: true });
    case 'MYS':
      return personName({ full: `${name.given} ${name.patronymic ?? ''}`, given: name.given });
    case 'IDN':
      return personName({ full: [name.given, name.family].filter(Boolean).join(' '), given: name.family ? name.given : null, family: name.family });
    default:
      return name.nativeScript
        ? personName({ full: name.nativeScript, romanised: `${name.given} ${name.family ?? ''}`, given: name.given, family: name.family })
        : personName({ given: name.given, middle: name.middle, family: name.family });
  }
}

function passport(name: ScenarioName, desk: string, swapped: boolean): PersonName | null {
  const p = passportParts(name);
  const familyFirst = FAMILY_FIRST_DESKS.has(desk) !== swapped;
  const full = (familyFirst ? [p.surname, p.given] : [p.given, p.surname]).filter(Boolean).join(' ');
  // Swapped: typed into one field, so the desk records no split.
  return swapped ? personName({ full }) : personName({ full, given: p.given || null, family: p.surname || null, familyFirst });
}

function abbreviated(name: ScenarioName, desk: string, nationality: string, pick: (n: number) => number): PersonName | null {
  const p = passportParts(name);
  const written = (given: string, surname: string) => {
    const familyFirst = FAMILY_FIRST_DESKS.has(desk);
    return personName({ full: (familyFirst ? [surname, given] : [given, surname]).filter(Boolean).join(' '), given: given || null, family: surname || null, familyFirst });
  };
  if (name.patronymic) {
    const [link, ...father] = name.patronymic.split(' ');
    const short = pick(2) === 0 ? `${link === 'bin' ? 'B.' : 'BT.'} ${father.join(' ')}` : father.join(' ');
    return written(upper(`${name.given} ${short}`), '');
  }
  if (!name.family) return written(p.surname, p.surname); // a mononym entered in both boxes
  if (nationality === 'CHN' && name.nativeScript) {
    const syllables = pinyin(name.nativeScript.slice(1), { toneType: 'none', type: 'array' }).join(' ').toUpperCase();
    return written(syllables, p.surname);
  }
  return written(upper(name.given), p.surname); // middle names dropped
}

/** One letter of the name replaced by a neighbouring vowel or doubled consonant, as typed in a hurry. */
function typo(name: PersonName, pick: (n: number) => number): PersonName | null {
  const letters = [...name.full];
  const from = 2 + pick(Math.max(1, letters.length - 3));
  const at = letters.findIndex((c, i) => i >= from && /[A-Z]/i.test(c));
  if (at < 0) return name;
  const c = letters[at]!;
  letters[at] = /[AEIOU]/i.test(c) ? ('AEIOU'.replace(c.toUpperCase(), '')[pick(4)] ?? 'A') : c + c;
  return personName({ full: letters.join(''), given: null, family: null });
}

/**
 * One person's name as a desk of `desk` writes it in `form`. `pick(n)` draws 0..n-1 from the
 * set's seeded generator.
 */
export function writtenName(name: ScenarioName, nationality: string, desk: string, form: NameForm, pick: (n: number) => number): PersonName | null {
  switch (form) {
    case 'home':
      return home(name, nationality);
    case 'script-only':
      return personName({ full: name.nativeScript ?? '' }) ?? home(name, nationality);
    case 'passport':
      return passport(name, desk, false);
    case 'swapped':
      return passport(name, desk, true);
    case 'abbreviated':
      return abbreviated(name, desk, nationality, pick);
    case 'typo': {
      const written = passport(name, desk, false);
      return written && typo(written, pick);
    }
  }
}
