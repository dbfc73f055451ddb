import { partialDate } from '../kit/mapping/dates';
import { MappingError } from '../kit/mapping/mapping-error';
import type { PartialDate } from '../kit/record/person-record';

const NOTICE_DATE = /^(\d{4})(?:\/(\d{2})(?:\/(\d{2}))?)?$/;

const part = (text: string | undefined): number | null => (text === undefined || text === '00' ? null : Number(text));

/**
 * Notice dates: "YYYY/MM/DD", year first, unknown parts written "00" ("1986/00/00": born in 1986),
 * or shortened to "YYYY/MM" or "YYYY". A day without its month is a MappingError (partialDate).
 */
export function parseNoticeDate(field: string, raw: string): PartialDate {
  const m = NOTICE_DATE.exec(raw.trim());
  if (!m) throw new MappingError(field, raw, 'not a YYYY/MM/DD date');
  return partialDate(field, { year: Number(m[1]), month: part(m[2]), day: part(m[3]) }, raw);
}
