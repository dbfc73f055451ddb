import type { ScenarioDate } from '../../scenario/model';

const pad = (n: number | undefined, width = 2) => String(n ?? 0).padStart(width, '0');

/** "YYYY/MM/DD" with unknown parts written "00", as INTERPOL notices give dates of birth. */
export function noticeDate(date: ScenarioDate): string {
  return `${pad(date.year, 4)}/${pad(date.month)}/${pad(date.day)}`;
}

/** The "YYYY/MM/DD" day of an ISO 8601 timestamp. */
export function noticeDay(iso: string): string {
  return iso.slice(0, 10).replace(/-/g, '/');
}
