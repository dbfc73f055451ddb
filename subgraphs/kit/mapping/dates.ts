import type { Calendar, PartialDate } from '../record/person-record';
import { MappingError } from './mapping-error';

/** Buddhist Era years run 543 ahead of the common era (Thai solar calendar). */
export const BUDDHIST_ERA_OFFSET = 543;

interface DateParts {
  year: number;
  month?: number | null;
  day?: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A partial date in the Gregorian calendar, checked for real months and days. `raw` and `calendar`
 * keep what the native source recorded.
 */
export function partialDate(field: string, parts: DateParts, raw: string, calendar: Calendar = 'GREGORIAN'): PartialDate {
  const { year } = parts;
  const month = parts.month ?? null;
  const day = parts.day ?? null;
  if (!Number.isInteger(year) || year < 1800 || year > 2200) throw new MappingError(field, raw, 'year out of range');
  if (month !== null && (!Number.isInteger(month) || month < 1 || month > 12)) throw new MappingError(field, raw, 'no such month');
  if (day !== null) {
    if (month === null) throw new MappingError(field, raw, 'a day without a month');
    if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) throw new MappingError(field, raw, 'no such day');
  }
  const iso = [String(year).padStart(4, '0'), month && pad(month), day && pad(day)].filter(Boolean).join('-');
  return { year, month, day, iso, precision: day ? 'DAY' : month ? 'MONTH' : 'YEAR', raw, calendar };
}

const UNKNOWN_PART = /^(0{1,2}|x{1,2}|\?{1,2}|-{1,2}|)$/i;

/**
 * Parse a day-month-year or month-day-year native date with unknown parts allowed
 * (`00/00/1998`, `XX/03/1998`, `1998`, `03/1998`). Separators: `/`, `-`, `.`.
 */
export function parseNumericDate(
  field: string,
  raw: string,
  order: 'MDY' | 'DMY',
  calendar: Calendar = 'GREGORIAN',
): PartialDate {
  const pieces = raw.trim().split(/[/.-]/);
  const yearText = pieces.pop() ?? '';
  if (!/^\d{4}$/.test(yearText) || pieces.length > 2) throw new MappingError(field, raw, `not a ${order} date`);
  const year = Number(yearText) - (calendar === 'BUDDHIST' ? BUDDHIST_ERA_OFFSET : 0);
  // What is left is [month] or, in full, [month, day] / [day, month] by the source's order.
  const [monthText, dayText] = pieces.length === 2 && order === 'DMY' ? [pieces[1], pieces[0]] : pieces;
  const num = (text: string | undefined, what: string): number | null => {
    if (text === undefined || UNKNOWN_PART.test(text)) return null;
    if (!/^\d{1,2}$/.test(text)) throw new MappingError(field, raw, `bad ${what}`);
    return Number(text);
  };
  const month = num(monthText, 'month');
  const day = month === null ? null : num(dayText, 'day');
  return partialDate(field, { year, month, day }, raw, calendar);
}

/** Parse an ISO 8601 date or date-time (`1998`, `1998-03`, `1998-03-14`, `1998-03-14T08:00:00+07:00`). */
export function parseIsoDate(field: string, raw: string, calendar: Calendar = 'GREGORIAN'): PartialDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(raw.trim());
  if (!m) throw new MappingError(field, raw, 'not an ISO 8601 date');
  const offset = calendar === 'BUDDHIST' ? BUDDHIST_ERA_OFFSET : 0;
  return partialDate(
    field,
    { year: Number(m[1]) - offset, month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null },
    raw,
    calendar,
  );
}
