import { OutputFormat, pinyin, segment } from 'pinyin-pro';

export interface HanNameSplit {
  readonly family: string | null;
  readonly given: string | null;
}

/** Middle dots that separate the parts of transcribed minority names (阿依古丽·买买提). */
const DOTS = /[·•・‧]/u;
const HAN_NAME = /^\p{Script=Han}+(?:[ ·•・‧]\p{Script=Han}+)*$/u;

/** Whether a name is Han characters only, parts optionally separated by one middle dot or space. */
export const isHanName = (name: string): boolean => HAN_NAME.test(name);

/**
 * Pinyin syllables without tones, family-name readings at the head (单 SHAN, 曾 ZENG, 仇 QIU, not
 * DAN, CENG, CHOU), or null when pinyin-pro does not know a character: it then echoes it back, and
 * a half-romanised name would make a wrong index key.
 */
function syllables(text: string): string[] | null {
  const result = pinyin(text, { toneType: 'none', type: 'array', surname: 'head' });
  return result.every((s) => /^[a-zü]+$/.test(s)) ? result : null;
}

/** Syllables in passport spelling: ü is written YU (吕 LYU, 女 NYU), as on PRC passports since 2012. */
const passportSpelling = (parts: string[]) => parts.join('').replace(/ü/g, 'yu').toUpperCase();

/**
 * How many leading characters are the family name. pinyin-pro's surname mode (`surname: 'head'`)
 * segments the compound surnames of its surname dictionary (欧阳, 司马, 诸葛, 上官, 东方, …) as one
 * word, and every single-character one alone. A compound counts only when a given name follows.
 * Some pairs are either (东方明: 东方 + 明, or 东 + 方明): when the passport pinyin is recorded,
 * its first word decides.
 */
function familyLength(chars: string[], passportPinyin: string | null): number {
  const head = segment(chars.join(''), { format: OutputFormat.ZhSegment, surname: 'head' })[0] ?? '';
  const dictionary = Array.from(head).length === 2 && chars.length > 2 ? 2 : 1;
  const firstWord = passportPinyin?.trim().split(/\s+/)[0]?.toUpperCase().replace(/Ü/g, 'YU');
  if (!firstWord || chars.length < 3) return dictionary;
  for (const n of [2, 1]) {
    const spelt = syllables(chars.slice(0, n).join(''));
    if (spelt && passportSpelling(spelt) === firstWord) return n;
  }
  return dictionary;
}

/**
 * Family and given name of a Han name written family name first (姓 + 名). A space the clerk typed
 * is the split. Transcribed minority names (with a middle dot) have no family name, and neither
 * has a lone character: both split to nulls rather than a guess.
 */
export function splitHanName(name: string, passportPinyin: string | null = null): HanNameSplit {
  if (DOTS.test(name)) return { family: null, given: null };
  const typed = name.split(' ');
  if (typed.length === 2) return { family: typed[0] ?? null, given: typed[1] ?? null };
  const chars = Array.from(name);
  if (chars.length < 2) return { family: null, given: null };
  const n = familyLength(chars, passportPinyin);
  return { family: chars.slice(0, n).join(''), given: chars.slice(n).join('') };
}

/**
 * The romanisation a PRC passport would carry: family name, then the given name's syllables joined
 * (王小明 → WANG XIAOMING, 欧阳娜娜 → OUYANG NANA); each part of a minority name joined the same way
 * (阿依古丽·买买提 → AYIGULI MAIMAITI). Null when a character has no known reading.
 */
export function passportPinyin(name: string, split: HanNameSplit): string | null {
  // One pinyin-pro call for the whole name: polyphones read by their neighbours.
  const all = syllables(name.replace(/[ ·•・‧]/gu, ''));
  if (!all) return null;
  const parts = split.family && split.given ? [split.family, split.given] : name.split(/[ ·•・‧]/u);
  const words: string[] = [];
  let at = 0;
  for (const part of parts) {
    const length = Array.from(part).length;
    words.push(passportSpelling(all.slice(at, at + length)));
    at += length;
  }
  return words.join(' ');
}
