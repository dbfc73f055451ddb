import { DateTime } from 'luxon';
import type { ScenarioDate } from '../../scenario/model';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const pad = (n: number | undefined, width = 2) => String(n ?? 0).padStart(width, '0');

/** POLRI's Indonesian long form, written only as far as it is known: "14 Maret 1998", "Maret 1998", "1998". */
export function indonesianDate(date: ScenarioDate): string {
  const month = date.month === undefined ? undefined : MONTHS[date.month - 1];
  return [month && date.day, month, date.year].filter((p) => p !== undefined).join(' ');
}

/** Imigrasi's ISO 8601, partial as needed: "1998-03-14", "1998-03", "1998". */
export function isoDate(date: ScenarioDate): string {
  return [pad(date.year, 4), date.month && pad(date.month), date.month && date.day && pad(date.day)].filter(Boolean).join('-');
}

/** An event time in the agency's style: "2 Oktober 2024 pukul 05.30" (POLRI) or "2024-10-02T05:30" (Imigrasi). */
export function eventTime(date: ScenarioDate, style: 'POLRI' | 'IMIGRASI'): string {
  const day = style === 'POLRI' ? indonesianDate(date) : isoDate(date);
  if (date.hour === undefined || date.day === undefined || date.month === undefined) return day;
  return style === 'POLRI' ? `${day} pukul ${pad(date.hour)}.${pad(date.minute)}` : `${day}T${pad(date.hour)}:${pad(date.minute)}`;
}

/** An ISO instant in Western Indonesia Time, as the system stamps its records. */
export function wibTimestamp(iso: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone('Asia/Jakarta').toISO({ suppressMilliseconds: true })!;
}
