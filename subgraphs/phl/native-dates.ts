import { parseNumericDate } from '../kit/mapping/dates';
import { withLocalTime } from '../kit/mapping/local-time';
import { MappingError } from '../kit/mapping/mapping-error';
import type { PartialDate } from '../kit/record/person-record';

/** "MM/DD/YYYY" with unknown parts as "00" (birth dates, passport expiry). */
export function parseUsDate(field: string, raw: string): PartialDate {
  return parseNumericDate(field, raw, 'MDY');
}

const WITH_TIME = /^(\S+)\s+(\d{1,2}):(\d{2})\s*([AP])\.?M\.?$/i;

/**
 * Incident dates: "MM/DD/YYYY hh:mm AM", "MM/DD/YYYY", "MM/YYYY" or "YYYY". A time is Philippine
 * local time on a 12-hour clock; it adds its offset and UTC instant in `timeZone` (the
 * jurisdiction's), while the date stays the local date and `raw` the whole value.
 */
export function parseIncidentDate(field: string, raw: string, timeZone: string): PartialDate {
  const timed = WITH_TIME.exec(raw);
  if (!timed && /\s/.test(raw)) throw new MappingError(field, raw, 'not an MM/DD/YYYY [hh:mm AM] date');
  const date = { ...parseNumericDate(field, timed?.[1] ?? raw, 'MDY'), raw };
  if (!timed) return date;
  const [, , hourText, minuteText, half] = timed;
  const hour12 = Number(hourText);
  // 12-hour clock: 12:xx AM is just after midnight, 12:xx PM just after noon; there is no 0 or 13.
  if (hour12 < 1 || hour12 > 12) throw new MappingError(field, raw, 'bad time of day');
  const hour = (hour12 % 12) + (half!.toUpperCase() === 'P' ? 12 : 0);
  return withLocalTime(field, date, { hour, minute: Number(minuteText) }, timeZone);
}
