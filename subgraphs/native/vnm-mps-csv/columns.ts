// The header of the Ministry of Public Security's person-record export, in the order the system
// writes it. Column names are Vietnamese without diacritics (snake case), values keep theirs.
// The format is documented for integrators in subgraphs/vnm/README.md.

export const COLUMNS = [
  'so_ho_so', // record number, the MPS's own reference
  'ho_ten', // full name, family name first ("Nguyễn Thị Lan")
  'ho', // family name, filled only when the desk copied it separately (foreign passports)
  'ten_dem', // middle name(s), idem
  'ten', // given name(s), idem
  'gioi_tinh', // sex: Nam / Nữ / Khác / Không rõ
  'ngay_sinh', // DD/MM/YYYY, unknown parts 00
  'quoc_tich', // nationalities, ISO 3166-1 alpha-3, `;`-separated
  'giay_to', // identity documents, a JSON array
  'so_dien_thoai', // phone numbers as recorded, `;`-separated
  'email', // e-mail addresses, `;`-separated
  'dinh_danh_khac', // other identifiers (social media, wallets, bank accounts, IMEI), a JSON array
  'vai_tro', // roles, `;`-separated words
  'su_kien', // events, a JSON array
  'vu_an', // cases, a JSON array
  'ma_xu_ly', // handling code H0–H3
  'chia_se_voi', // releasable to, alpha-3, `;`-separated
  'cap_nhat_luc', // last modified, DD/MM/YYYY HH:mm:ss in Viet Nam local time
] as const;

export type Column = (typeof COLUMNS)[number];

/** One line of the export, every cell as text ('' when not recorded). */
export type ExportRow = Record<Column, string>;

/** Separator of the simple list columns; it never occurs inside one of their values. */
export const LIST_SEPARATOR = ';';
