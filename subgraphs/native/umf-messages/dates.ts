import { DateTime } from 'luxon';
import type { ScenarioDate } from '../../scenario/model';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 as far as it is known: `1990`, `1990-05`, `1990-05-17`. */
export function isoPartialDate(date: ScenarioDate): string {
  const year = pad(date.year, 4);
  if (date.month === undefined) return year;
  if (date.day === undefined) return `${year}-${pad(date.month)}`;
  return `${year}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * An event's `dateTime`. Scenario times are wall-clock times in the owner's zone; the bureau
 * writes them with the UTC offset that zone had on that day (DST included), so the instant is
 * exact and the local date still reads as written. A date without a time has no offset: adding
 * one would invent a midnight.
 */
export function umfDateTime(when: ScenarioDate, timeZone: string): string {
  if (when.hour === undefined || when.month === undefined || when.day === undefined) return isoPartialDate(when);
  const local = DateTime.fromObject(
    { year: when.year, month: when.month, day: when.day, hour: when.hour, minute: when.minute ?? 0 },
    { zone: timeZone },
  );
  if (!local.isValid) throw new RangeError(`scenario time cannot be placed in ${timeZone}: ${local.invalidExplanation ?? 'invalid'}`);
  return local.toISO({ suppressMilliseconds: true });
}

/** The bureau's clock when it writes a message header: local time with the offset. */
export function localNow(timeZone: string): string {
  return DateTime.now().setZone(timeZone).startOf('second').toISO({ suppressMilliseconds: true }) ?? new Date().toISOString();
}
