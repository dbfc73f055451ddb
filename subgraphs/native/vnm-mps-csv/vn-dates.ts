import { DateTime } from 'luxon';
import type { ScenarioDate } from '../../scenario/model';

const pad = (n: number | undefined, width = 2) => String(n ?? 0).padStart(width, '0');

/** `DD/MM/YYYY`, unknown parts written `00` (`00/03/1998`, `00/00/1998`), as MPS forms do. */
export function vnDate(date: ScenarioDate): string {
  return `${pad(date.day)}/${pad(date.month)}/${pad(date.year, 4)}`;
}

/** An event's date, with ` HH:mm` (24-hour, local time) when the time is known. */
export function vnDateTime(date: ScenarioDate): string {
  return date.hour === undefined ? vnDate(date) : `${vnDate(date)} ${pad(date.hour)}:${pad(date.minute)}`;
}

/** An instant as the system stamps rows: `DD/MM/YYYY HH:mm:ss` in local time, no offset written. */
export function localTimestamp(iso: string, timeZone: string): string {
  const at = DateTime.fromISO(iso, { zone: 'utc' });
  if (!at.isValid) throw new RangeError('not an ISO 8601 instant');
  return at.setZone(timeZone).toFormat('dd/MM/yyyy HH:mm:ss');
}
