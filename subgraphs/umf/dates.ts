import { DateTime } from 'luxon';
import { parseIsoDate, partialDate } from '../kit/mapping/dates';
import { withLocalTime } from '../kit/mapping/local-time';
import { MappingError } from '../kit/mapping/mapping-error';
import type { PartialDate } from '../kit/record/person-record';

const PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;
// The extended ISO 8601 forms the standard allows; luxon alone would also take week and ordinal dates.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

/** `1990`, `1990-05` or `1990-05-17`: a date of birth or expiry, as far as it is known. */
export function partialIsoDate(field: string, raw: string): PartialDate {
  if (!PARTIAL.test(raw)) throw new MappingError(field, raw, 'not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)');
  return parseIsoDate(field, raw);
}

/**
 * A date-time as wall-clock time in the owner's zone. The offset written decides the instant; a
 * date-time written without one is taken as the owner's local time, which is what a bureau's
 * clerk typed.
 */
function ownerTime(field: string, raw: string, timeZone: string): DateTime {
  if (!DATE_TIME.test(raw)) throw new MappingError(field, raw, 'not an ISO 8601 date-time');
  const time = DateTime.fromISO(raw, { zone: timeZone });
  if (!time.isValid) throw new MappingError(field, raw, 'no such date or time');
  return time;
}

const OFFSET = /(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * An event's `dateTime` as the partial date the schema keeps: the calendar date in the owner's
 * zone, which is the date the record was written about, and for a date-time the time on the
 * owner's clock with its offset and UTC instant. A sender that writes UTC (`…T22:00Z`) for an
 * event the next morning local time gets the local date and time, not the UTC ones. `raw` keeps
 * the value as sent, time and offset included.
 */
export function eventDate(field: string, raw: string, timeZone: string): PartialDate {
  if (PARTIAL.test(raw)) return parseIsoDate(field, raw);
  const at = ownerTime(field, raw, timeZone).startOf('second');
  const offset = OFFSET.test(raw);
  // Without an offset the clerk typed the owner's wall clock: it is read as typed, so that a time
  // inside a daylight-saving gap is refused rather than silently moved (as luxon would move it).
  const wall = offset ? at : DateTime.fromISO(raw, { zone: 'UTC' });
  const date = partialDate(field, { year: wall.year, month: wall.month, day: wall.day }, raw);
  const timed = withLocalTime(field, date, { hour: wall.hour, minute: wall.minute, second: wall.second }, timeZone);
  // A wall time in the hour the clocks go back happens twice; a written offset says which one.
  const instant = at.toUTC().toISO({ suppressMilliseconds: true });
  return offset && timed.instant !== instant ? { ...timed, utcOffset: at.toFormat('ZZ'), instant } : timed;
}

/** A modification time as an instant in UTC (`2024-10-03T09:15:00.000Z`). */
export function instant(field: string, raw: string, timeZone: string): string {
  return ownerTime(field, raw, timeZone).toUTC().toJSDate().toISOString();
}
