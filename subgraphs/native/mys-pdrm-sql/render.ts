import countries from 'i18n-iso-countries';
import { DateTime } from 'luxon';
import type { ScenarioDate, ScenarioName, ScenarioRecord } from '../../scenario/model';
import { emptyTables, type OrangRow, type PdrmTables, type PeristiwaRow } from './tables';
import {
  BENTUK_EKSPLOITASI,
  JANTINA,
  JENIS_DOKUMEN,
  JENIS_PENGENAL,
  JENIS_PERISTIWA,
  PERANAN,
  STATUS_DOKUMEN,
  STATUS_KES,
  citation,
} from './vocabulary';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');

/** Naming cultures that write the family name first (design/names.md). */
const FAMILY_FIRST = new Set(['VNM', 'CHN', 'KHM']);

/**
 * The name the way a Malaysian officer writes it: whole, in the person's own order. A Malay name
 * keeps its patronymic (`Ahmad bin Ismail`) and has no surname; other names get the passport's
 * surname in `nama_keluarga` too.
 */
function nameColumns(name: ScenarioName, nationalities: readonly string[]) {
  const { given, middle, family, patronymic } = name;
  let full: string;
  if (patronymic) full = join(given, middle, patronymic);
  else if (family && FAMILY_FIRST.has(nationalities[0] ?? '')) full = join(family, middle, given);
  else full = join(given, middle, family);
  return { nama_penuh: full, nama_keluarga: family ?? null, nama_tulisan_asal: name.nativeScript ?? null };
}

const isoDate = (d: ScenarioDate) => `${pad(d.year, 4)}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}`;

/** A full birth date goes in the date column; a partial one in the year and month columns. */
function birthColumns(birth: ScenarioDate | null) {
  if (birth === null) return { tarikh_lahir: null, tahun_lahir: null, bulan_lahir: null };
  if (birth.month !== undefined && birth.day !== undefined) return { tarikh_lahir: isoDate(birth), tahun_lahir: null, bulan_lahir: null };
  return { tarikh_lahir: null, tahun_lahir: birth.year, bulan_lahir: birth.month ?? null };
}

/** Scenario times are the owner's local time: the officer's wall clock, written with its zone. */
function eventTime(when: ScenarioDate, timeZone: string): Pick<PeristiwaRow, 'masa_tempatan' | 'zon_waktu' | 'ketepatan'> {
  const ketepatan = when.month === undefined ? 'TAHUN' : when.day === undefined ? 'BULAN' : when.hour === undefined ? 'HARI' : 'MINIT';
  return { masa_tempatan: `${isoDate(when)}T${pad(when.hour ?? 0)}:${pad(when.minute ?? 0)}:00`, zon_waktu: timeZone, ketepatan };
}

/** PDRM forms take the nationality as a Malay country name; JIM copies the passport's code. */
function nationality(agency: string, alpha3: string): string {
  if (agency === 'JIM') return alpha3;
  return countries.getName(alpha3, 'ms')?.toUpperCase() ?? alpha3;
}

/** The system clock stamps changes in Malaysian local time and stores no zone. */
function localStamp(iso: string, timeZone: string): string {
  const at = DateTime.fromISO(iso, { zone: 'utc' });
  if (!at.isValid) throw new Error(`scenario record has an updatedAt that is not ISO 8601`);
  return at.setZone(timeZone).toFormat("yyyy-LL-dd'T'HH:mm:ss.SSS");
}

function person(r: ScenarioRecord, timeZone: string): OrangRow {
  return {
    no_rujukan: r.localId,
    agensi: r.agency,
    ...nameColumns(r.name, r.nationalities),
    jantina: JANTINA[r.sex],
    ...birthColumns(r.birth),
    warganegara: r.nationalities.map((n) => nationality(r.agency, n)),
    kod_kawalan: r.handling.code,
    boleh_dikongsi: [...r.handling.releasableTo],
    dikemaskini: localStamp(r.updatedAt, timeZone),
  };
}

/** Add one scenario record's rows to the tables (cases shared between records are registered once). */
function addRecord(t: PdrmTables, r: ScenarioRecord, timeZone: string, cases: Set<string>): void {
  const key = { no_rujukan: r.localId, agensi: r.agency };
  t.orang.push(person(r, timeZone));
  r.roles.forEach((role, susunan) => t.peranan.push({ ...key, susunan, peranan: PERANAN[role] }));
  r.documents.forEach((d, susunan) =>
    t.dokumen_perjalanan.push({
      ...key,
      susunan,
      jenis: JENIS_DOKUMEN[d.type],
      no_dokumen: d.number,
      negara_pengeluar: d.issuingCountry,
      // The form takes a full expiry date only; a partial one is not recorded.
      tarikh_luput: d.expiry?.month !== undefined && d.expiry.day !== undefined ? isoDate(d.expiry) : null,
      status: STATUS_DOKUMEN[d.status],
    }),
  );
  r.phones.forEach((no_telefon, susunan) => t.telefon.push({ ...key, susunan, no_telefon }));
  r.otherIdentifiers.forEach((o, susunan) => t.pengenal_lain.push({ ...key, susunan, jenis: JENIS_PENGENAL[o.kind], nilai: o.value }));
  r.events.forEach((e, susunan) =>
    t.peristiwa.push({
      ...key,
      susunan,
      jenis: JENIS_PERISTIWA[e.type],
      ...eventTime(e.when, timeZone),
      negara: e.country,
      lokaliti: e.locality,
      premis: e.facility ?? null,
      kod_operasi: e.operation ?? null,
      ringkasan: e.summary,
    }),
  );
  r.cases.forEach((c, susunan) => {
    if (!cases.has(c.reference)) t.kes.push({ no_kes: c.reference });
    cases.add(c.reference);
    t.kes_orang.push({
      ...key,
      susunan,
      no_kes: c.reference,
      peranan: PERANAN[c.role],
      status: STATUS_KES[c.status] ?? c.status,
      bentuk_eksploitasi: c.exploitationTypes.map((x) => BENTUK_EKSPLOITASI[x] ?? x),
    });
    c.offences.forEach((o, i) => t.kes_kesalahan.push({ ...key, susunan_kes: susunan, susunan: i, peruntukan: citation(r.agency, o) }));
  });
}

/**
 * The scenario's MYS records as rows of the PDRM / JIM tables. `timeZone` is the agency's own
 * (the registry's, Asia/Kuala_Lumpur). Pure: the same records give the same rows.
 */
export function renderTables(records: readonly ScenarioRecord[], timeZone: string): PdrmTables {
  const tables = emptyTables();
  const cases = new Set<string>();
  for (const r of records) addRecord(tables, r, timeZone, cases);
  return tables;
}
