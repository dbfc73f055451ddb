import anyAscii from 'any-ascii';
import { pinyin } from 'pinyin-pro';
import { detectScript, transliterate } from '../mapping/names';
import type { PersonName, Script } from '../record/person-record';

/** A name as the index's name keys compare it: folded Latin parts, in the recorded order. */
export interface RomanisedName {
  /** Every part, lower-case ASCII letters, connectors (`bin`, `a/l`) left out. */
  readonly parts: readonly string[];
  /** Parts of the recorded family, given and middle names, when the owner recorded the split. */
  readonly family: readonly string[];
  readonly given: readonly string[];
  readonly middle: readonly string[];
  /** Other spellings of the same parts, e.g. a Han given name's syllables apart (`xiao ming`). */
  readonly alternates: readonly (readonly string[])[];
  /**
   * Whether two spellings can be compared exactly. False when a library transliterated the name
   * from a script whose passport romanisation no library reproduces (Thai, Khmer, …): such a
   * name only ever meets another through tolerant keys (design/names.md).
   */
  readonly exact: boolean;
}

/** Scripts whose library transliteration is what a passport carries (design/names.md). */
const CLEAN_SCRIPTS = new Set<Script>(['LATIN', 'CYRILLIC', 'HAN']);

/**
 * Links of a patronymic or a descent (Malay `bin` / `binti` and desk abbreviations, Malaysian
 * Indian `a/l` / `a/p`, Iban `anak`): part of how the name is written, not of who it names, and
 * dropped or abbreviated differently by each desk that copies the name.
 */
const SLASHED_LINKS = /\b[ads]\s*\/\s*[lpo]\b/gi;
const LINKS = new Set(['bin', 'binti', 'binte', 'bte', 'bt', 'b', 'anak']);

/** The silent consonant of a Thai syllable (marked by ์, with any vowel sign on it): a transliteration would spell it. */
const THAI_SILENT = /[\u0E01-\u0E2E][\u0E34-\u0E38]?\u0E4C/gu;

/** Lower-case ASCII parts of Latin (or transliterated) text, diacritics folded. */
export function foldParts(text: string): string[] {
  const ascii = anyAscii(text.normalize('NFC').replace(SLASHED_LINKS, ' ')).toLowerCase();
  // Apostrophes and dots join (O'Brien, Mohd.), anything else separates (Jean-Pierre).
  const parts = ascii.replace(/['’`.]/g, '').split(/[^a-z]+/).filter(Boolean);
  // A link between two parts goes; a part that merely spells `bin` at an end stays.
  return parts.filter((p, i) => !(LINKS.has(p) && i > 0 && i < parts.length - 1));
}

/** Pinyin syllables of Han text (family-name readings at the head), ü as PRC passports write it (YU). */
function hanSyllables(text: string): string[] | null {
  const syllables = pinyin(text.replace(/[\s·•・‧]/gu, ''), { toneType: 'none', type: 'array', surname: 'head' });
  if (!syllables.every((s) => /^[a-zü]+$/.test(s))) return null;
  return syllables.map((s) => s.replace(/ü/g, 'yu'));
}

const isHan = (text: string) => detectScript(text) === 'HAN';

/**
 * A recorded romanisation, or null when the `romanised` field only holds the kit's own
 * transliteration of `full` (personName's fallback), which says nothing the script does not.
 */
function recordedRomanisation(name: PersonName): string | null {
  if (!name.romanised) return null;
  const fallback = transliterate(name.full);
  return name.romanised.replace(/\s+/g, ' ').trim().toLowerCase() === fallback.toLowerCase() ? null : name.romanised;
}

/** Folded parts of one recorded name field, romanised the way the whole name is. */
function fieldParts(field: string | null, han: boolean): string[] {
  if (!field) return [];
  if (han && isHan(field)) return [(hanSyllables(field) ?? []).join('')].filter(Boolean);
  return foldParts(field.replace(THAI_SILENT, ''));
}

/**
 * The name in a common romanisation: the romanised form the owner recorded (a passport's), else
 * pinyin (pinyin-pro) for Han, else any-ascii. Han names are parted as passports write them: family
 * name, then the given name's syllables joined (WANG XIAOMING), with the syllables apart as an
 * alternate spelling. Null when nothing of the name can be read as letters.
 */
export function romaniseName(name: PersonName): RomanisedName | null {
  const recorded = recordedRomanisation(name);
  const script = detectScript(name.full);
  if (recorded) {
    const parts = foldParts(recorded);
    if (parts.length === 0) return null;
    // The split fields are Latin when the owner copied them from the same passport, Han beside
    // pinyin; a split written only in another script says nothing about the romanised parts.
    const field = (f: string | null) => (f && CLEAN_SCRIPTS.has(detectScript(f)) ? fieldParts(f, true) : []);
    return { parts, family: field(name.family), given: field(name.given), middle: field(name.middle), alternates: [], exact: true };
  }
  if (script === 'HAN') return romaniseHan(name);
  const parts = foldParts(name.full.replace(THAI_SILENT, ''));
  if (parts.length === 0) return null;
  return {
    parts,
    family: fieldParts(name.family, false),
    given: fieldParts(name.given, false),
    middle: fieldParts(name.middle, false),
    alternates: [],
    exact: CLEAN_SCRIPTS.has(script),
  };
}

function romaniseHan(name: PersonName): RomanisedName | null {
  const syllables = hanSyllables(name.full);
  if (!syllables || syllables.length === 0) return null;
  const family = fieldParts(name.family, true);
  const given = fieldParts(name.given, true);
  // Without a recorded split the first character is the family name: compound surnames are rare,
  // and the syllables-apart alternate still meets a passport that joined them differently.
  const parts = family.length > 0 && given.length > 0 ? [...family, ...given] : [syllables[0]!, syllables.slice(1).join('')].filter(Boolean);
  return { parts, family, given, middle: [], alternates: syllables.length > 2 ? [syllables] : [], exact: true };
}
