import { parseNumericDate } from '../kit/mapping/dates';
import { MappingError } from '../kit/mapping/mapping-error';
import type { PartialDate } from '../kit/record/person-record';

/** "MM/DD/YYYY" with unknown parts as "00" (birth dates, passport expiry). */
export function parseUsDate(field: string, raw: string): PartialDate {
  return parseNumericDate(field, raw, 'MDY');
}

const WITH_TIME = /^(\S+)\s+(\d{1,2}):(\d{2})\s*([AP])\.?M\.?$/i;

/**
 * Incident dates: "MM/DD/YYYY hh:mm AM", "MM/DD/YYYY", "MM/YYYY" or "YYYY". The time is checked
 * but PartialDate has no place for it, so it survives only in `raw`, which keeps the whole value.
 */
export function parseIncidentDate(field: string, raw: string): PartialDate {
  const timed = WITH_TIME.exec(raw);
  if (timed) {
    const hour = Number(timed[2]);
    const minute = Number(timed[3]);
    if (hour < 1 || hour > 12 || minute > 59) throw new MappingError(field, raw, 'bad time of day');
  } else if (/\s/.test(raw)) {
    throw new MappingError(field, raw, 'not an MM/DD/YYYY [hh:mm AM] date');
  }
  const date = parseNumericDate(field, timed?.[1] ?? raw, 'MDY');
  if (timed && date.precision !== 'DAY') throw new MappingError(field, raw, 'a time without a full date');
  return { ...date, raw };
}
