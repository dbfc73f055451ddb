import { transliterate } from '../../kit/mapping/names';
import type { ScenarioName } from '../../scenario/model';
import type { UmfName, UmfScript } from './umf-message';

// Kana first: Japanese mixes them with Han characters, and either marks the text as Japanese.
const SCRIPTS: [UmfScript, RegExp][] = [
  ['Jpan', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Hani', /\p{Script=Han}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Khmr', /\p{Script=Khmer}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Geor', /\p{Script=Georgian}/u],
  ['Armn', /\p{Script=Armenian}/u],
];

/** Scripts whose names are written family name first. */
const FAMILY_FIRST = new Set<UmfScript>(['Hani', 'Hang', 'Jpan', 'Khmr']);
/** Scripts whose names are written without a space between the parts. */
const UNSPACED = new Set<UmfScript>(['Hani', 'Hang', 'Jpan']);

/**
 * The ISO 15924 code of a name as a sender labels it. A Japanese bureau labels kanji-only names
 * `Jpan` (its writing system), anyone else `Hani`.
 */
export function scriptCode(text: string, jurisdiction: string): UmfScript {
  for (const [code, pattern] of SCRIPTS) {
    if (pattern.test(text)) return code === 'Hani' && jurisdiction === 'JPN' ? 'Jpan' : code;
  }
  return /\p{Script=Latin}/u.test(text) ? 'Latn' : 'Zzzz';
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const romanise = (part: string) => transliterate(part).split(' ').map(capitalised).join(' ');
const latinOf = (part: string | null) => (part === null || /\p{Script=Latin}/u.test(part) ? part : romanise(part));
const joined = (parts: (string | null | undefined)[], separator = ' ') => parts.filter(Boolean).join(separator) || null;

/**
 * A scenario name the way a bureau writes it in the standard format. A name it holds in another
 * script (`nativeScript`, or parts that are not Latin) goes in `fullName` with its script code,
 * and `latin` carries the Latin form in the same order: the recorded one when there is one,
 * otherwise the bureau's own transliteration.
 */
export function renderName(name: ScenarioName, jurisdiction: string): UmfName {
  const surname = name.family ?? null;
  // The format has no middle-name field: bureaus type it after the given names.
  const forename = joined([name.given, name.middle]);
  const written = name.nativeScript ?? joined([forename, surname, name.patronymic]) ?? name.given;
  const script = scriptCode(written, jurisdiction);
  if (script === 'Latn') return { type: 'primary', surname, forename, fullName: written, script, latin: null };
  const familyFirst = FAMILY_FIRST.has(script);
  const order = (given: string | null, family: string | null, patronymic: string | null) =>
    familyFirst ? [family, given, patronymic] : [given, family, patronymic];
  const patronymic = name.patronymic ?? null;
  return {
    type: 'primary',
    surname,
    forename,
    fullName: name.nativeScript ?? joined(order(forename, surname, patronymic), UNSPACED.has(script) ? '' : ' ') ?? written,
    script,
    latin: joined(order(latinOf(forename), latinOf(surname), latinOf(patronymic))),
  };
}
