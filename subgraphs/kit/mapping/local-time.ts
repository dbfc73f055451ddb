import { DateTime } from 'luxon';
import type { PartialDate } from '../record/person-record';
import { MappingError } from './mapping-error';

export interface TimeOfDay {
  hour: number;
  minute: number;
  second?: number;
}

/**
 * A day-precision date with the local time the owner recorded, in the owner's time zone: keeps the
 * local date and time as recorded and adds the offset and the UTC instant, so events can be
 * ordered across jurisdictions. A local time that does not exist (inside a daylight-saving gap)
 * is a MappingError.
 */
export function withLocalTime(field: string, date: PartialDate, time: TimeOfDay, timeZone: string): PartialDate {
  if (date.precision !== 'DAY') throw new MappingError(field, date.raw, 'a time of day needs a full date');
  const { hour, minute, second = 0 } = time;
  if (![hour, minute, second].every(Number.isInteger) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    throw new MappingError(field, date.raw, 'no such time of day');
  }
  const local = DateTime.fromObject({ year: date.year, month: date.month!, day: date.day!, hour, minute, second }, { zone: timeZone });
  if (!local.isValid) throw new MappingError(field, date.raw, `not a time in ${timeZone}`);
  // luxon moves a time inside a DST gap forward; such a time was never on a clock there.
  if (local.hour !== hour || local.minute !== minute) throw new MappingError(field, date.raw, 'a local time that does not exist (daylight-saving gap)');
  return {
    ...date,
    time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
    utcOffset: local.toFormat('ZZ'),
    instant: local.toUTC().toISO({ suppressMilliseconds: true }),
  };
}
