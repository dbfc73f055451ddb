import { parseIsoDate, partialDate } from '../kit/mapping/dates';
import { withLocalTime } from '../kit/mapping/local-time';
import { MappingError } from '../kit/mapping/mapping-error';
import type { PartialDate } from '../kit/record/person-record';

/** Indonesian month names and the abbreviations clerks use, with the older spellings (Pebruari, Nopember). */
const MONTHS: ReadonlyMap<string, number> = new Map([
  ...[
    ['januari', 'jan'],
    ['februari', 'feb', 'pebruari', 'peb'],
    ['maret', 'mar'],
    ['april', 'apr'],
    ['mei'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['agustus', 'agu', 'agt', 'ags', 'agst'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt'],
    ['november', 'nov', 'nopember', 'nop'],
    ['desember', 'des'],
  ].flatMap((names, i) => names.map((n): [string, number] => [n, i + 1])),
]);

const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const INDONESIAN = /^(?:(\d{1,2})\s+)?(?:([a-z]+)\.?\s+)?(\d{4})$/i;
// "pukul 05.30" (Indonesian style, a dot between hours and minutes) or "05:30", then a zone.
const TIME = /^(.*?)\s+(?:pukul\s+)?(\d{2})[.:](\d{2})(?:\s+(WIB|WITA|WIT))?$/i;

function indonesian(field: string, raw: string, text: string): PartialDate {
  const m = INDONESIAN.exec(text);
  if (!m) throw new MappingError(field, raw, 'not a date such as "14 Maret 1998", "Maret 1998" or "1998"');
  const [, day, monthName, year] = m;
  const month = monthName === undefined ? null : MONTHS.get(monthName.toLowerCase());
  if (month === undefined) throw new MappingError(field, raw, 'not an Indonesian month name');
  if (day !== undefined && month === null) throw new MappingError(field, raw, 'a day without a month');
  return partialDate(field, { year: Number(year), month, day: day === undefined ? null : Number(day) }, raw);
}

/**
 * A date as POLRI writes it in Indonesian ("14 Maret 1998", "Maret 1998", "1998") or as Imigrasi's
 * passport system writes it (ISO 8601: "1998-03-14", "1998-03", "1998"). `raw` keeps the text.
 */
export function parseIndonesianDate(field: string, raw: string): PartialDate {
  const text = raw.trim();
  if (!ISO.test(text)) return indonesian(field, raw, text);
  const time = /T(\d{2}):(\d{2})/.exec(text);
  if (time && (Number(time[1]) > 23 || Number(time[2]) > 59)) throw new MappingError(field, raw, 'no such time of day');
  return { ...parseIsoDate(field, text), raw };
}

/** Indonesia's three zones as clerks suffix a time: Western, Central and Eastern Indonesia Time. */
const ZONES: Readonly<Record<string, string>> = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' };

const ISO_TIME = /T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * An event time: a date as above, optionally followed by a time of day ("2 Oktober 2024 pukul
 * 05.30", "… 05.30 WITA"), or an ISO date-time ("2024-10-02T05:30"). The date is the local date
 * the officer wrote; a time adds its offset and UTC instant in the zone it names (WIB, WITA, WIT,
 * or an ISO offset), else in `timeZone`, the jurisdiction's. `raw` keeps the whole text.
 */
export function parseIndonesianDateTime(field: string, raw: string, timeZone: string): PartialDate {
  const text = raw.trim();
  if (ISO.test(text)) {
    const date = parseIndonesianDate(field, raw);
    const time = ISO_TIME.exec(text);
    if (!time) return date;
    const [, hour, minute, second = '0', offset] = time;
    // A written offset states the instant: the time is read at that offset, not the zone's.
    const zone = offset === undefined ? timeZone : offset === 'Z' ? 'UTC' : `UTC${offset}`;
    return withLocalTime(field, { ...date, raw }, { hour: Number(hour), minute: Number(minute), second: Number(second) }, zone);
  }
  const timed = TIME.exec(text);
  if (!timed) return parseIndonesianDate(field, raw);
  const [, date = '', hour, minute, zoneName] = timed;
  const day = { ...parseIndonesianDate(field, date), raw };
  return withLocalTime(field, day, { hour: Number(hour), minute: Number(minute) }, zoneName ? ZONES[zoneName.toUpperCase()]! : timeZone);
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** `diperbarui`: ISO 8601 with its offset (the system writes WIB, +07:00); answered in UTC. */
export function parseTimestamp(field: string, raw: string): string {
  const time = TIMESTAMP.test(raw.trim()) ? Date.parse(raw.trim()) : NaN;
  if (Number.isNaN(time)) throw new MappingError(field, raw, 'not an ISO 8601 date-time with an offset');
  return new Date(time).toISOString();
}
