import { DateTime } from 'luxon';
import { parseNumericDate } from '../kit/mapping/dates';
import { MappingError } from '../kit/mapping/mapping-error';
import type { PartialDate } from '../kit/record/person-record';

/** `00/00/0000`: the desk knew nothing of the date but had to fill the box. */
const NOTHING_KNOWN = /^0{1,2}[/.-]0{1,2}[/.-]0{4}$/;

/**
 * `DD/MM/YYYY` with unknown parts written `00` (`00/03/1998`: March 1998; `00/00/1998`: 1998), or
 * the bare year. All zeros is no date at all (null), not year 0.
 */
export function parseVnDate(field: string, raw: string): PartialDate | null {
  if (NOTHING_KNOWN.test(raw.trim())) return null;
  return parseNumericDate(field, raw, 'DMY');
}

const DATE_TIME = /^(\S+)(?:\s+(\d{1,2}):(\d{2}))?$/;

/**
 * An event's `thoi_gian`: `DD/MM/YYYY HH:mm`, 24-hour, Viet Nam local time (time optional).
 * PartialDate has no time of day: the date is the local calendar date the officer recorded, not
 * shifted to UTC, and the time survives in `raw`.
 */
export function parseVnDateTime(field: string, raw: string): PartialDate | null {
  const m = DATE_TIME.exec(raw.trim());
  if (!m) throw new MappingError(field, raw, 'not a DD/MM/YYYY HH:mm date-time');
  const [, date = '', hour, minute] = m;
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59)) throw new MappingError(field, raw, 'no such time of day');
  const parsed = parseVnDate(field, date);
  if (parsed === null) return null;
  if (hour !== undefined && parsed.precision !== 'DAY') throw new MappingError(field, raw, 'a time without a full date');
  return { ...parsed, raw };
}

const STAMP = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * `cap_nhat_luc`: the system's row stamp, `DD/MM/YYYY HH:mm:ss` (seconds optional) in the agency's
 * local time with no offset written (Viet Nam keeps UTC+7 all year). Returned as ISO 8601 UTC.
 * Read with a pattern, not luxon's fromFormat, which costs four times more on every line of a pass.
 */
export function parseLocalStamp(field: string, raw: string, timeZone: string): string {
  const m = STAMP.exec(raw.trim());
  const at = m && DateTime.fromObject(
    { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]), hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) },
    { zone: timeZone },
  );
  if (!at?.isValid) throw new MappingError(field, raw, 'not a DD/MM/YYYY HH:mm:ss local time');
  return at.toUTC().toJSDate().toISOString();
}
