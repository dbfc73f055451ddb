// The words the POLRI / Imigrasi system uses where Corridor has enums. The IDN adapter keeps its
// own copy of this vocabulary (it must not depend on the simulator); the round-trip test checks
// they agree.
import type { DocumentStatus, EventType, IdentifierKind, PersonRole, Sex } from '../../kit/record/person-record';
import type { Offence } from '../../scenario/model';

export const ROLE: Record<PersonRole, string> = {
  VICTIM: 'KORBAN',
  POTENTIAL_VICTIM: 'TERDUGA KORBAN',
  SUSPECT: 'TERSANGKA',
  WITNESS: 'SAKSI',
  IRREGULAR_MIGRANT: 'PMI NONPROSEDURAL',
  FACILITATOR: 'PERANTARA',
};

/** An irregular migrant who is not Indonesian is a foreigner without a valid stay. */
export const FOREIGN_IRREGULAR_MIGRANT = 'WNA ILEGAL';

export const EVENT_TYPE: Record<EventType, string> = {
  RECRUITMENT: 'PEREKRUTAN',
  TRANSIT: 'TRANSIT',
  BORDER_CROSSING: 'PELINTASAN PERBATASAN',
  EXPLOITATION: 'EKSPLOITASI',
  INTERCEPTION: 'PENUNDAAN KEBERANGKATAN',
  RESCUE: 'PENYELAMATAN',
  ARREST: 'PENANGKAPAN',
  CHARGE: 'PENUNTUTAN',
  CONVICTION: 'PUTUSAN',
  REPATRIATION: 'PEMULANGAN',
};

/** Indonesian forms have no value for OTHER: such a person has no jenis_kelamin. */
export const SEX: Record<Sex, 'L' | 'P' | null> = { MALE: 'L', FEMALE: 'P', OTHER: null, UNKNOWN: null };

export const DOCUMENT_STATUS: Record<DocumentStatus, string> = {
  VALID: 'BERLAKU',
  EXPIRED: 'KEDALUWARSA',
  STOLEN: 'DICURI',
  LOST: 'HILANG',
  REVOKED: 'DICABUT',
  UNKNOWN: 'BELUM DIVERIFIKASI',
};

export const CONTACT_KIND: Record<Exclude<IdentifierKind, 'PHONE' | 'TRAVEL_DOCUMENT'>, string> = {
  EMAIL: 'EMAIL',
  SOCIAL_HANDLE: 'MEDIA SOSIAL',
  CRYPTO_WALLET: 'DOMPET KRIPTO',
  BANK_ACCOUNT: 'REKENING BANK',
  IMEI: 'IMEI',
};

export const CASE_STAGE: Record<string, string> = {
  OPEN: 'PENYELIDIKAN',
  UNDER_INVESTIGATION: 'PENYIDIKAN',
  CHARGED: 'P-21',
  CLOSED: 'SELESAI',
};

export const EXPLOITATION: Record<string, string> = {
  SEXUAL_EXPLOITATION: 'EKSPLOITASI SEKSUAL',
  FORCED_LABOUR: 'KERJA PAKSA',
  FORCED_CRIMINALITY: 'KRIMINALITAS PAKSA',
};

/** The article each offence is charged under, cited the way a POLRI case file cites it. */
export const ARTICLE: Record<Offence, string> = {
  TRAFFICKING_IN_PERSONS: 'Pasal 2 ayat (1) UU No. 21 Tahun 2007',
  MIGRANT_SMUGGLING: 'Pasal 120 UU No. 6 Tahun 2011',
  IMMIGRATION_OFFENCE: 'Pasal 113 UU No. 6 Tahun 2011',
  DOCUMENT_FRAUD: 'Pasal 126 UU No. 6 Tahun 2011',
  FRAUD: 'Pasal 378 KUHP',
  ILLEGAL_GAMBLING: 'Pasal 303 KUHP',
  MONEY_LAUNDERING: 'Pasal 3 UU No. 8 Tahun 2010',
};

/** A case stage in POLRI's words; one it has no word for is written as the shared code. */
export const stageWord = (status: string): string => CASE_STAGE[status] ?? status.replace(/_/g, ' ');

/** An exploitation form in POLRI's words; one it has no word for is written in plain words (the adapter will refuse it). */
export const exploitationWord = (code: string): string => EXPLOITATION[code] ?? code.replace(/_/g, ' ');
