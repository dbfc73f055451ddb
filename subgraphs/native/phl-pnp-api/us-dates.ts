import type { ScenarioDate } from '../../scenario/model';

const pad = (n: number | undefined, width = 2) => String(n ?? 0).padStart(width, '0');

/** "MM/DD/YYYY" with unknown parts written "00", as PNP intake forms record birth dates. */
export function usDate(date: ScenarioDate): string {
  return `${pad(date.month)}/${pad(date.day)}/${pad(date.year, 4)}`;
}

/**
 * Incident dates are written only as far as they are known: "MM/DD/YYYY hh:mm AM",
 * "MM/DD/YYYY", "MM/YYYY" or "YYYY" (unlike birth dates, which always have three parts).
 */
export function incidentDate(date: ScenarioDate): string {
  const year = pad(date.year, 4);
  if (date.month === undefined) return year;
  if (date.day === undefined) return `${pad(date.month)}/${year}`;
  const day = usDate(date);
  if (date.hour === undefined) return day;
  const hour12 = date.hour % 12 === 0 ? 12 : date.hour % 12;
  return `${day} ${pad(hour12)}:${pad(date.minute)} ${date.hour < 12 ? 'AM' : 'PM'}`;
}
