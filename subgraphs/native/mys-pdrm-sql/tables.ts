// Rows of the PDRM / JIM tables (schema.sql), as the loader inserts them. Dates and timestamps are
// ISO text, which PostgreSQL casts on insert.

interface PersonKey {
  no_rujukan: string;
  agensi: string;
}

interface Ordered extends PersonKey {
  susunan: number;
}

export interface OrangRow extends PersonKey {
  nama_penuh: string;
  nama_keluarga: string | null;
  nama_tulisan_asal: string | null;
  jantina: string | null;
  tarikh_lahir: string | null;
  tahun_lahir: number | null;
  bulan_lahir: number | null;
  warganegara: string[];
  kod_kawalan: string | null;
  boleh_dikongsi: string[];
  dikemaskini: string;
}

export interface PerananRow extends Ordered {
  peranan: string;
}

export interface DokumenRow extends Ordered {
  jenis: string;
  no_dokumen: string;
  negara_pengeluar: string | null;
  tarikh_luput: string | null;
  status: string | null;
}

export interface TelefonRow extends Ordered {
  no_telefon: string;
}

export interface PengenalRow extends Ordered {
  jenis: string;
  nilai: string;
}

export interface PeristiwaRow extends Ordered {
  jenis: string;
  masa_tempatan: string | null;
  zon_waktu: string | null;
  ketepatan: string | null;
  negara: string | null;
  lokaliti: string | null;
  premis: string | null;
  kod_operasi: string | null;
  ringkasan: string | null;
}

export interface KesRow {
  no_kes: string;
}

export interface KesOrangRow extends Ordered {
  no_kes: string;
  peranan: string | null;
  status: string | null;
  bentuk_eksploitasi: string[];
}

export interface KesKesalahanRow extends Ordered {
  susunan_kes: number;
  peruntukan: string;
}

export interface PdrmTables {
  orang: OrangRow[];
  peranan: PerananRow[];
  dokumen_perjalanan: DokumenRow[];
  telefon: TelefonRow[];
  pengenal_lain: PengenalRow[];
  peristiwa: PeristiwaRow[];
  kes: KesRow[];
  kes_orang: KesOrangRow[];
  kes_kesalahan: KesKesalahanRow[];
}

/** Every table, parents before children: the order inserts must follow for the foreign keys. */
export const TABLE_ORDER = [
  'orang',
  'peranan',
  'dokumen_perjalanan',
  'telefon',
  'pengenal_lain',
  'peristiwa',
  'kes',
  'kes_orang',
  'kes_kesalahan',
] as const satisfies readonly (keyof PdrmTables)[];

export const emptyTables = (): PdrmTables => ({
  orang: [],
  peranan: [],
  dokumen_perjalanan: [],
  telefon: [],
  pengenal_lain: [],
  peristiwa: [],
  kes: [],
  kes_orang: [],
  kes_kesalahan: [],
});
