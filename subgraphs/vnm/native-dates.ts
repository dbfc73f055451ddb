import { DateTime } from 'luxon';
import { parseNumericDate } from '../kit/mapping/dates';
import { withLocalTime } from '../kit/mapping/local-time';
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
 * An event's `thoi_gian`: `DD/MM/YYYY HH:mm`, 24-hour, Viet Nam local time (time optional). The
 * date is the local calendar date the officer recorded; a time adds its offset and UTC instant in
 * `timeZone`, the jurisdiction's. `raw` keeps the whole value.
 */
export function parseVnDateTime(field: string, raw: string, timeZone: string): PartialDate | null {
  const m = DATE_TIME.exec(raw.trim());
  if (!m) throw new MappingError(field, raw, 'not a DD/MM/YYYY HH:mm date-time');
  const [, date = '', hour, minute] = m;
  const parsed = parseVnDate(field, date);
  // `00/00/0000`: no date was known, and a time alone places nothing.
  if (parsed === null) return null;
  const day = { ...parsed, raw };
  return hour === undefined ? day : withLocalTime(field, day, { hour: Number(hour), minute: Number(minute) }, timeZone);
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
