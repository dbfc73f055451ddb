import { DateTime } from 'luxon';
import { partialDate } from '../kit/mapping/dates';
import { withLocalTime } from '../kit/mapping/local-time';
import { MappingError } from '../kit/mapping/mapping-error';
import type { PartialDate } from '../kit/record/person-record';

/**
 * `YYYYMMDD` as on a resident identity card, `00` for an unknown month or day (`19980000`,
 * `19980300`). A day without a month (`19980014`) is refused by the kit, not read as a month.
 */
export function parseMpsDate(field: string, raw: string): PartialDate {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (!m) throw new MappingError(field, raw, 'not a YYYYMMDD date');
  const part = (text: string | undefined) => (text === '00' || text === undefined ? null : Number(text));
  return partialDate(field, { year: Number(m[1]), month: part(m[2]), day: part(m[3]) }, raw);
}

const DATE_TIME = /^(\d{8})(?:(\d{2})(\d{2})(\d{2}))?$/;

/**
 * Event times: `YYYYMMDD` or `YYYYMMDDHHmmss` in Beijing time. The date is the local calendar
 * date (23:40 in Beijing is still that day for the officer who recorded it); a time adds its
 * offset and UTC instant in `timeZone`, the jurisdiction's. `raw` keeps the value as written.
 */
export function parseMpsDateTime(field: string, raw: string, timeZone: string): PartialDate {
  const m = DATE_TIME.exec(raw);
  if (!m) throw new MappingError(field, raw, 'not a YYYYMMDD[HHmmss] date-time');
  const [, date = '', hour, minute, second] = m;
  const day = { ...parseMpsDate(field, date), raw };
  return hour === undefined ? day : withLocalTime(field, day, { hour: Number(hour), minute: Number(minute), second: Number(second) }, timeZone);
}

/** `gxsj`, a full `YYYYMMDDHHmmss` in the jurisdiction's time zone, as an ISO 8601 UTC instant. */
export function parseUpdateTime(field: string, raw: string, timeZone: string): string {
  const time = /^\d{14}$/.test(raw) ? DateTime.fromFormat(raw, 'yyyyMMddHHmmss', { zone: timeZone }) : null;
  if (!time?.isValid) throw new MappingError(field, raw, 'not a YYYYMMDDHHmmss time');
  return time.toUTC().toISO({ suppressMilliseconds: false })!;
}
