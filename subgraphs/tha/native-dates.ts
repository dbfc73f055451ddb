import { parseNumericDate } from '../kit/mapping/dates';
import { withLocalTime } from '../kit/mapping/local-time';
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
 * `DD/MM/BBBB HH:mm` in Thai local time (time optional). The date stays the local calendar date
 * (23:40 in Bangkok is still that day for the officer who recorded it); a time adds its offset
 * and UTC instant in `timeZone`, the jurisdiction's, so events compare across borders.
 */
export function parseBuddhistDateTime(field: string, raw: string, timeZone: string): PartialDate {
  const m = DATE_TIME.exec(raw.trim());
  if (!m) throw new MappingError(field, raw, 'not a DD/MM/BBBB HH:mm date-time');
  const [, date = '', hour, minute] = m;
  const day = { ...parseBuddhistDate(field, date), raw };
  return hour === undefined ? day : withLocalTime(field, day, { hour: Number(hour), minute: Number(minute) }, timeZone);
}
