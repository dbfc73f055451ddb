// The subject record as the POLRI / Imigrasi records system publishes it: its own shape and
// Indonesian words, not Corridor's. The IDN adapter (subgraphs/idn) is what translates it.

export interface NativeEvent {
  /** "PEREKRUTAN", "PENUNDAAN KEBERANGKATAN", "PENYELAMATAN", "PENANGKAPAN", … */
  jenis: string;
  /** POLRI: "2 Oktober 2024 pukul 05.30", "Oktober 2024", "2024"; Imigrasi: ISO 8601, local time. */
  waktu: string;
  /** ISO 3166-1 alpha-3. */
  negara: string;
  lokasi: string | null;
  tempat: string | null;
  kode_operasi: string | null;
  uraian: string | null;
}

export interface NativeDocument {
  /** "PASPOR", "KTP" (Indonesian identity card), "KARTU IDENTITAS" (a foreign one). */
  jenis: string;
  nomor: string;
  /** ISO 3166-1 alpha-3. */
  negara_penerbit: string;
  /** In the agency's date style, as for birth dates. */
  berlaku_sampai: string | null;
  /** "BERLAKU", "KEDALUWARSA", "DICURI", "HILANG", "DICABUT", "BELUM DIVERIFIKASI". */
  status: string;
}

export interface NativeCase {
  nomor_perkara: string;
  peran: string;
  /** "PENYELIDIKAN", "PENYIDIKAN", "P-21", "SELESAI". */
  tahap: string;
  /** "KRIMINALITAS PAKSA", "KERJA PAKSA", "EKSPLOITASI SEKSUAL". */
  eksploitasi: string[];
  /** Articles cited, e.g. "Pasal 2 ayat (1) UU No. 21 Tahun 2007", "Pasal 120 UU No. 6 Tahun 2011". */
  pasal: string[];
}

export interface NativeSubject {
  nomor_registrasi: string;
  instansi: string;
  /** The name as recorded: POLRI as the person gives it, Imigrasi in capitals off the passport. */
  nama_lengkap: string;
  /** The form's first-name field. */
  nama_depan: string | null;
  /** The form's last-name field: empty for a mononym at POLRI, the name repeated at Imigrasi. */
  nama_belakang: string | null;
  alias: string[];
  /** "L" (laki-laki) or "P" (perempuan); forms know no other value. */
  jenis_kelamin: 'L' | 'P' | null;
  /** POLRI: "14 Maret 1998", "Maret 1998", "1998"; Imigrasi: "1998-03-14", "1998-03", "1998". */
  tanggal_lahir: string | null;
  /** ISO 3166-1 alpha-3. */
  kewarganegaraan: string[];
  dokumen: NativeDocument[];
  telepon: string[];
  /** jenis: "EMAIL", "MEDIA SOSIAL", "DOMPET KRIPTO", "REKENING BANK", "IMEI". */
  kontak_lain: { jenis: string; nilai: string }[];
  /** "KORBAN", "TERDUGA KORBAN", "TERSANGKA", "SAKSI", "PMI NONPROSEDURAL", "WNA ILEGAL", "PERANTARA". */
  peran: string[];
  peristiwa: NativeEvent[];
  perkara: NativeCase[];
  /** "H0" … "H3". */
  kode_penanganan: string;
  /** ISO 3166-1 alpha-3. */
  dapat_dibagikan_ke: string[];
  /** ISO 8601 in Western Indonesia Time, "+07:00". */
  diperbarui: string;
}
