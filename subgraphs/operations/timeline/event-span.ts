import { DateTime } from 'luxon';

/** An event date as the gateway hands it over through `@requires` (schema/shared/record.graphql). */
export interface RequiredDate {
  year?: number | null;
  month?: number | null;
  day?: number | null;
  iso?: string | null;
  precision?: 'YEAR' | 'MONTH' | 'DAY' | null;
  raw?: string | null;
  calendar?: string | null;
  time?: string | null;
  utcOffset?: string | null;
  instant?: string | null;
}

export type TimelineBasis = 'INSTANT' | 'DAY' | 'MONTH' | 'YEAR';

/** The span of time a date allows, in UTC milliseconds: `from` inclusive, `until` exclusive. */
export interface EventSpan {
  readonly basis: TimelineBasis;
  readonly from: number;
  readonly until: number;
  /** The zone a date without a time was read in; null for a recorded instant. */
  readonly timeZone: string | null;
}

const UNITS = { YEAR: 'year', MONTH: 'month', DAY: 'day' } as const;
const isInt = (n: unknown): n is number => Number.isInteger(n);

/**
 * The moment the owner recorded, when it recorded a time. Adapters fill `instant`; a date with a
 * local time and offset but no instant is still one moment, so it is not demoted to its day.
 */
function recordedInstant(when: RequiredDate): number | null {
  if (when.instant) {
    const at = DateTime.fromISO(when.instant, { setZone: true });
    if (at.isValid) return at.toMillis();
  }
  if (when.time && when.utcOffset && isInt(when.year) && isInt(when.month) && isInt(when.day)) {
    const pad = (n: number) => String(n).padStart(2, '0');
    const at = DateTime.fromISO(`${String(when.year).padStart(4, '0')}-${pad(when.month)}-${pad(when.day)}T${when.time}${when.utcOffset}`, { setZone: true });
    if (at.isValid) return at.toMillis();
  }
  return null;
}

/** The finest basis the date supports: what it says it knows, and no more than the parts it has. */
function dateBasis(when: RequiredDate): Exclude<TimelineBasis, 'INSTANT'> | null {
  if (!isInt(when.year)) return null;
  const has: Exclude<TimelineBasis, 'INSTANT'> = isInt(when.month) ? (isInt(when.day) ? 'DAY' : 'MONTH') : 'YEAR';
  const order = ['YEAR', 'MONTH', 'DAY'] as const;
  const said = when.precision ?? 'DAY';
  return order[Math.min(order.indexOf(has), order.indexOf(said))]!;
}

/**
 * Where an event date sits in time, for ordering events across jurisdictions: the recorded UTC
 * instant when the owner recorded a time; otherwise the whole day, month or year, from its first
 * moment in `timeZone` (the owner's) to the first moment after it. Years are Gregorian (owners
 * convert other calendars). Null when the date says nothing usable: no year, or no such date.
 */
export function eventSpan(when: RequiredDate | null | undefined, timeZone: string): EventSpan | null {
  if (!when) return null;
  const instant = recordedInstant(when);
  if (instant !== null) return { basis: 'INSTANT', from: instant, until: instant, timeZone: null };
  const basis = dateBasis(when);
  if (!basis) return null;
  const unit = UNITS[basis];
  const parts = { year: when.year!, month: basis === 'YEAR' ? 1 : when.month!, day: basis === 'DAY' ? when.day! : 1 };
  // Where midnight does not exist (a daylight-saving change at 00:00), the day starts at the first
  // moment that does; startOf gives exactly that.
  const start = DateTime.fromObject(parts, { zone: timeZone });
  if (!start.isValid) return null;
  const from = start.startOf(unit);
  const until = from.plus({ [`${unit}s`]: 1 }).startOf(unit);
  return { basis, from: from.toMillis(), until: until.toMillis(), timeZone };
}
