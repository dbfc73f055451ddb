// The codes the PDRM / JIM database stores where Corridor has enums. The adapter keeps its own
// reading of them (subgraphs/mys/vocabulary.ts: it must not depend on the simulator); a test
// checks that it reads every code written here.
import type { DocumentStatus, EventType, IdentifierKind, PersonRole, Sex } from '../../kit/record/person-record';
import type { Offence } from '../../scenario/model';

export const PERANAN: Record<PersonRole, string> = {
  VICTIM: 'MANGSA',
  POTENTIAL_VICTIM: 'MANGSA_BERPOTENSI',
  SUSPECT: 'SUSPEK',
  WITNESS: 'SAKSI',
  // Pendatang asing tanpa izin: the Malaysian term for a migrant without a valid pass.
  IRREGULAR_MIGRANT: 'PATI',
  FACILITATOR: 'FASILITATOR',
};

/** Jantina: lelaki, perempuan, lain-lain; not recorded is NULL. */
export const JANTINA: Record<Sex, string | null> = { MALE: 'L', FEMALE: 'P', OTHER: 'LL', UNKNOWN: null };

export const JENIS_PERISTIWA: Record<EventType, string> = {
  RECRUITMENT: 'PEREKRUTAN',
  TRANSIT: 'TRANSIT',
  BORDER_CROSSING: 'LINTAS_SEMPADAN',
  EXPLOITATION: 'EKSPLOITASI',
  INTERCEPTION: 'PINTASAN',
  RESCUE: 'PENYELAMATAN',
  ARREST: 'TANGKAPAN',
  CHARGE: 'PERTUDUHAN',
  CONVICTION: 'SABITAN',
  REPATRIATION: 'HANTAR_PULANG',
};

export const JENIS_DOKUMEN: Record<'PASSPORT' | 'NATIONAL_ID', string> = { PASSPORT: 'PASPORT', NATIONAL_ID: 'KAD_PENGENALAN' };

export const STATUS_DOKUMEN: Record<DocumentStatus, string> = {
  VALID: 'SAH',
  EXPIRED: 'TAMAT_TEMPOH',
  STOLEN: 'DICURI',
  LOST: 'HILANG',
  REVOKED: 'DIBATALKAN',
  UNKNOWN: 'BELUM_DISAHKAN',
};

export const JENIS_PENGENAL: Record<Exclude<IdentifierKind, 'PHONE' | 'TRAVEL_DOCUMENT'>, string> = {
  EMAIL: 'EMEL',
  SOCIAL_HANDLE: 'MEDIA_SOSIAL',
  CRYPTO_WALLET: 'DOMPET_KRIPTO',
  BANK_ACCOUNT: 'AKAUN_BANK',
  IMEI: 'IMEI',
};

/** Case statuses the system knows; any other scenario status is written as it is. */
export const STATUS_KES: Record<string, string> = {
  OPEN: 'DIBUKA',
  UNDER_INVESTIGATION: 'DALAM_SIASATAN',
  CHARGED: 'DITUDUH',
  CLOSED: 'DITUTUP',
};

/**
 * Forms of exploitation in ATIPSOM 2007 s.2 terms. "Any illegal activity" is how the Act covers
 * forced criminality (scam compounds). Any other code is written as it is.
 */
export const BENTUK_EKSPLOITASI: Record<string, string> = {
  SEXUAL_EXPLOITATION: 'EKSPLOITASI_SEKS',
  FORCED_LABOUR: 'BURUH_PAKSA',
  FORCED_CRIMINALITY: 'AKTIVITI_HARAM',
  SLAVERY: 'PERHAMBAAN',
  SERVITUDE: 'PENGHAMBAAN',
  ORGAN_REMOVAL: 'PEMINDAHAN_ORGAN',
};

/**
 * The provision each offence is investigated under, as the investigation paper cites it. JIM
 * writes `sek.` (seksyen) where PDRM writes `s.`: the adapter reads both.
 *
 * | offence                | Malaysian law                                                              |
 * |------------------------|----------------------------------------------------------------------------|
 * | TRAFFICKING_IN_PERSONS | Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007 s.12   |
 * | MIGRANT_SMUGGLING      | same Act s.26A                                                             |
 * | FRAUD                  | Penal Code (Kanun Keseksaan) s.420, cheating                               |
 * | ILLEGAL_GAMBLING       | Common Gaming Houses Act 1953 (Akta Rumah Judi Terbuka) s.4                 |
 * | DOCUMENT_FRAUD         | Passports Act 1966 (Akta Pasport) s.12                                     |
 * | MONEY_LAUNDERING       | Anti-Money Laundering … Act 2001 (AMLATFPUAA) s.4(1)                        |
 * | IMMIGRATION_OFFENCE    | Immigration Act 1959/63 (Akta Imigresen) s.6(1)(c), no valid pass          |
 */
export const PERUNTUKAN: Record<Offence, { act: string; section: string }> = {
  TRAFFICKING_IN_PERSONS: { act: 'ATIPSOM 2007', section: '12' },
  MIGRANT_SMUGGLING: { act: 'ATIPSOM 2007', section: '26A' },
  FRAUD: { act: 'Kanun Keseksaan', section: '420' },
  ILLEGAL_GAMBLING: { act: 'Akta Rumah Judi Terbuka 1953', section: '4' },
  DOCUMENT_FRAUD: { act: 'Akta Pasport 1966', section: '12' },
  MONEY_LAUNDERING: { act: 'AMLATFPUAA 2001', section: '4(1)' },
  IMMIGRATION_OFFENCE: { act: 'Akta Imigresen 1959/63', section: '6(1)(c)' },
};

/** An offence as the agency cites it. */
export function citation(agency: string, offence: Offence): string {
  const { act, section } = PERUNTUKAN[offence];
  return `${act} ${agency === 'JIM' ? 'sek.' : 's.'}${section}`;
}
