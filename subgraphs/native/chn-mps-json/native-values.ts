import countries from 'i18n-iso-countries';
import { DateTime } from 'luxon';
import { transliterate } from '../../kit/mapping/names';
import type { ScenarioDate, ScenarioName } from '../../scenario/model';

/** The MPS system keeps Beijing time. */
export const BEIJING = 'Asia/Shanghai';

const pad = (n: number | undefined, width = 2) => String(n ?? 0).padStart(width, '0');

/** `YYYYMMDD` with unknown parts written `00`, as on a resident identity card. */
export function mpsDate(date: ScenarioDate): string {
  return `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}`;
}

/** Event times: `YYYYMMDDHHmmss` when the time of day is known (always with a full date), else `YYYYMMDD`. */
export function mpsDateTime(date: ScenarioDate): string {
  const day = mpsDate(date);
  return date.day !== undefined && date.hour !== undefined ? `${day}${pad(date.hour)}${pad(date.minute)}00` : day;
}

/** An ISO 8601 instant as Beijing wall-clock time, `YYYYMMDDHHmmss`. */
export function beijingTime(iso: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone(BEIJING).toFormat('yyyyMMddHHmmss');
}

/**
 * A GB/T 2659 code for an ISO alpha-3 one: the numeric code the system stores, or the alpha-3 code
 * itself for what has no number (ICAO `XXA` stateless, `UNO`), as the standard allows.
 */
export function gbtCode(alpha3: string): string {
  return countries.alpha3ToNumeric(alpha3) ?? alpha3;
}

/** Nationalities whose middle name comes before the given name on the passport (Nguyễn Thị Lan: THI LAN). */
const MIDDLE_BEFORE_GIVEN = new Set(['VNM']);

/**
 * A name the way a passport's data page prints it and an MPS clerk copies it: Latin capitals, no
 * diacritics (NGUYEN, not Nguyễn); surname apart, everything else as given names. Mononyms and
 * Malay patronymic names have no surname.
 */
export function passportName(name: ScenarioName, nationality?: string): { surname: string | null; given: string } {
  const caps = (text: string) => transliterate(text).toUpperCase();
  const given = MIDDLE_BEFORE_GIVEN.has(nationality ?? '') ? [name.middle, name.given] : [name.given, name.middle];
  return {
    surname: name.family ? caps(name.family) : null,
    given: caps([...given, name.patronymic].filter(Boolean).join(' ')),
  };
}
