import anyAscii from 'any-ascii';
import type { PersonName, Script } from '../record/person-record';

const SCRIPTS: [Script, RegExp][] = [
  ['THAI', /\p{Script=Thai}/u],
  ['KHMER', /\p{Script=Khmer}/u],
  ['HAN', /\p{Script=Han}/u],
  ['CYRILLIC', /\p{Script=Cyrillic}/u],
  ['ARABIC', /\p{Script=Arabic}/u],
];

/** The script a name is written in (the first non-Latin script found, else Latin). */
export function detectScript(text: string): Script {
  for (const [script, pattern] of SCRIPTS) if (pattern.test(text)) return script;
  return /\p{Script=Latin}/u.test(text) ? 'LATIN' : 'OTHER';
}

/** Latin transliteration, for names the source recorded without a romanised form. */
export function transliterate(text: string): string {
  return anyAscii(text).replace(/\s+/g, ' ').trim();
}

const clean = (s: string | null | undefined): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

interface NameParts {
  /** The name as the source wrote it, in its order; built from the parts when absent. */
  full?: string | null;
  given?: string | null;
  middle?: string | null;
  family?: string | null;
  /** The romanisation the source recorded (e.g. from the passport), preferred over transliteration. */
  romanised?: string | null;
  /** Whether the family name comes first in this jurisdiction's usage (Thai: given first). */
  familyFirst?: boolean;
  kind?: string;
}

/** A PersonName from native parts: keeps the recorded order and script, adds a romanised form. */
export function personName(parts: NameParts): PersonName | null {
  const given = clean(parts.given);
  const middle = clean(parts.middle);
  const family = clean(parts.family);
  const ordered = parts.familyFirst ? [family, given, middle] : [given, middle, family];
  const full = clean(parts.full) ?? clean(ordered.filter(Boolean).join(' '));
  if (!full) return null;
  const script = detectScript(full);
  const romanised = clean(parts.romanised) ?? clean(transliterate(full));
  return { full, script, romanised, family, given, middle, kind: parts.kind ?? 'PRIMARY' };
}
