import { DateTime } from 'luxon';
import type { ScenarioDate } from '../../scenario/model';

const pad = (n: number | undefined, width = 2) => String(n ?? 0).padStart(width, '0');

/** "DD-MM-YYYY" with unknown parts written "00", as CNP forms record dates. */
export function cnpDate(date: ScenarioDate): string {
  return `${pad(date.day)}-${pad(date.month)}-${pad(date.year, 4)}`;
}

/** An event date: "DD-MM-YYYY HH:mm" (24-hour) when the time is known. */
export function cnpDateTime(date: ScenarioDate): string {
  const day = cnpDate(date);
  return date.hour === undefined || date.day === undefined ? day : `${day} ${pad(date.hour)}:${pad(date.minute)}`;
}

/** ASCII digits as Khmer digits (០–៩), as the Khmer side of an identity card writes them. */
export function khmerDigits(text: string): string {
  return text.replace(/\d/g, (d) => String.fromCharCode(0x17e0 + Number(d)));
}

/** An ISO instant as the CNP stores it: Phnom Penh local time, no offset. */
export function cnpTimestamp(iso: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).setZone('Asia/Phnom_Penh').toFormat('yyyy-MM-dd HH:mm:ss');
}
