import { DateTime } from 'luxon';
import { parseNumericDate } from '../kit/mapping/dates';
import { withLocalTime } from '../kit/mapping/local-time';
import { MappingError } from '../kit/mapping/mapping-error';
import type { PartialDate } from '../kit/record/person-record';

const KHMER_ZERO = 0x17e0;

/** Khmer digits (០–៩, as on the Khmer side of an identity card) as ASCII digits; other text unchanged. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u17E0-\u17E9]/g, (d) => String(d.charCodeAt(0) - KHMER_ZERO));
}

/**
 * A CNP date: `DD-MM-YYYY`, `00` for an unknown day or month (`00-03-1998`, `00-00-1998`), in
 * ASCII or Khmer digits. `raw` keeps the digits the source wrote.
 */
export function parseCnpDate(field: string, raw: string): PartialDate {
  return { ...parseNumericDate(field, asciiDigits(raw), 'DMY'), raw };
}

const DATE_TIME = /^(\S+)(?:\s+(\d{2}):(\d{2}))?$/;

/**
 * An event date: `DD-MM-YYYY HH:mm` (24-hour, Phnom Penh local time) or a date alone, in ASCII or
 * Khmer digits. The date is the local calendar date the officer wrote; a time adds its offset and
 * UTC instant in `timeZone`, the jurisdiction's. `raw` keeps the digits the source wrote.
 */
export function parseCnpDateTime(field: string, raw: string, timeZone: string): PartialDate {
  const m = DATE_TIME.exec(asciiDigits(raw).trim());
  if (!m) throw new MappingError(field, raw, 'not a DD-MM-YYYY HH:mm date-time');
  const [, date = '', hour, minute] = m;
  const day = { ...parseNumericDate(field, date, 'DMY'), raw };
  return hour === undefined ? day : withLocalTime(field, day, { hour: Number(hour), minute: Number(minute) }, timeZone);
}

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * `updated_at` as the CNP writes it: `YYYY-MM-DD HH:mm:ss` in Phnom Penh local time with no
 * offset. Read in the jurisdiction's registry time zone and answered in UTC, as the schema wants.
 */
export function parseCnpTimestamp(field: string, raw: string, timeZone: string): string {
  // A regex and fromObject rather than luxon's fromFormat, which costs ~0.4 ms a call: the index
  // feed maps every record the CNP holds.
  const m = LOCAL_TIME.exec(raw.trim());
  const [year, month, day, hour, minute, second] = (m?.slice(1) ?? []).map(Number);
  const local = m && DateTime.fromObject({ year, month, day, hour, minute, second }, { zone: timeZone });
  if (!local?.isValid) throw new MappingError(field, raw, 'not a YYYY-MM-DD HH:mm:ss local time');
  return local.toUTC().toJSDate().toISOString();
}
