import { DateTime, IANAZone } from 'luxon';
import { parseIsoDate, partialDate } from '../kit/mapping/dates';
import { withLocalTime } from '../kit/mapping/local-time';
import { MappingError } from '../kit/mapping/mapping-error';
import type { DatePrecision, PartialDate } from '../kit/record/person-record';

const pad = (n: number) => String(n).padStart(2, '0');

interface BirthColumns {
  tarikh_lahir: string | null;
  tahun_lahir: number | null;
  bulan_lahir: number | null;
}

/**
 * Date of birth: the `tarikh_lahir` date when fully known, else the known parts in `tahun_lahir`
 * and `bulan_lahir`. Parts that do not make a date (month 13) or contradict the full date are a
 * MappingError; `raw` keeps the recorded value (`1998-03-14`, `1998-03`, `1998`).
 */
export function birthDate({ tarikh_lahir, tahun_lahir, bulan_lahir }: BirthColumns): PartialDate | null {
  if (tarikh_lahir !== null) {
    const date = parseIsoDate('tarikh_lahir', tarikh_lahir);
    if ((tahun_lahir !== null && tahun_lahir !== date.year) || (bulan_lahir !== null && bulan_lahir !== date.month)) {
      throw new MappingError('tarikh_lahir', tarikh_lahir, 'the date and its year / month columns disagree');
    }
    return date;
  }
  if (tahun_lahir === null) {
    if (bulan_lahir !== null) throw new MappingError('tarikh_lahir', bulan_lahir, 'a month of birth without a year');
    return null;
  }
  const raw = bulan_lahir === null ? String(tahun_lahir) : `${tahun_lahir}-${pad(bulan_lahir)}`;
  return partialDate('tarikh_lahir', { year: tahun_lahir, month: bulan_lahir }, raw);
}

/** `peristiwa.ketepatan`: how much of the stored timestamp the officer actually knew. */
const PRECISIONS: Readonly<Record<string, DatePrecision>> = { TAHUN: 'YEAR', BULAN: 'MONTH', HARI: 'DAY', MINIT: 'DAY' };

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

// Checking a zone builds an Intl formatter, which costs more than mapping the rest of a record;
// a database holds a handful of zones, so each is checked once.
const zoneValidity = new Map<string, boolean>();
function isZone(zone: string): boolean {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) zoneValidity.set(zone, (valid = IANAZone.isValidZone(zone)));
  return valid;
}

/**
 * When an event happened: the officer's wall-clock time `masa_tempatan` in zone `zon_waktu`, known
 * to the precision `ketepatan` (none recorded: the whole date). The date is the local calendar
 * date, deliberately not shifted to UTC: 23:40 in Kuala Lumpur is that day to whoever recorded it.
 * Only `MINIT` says the time itself was known (the other precisions store midnight as a
 * placeholder); such a time adds its offset and UTC instant in the recorded zone, or `timeZone`
 * (the jurisdiction's) when the row names none. `raw` keeps the time and zone. A zone that is not
 * an IANA zone, or a wall time that zone never showed (a daylight-saving gap), is a MappingError.
 */
export function eventDate(field: string, masa: string | null, zone: string | null, ketepatan: string | null, timeZone: string): PartialDate | null {
  if (masa === null) return null;
  const raw = zone ? `${masa} ${zone}` : masa;
  const m = WALL_TIME.exec(masa);
  if (!m) throw new MappingError(`${field}.masa_tempatan`, masa, 'not a timestamp');
  const [year, month, day, hour, minute] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  if (zone !== null) {
    if (!isZone(zone)) throw new MappingError(`${field}.zon_waktu`, zone, 'not an IANA time zone');
    // Luxon moves a time inside a gap forward; one that moved is a time nobody's clock showed.
    const shown = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
    if (!shown.isValid || shown.day !== day || shown.hour !== hour || shown.minute !== minute) {
      throw new MappingError(`${field}.masa_tempatan`, masa, 'a time that zone never showed');
    }
  }
  const known = ketepatan === null ? null : ketepatan.trim().toUpperCase();
  const precision = known === null ? 'DAY' : PRECISIONS[known];
  if (precision === undefined) throw new MappingError(`${field}.ketepatan`, ketepatan, 'not a precision of the PDRM / JIM system');
  const date = partialDate(field, { year, month: precision === 'YEAR' ? null : month, day: precision === 'DAY' ? day : null }, raw);
  return known === 'MINIT' ? withLocalTime(`${field}.masa_tempatan`, date, { hour, minute }, zone ?? timeZone) : date;
}

/**
 * `dikemaskini`: the system clock's local time without a zone. The registry's time zone of the
 * jurisdiction makes it an instant; the shared schema wants UTC.
 */
export function updatedAt(raw: string, timeZone: string): string {
  const local = DateTime.fromISO(raw, { zone: timeZone });
  if (!local.isValid) throw new MappingError('dikemaskini', raw, 'not a timestamp');
  return local.toUTC().toISO()!;
}
