import { parseNumericDate } from '../kit/mapping/dates';
import { MappingError } from '../kit/mapping/mapping-error';
import type { PartialDate } from '../kit/record/person-record';

/**
 * A Buddhist Era date as the Thai system writes it: `DD/MM/BBBB`, `00` for an unknown day or
 * month, or the bare year `BBBB`. A common-era year typed by mistake (`14/03/1998`) lands in
 * the 15th century and is refused by the kit's year range, not silently shifted.
 */
export function parseBuddhistDate(field: string, raw: string): PartialDate {
  return parseNumericDate(field, raw, 'DMY', 'BUDDHIST');
}

const DATE_TIME = /^(\S+)(?:\s+(\d{2}):(\d{2}))?$/;

/**
 * `DD/MM/BBBB HH:mm` in Thai local time (time optional). PartialDate has no time of day, so the
 * date is the local calendar date, deliberately not shifted to UTC (23:40 in Bangkok is still that
 * day for the officer who recorded it), and the time survives in `raw`.
 */
export function parseBuddhistDateTime(field: string, raw: string): PartialDate {
  const m = DATE_TIME.exec(raw.trim());
  if (!m) throw new MappingError(field, raw, 'not a DD/MM/BBBB HH:mm date-time');
  const [, date = '', hour, minute] = m;
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59)) throw new MappingError(field, raw, 'no such time of day');
  return { ...parseBuddhistDate(field, date), raw };
}
