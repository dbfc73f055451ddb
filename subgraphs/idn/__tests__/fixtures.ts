// Native POLRI / Imigrasi records and API answers as the agencies document them, written by hand
// so the adapter is tested against the native contract, not against our own simulator.
import nock from 'nock';
import { loadRegistry, type Jurisdiction } from '../../../schema/registry/registry';
import type { AdapterSettings } from '../../kit/subgraph/run-country';

export const IDN: Jurisdiction = loadRegistry().byCode('IDN')!;
export const BASE_URL = 'http://polri.example.test';
export const LOOKUP_PATH = '/api/v2/subjek/cari';
export const PAGE_PATH = '/api/v2/subjek';
export const settings: AdapterSettings = { jurisdiction: IDN, baseUrl: BASE_URL, timeoutMs: 2000 };

export const VICTIM_ID = 'IDN:POLRI:LP/B/412/X/2024/BARESKRIM';
export const SUSPECT_ID = 'IDN:IMIGRASI:IMI-2024-000871';
export const SPARSE_ID = 'IDN:IMIGRASI:IMI-2024-000210';

/** A victim as POLRI holds her: a mononym, Indonesian dates, an alias. */
export function victimNative(): Record<string, unknown> {
  return {
    nomor_registrasi: 'LP/B/412/X/2024/BARESKRIM',
    instansi: 'POLRI',
    nama_lengkap: 'Suharti',
    nama_depan: 'Suharti',
    nama_belakang: null,
    alias: ['Harti'],
    jenis_kelamin: 'P',
    tanggal_lahir: '14 Maret 1998',
    kewarganegaraan: ['IDN'],
    dokumen: [
      { jenis: 'PASPOR', nomor: 'C1234567', negara_penerbit: 'IDN', berlaku_sampai: '30 Juni 2031', status: 'BERLAKU' },
      { jenis: 'KTP', nomor: '3171234567890001', negara_penerbit: 'IDN', berlaku_sampai: null, status: 'BERLAKU' },
    ],
    telepon: ['0812-3456-7890'],
    kontak_lain: [{ jenis: 'MEDIA SOSIAL', nilai: 'facebook:Suharti.98' }],
    peran: ['KORBAN', 'PMI NONPROSEDURAL'],
    peristiwa: [
      { jenis: 'PEREKRUTAN', waktu: 'Februari 2024', negara: 'IDN', lokasi: 'Kabupaten Indramayu, Jawa Barat', tempat: null, kode_operasi: null, uraian: 'Direkrut lewat iklan lowongan kerja daring.' },
      { jenis: 'PENYELAMATAN', waktu: '2 Oktober 2024 pukul 05.30 WIB', negara: 'KHM', lokasi: 'Sihanoukville', tempat: 'Kaibo compound', kode_operasi: 'LIBERTERRA-II', uraian: 'Diselamatkan dalam penggerebekan.' },
      { jenis: 'PEMULANGAN', waktu: '2024-10-20', negara: 'IDN', lokasi: 'Jakarta', tempat: 'Bandara Soekarno-Hatta', kode_operasi: null, uraian: null },
    ],
    perkara: [{ nomor_perkara: 'BP/123/X/2024/DITTIPIDUM', peran: 'KORBAN', tahap: 'PENYIDIKAN', eksploitasi: ['KRIMINALITAS PAKSA'], pasal: ['Pasal 4 UU No. 21 Tahun 2007'] }],
    kode_penanganan: 'H1',
    dapat_dibagikan_ke: ['KHM', 'PHL'],
    diperbarui: '2024-10-05T16:15:00+07:00',
  };
}

/** The recruiter as Imigrasi holds him: a two-part passport name, ISO dates, five articles cited. */
export function suspectNative(): Record<string, unknown> {
  return {
    nomor_registrasi: 'IMI-2024-000871',
    instansi: 'IMIGRASI',
    nama_lengkap: 'BUDI SAPUTRA',
    nama_depan: 'BUDI',
    nama_belakang: 'SAPUTRA',
    jenis_kelamin: 'L',
    tanggal_lahir: '1986-07',
    kewarganegaraan: ['IDN'],
    dokumen: [{ jenis: 'PASPOR', nomor: 'X 918 2042', negara_penerbit: 'IDN', berlaku_sampai: '2029-01-17', status: 'DICABUT' }],
    telepon: ['+62 812 3456 7891'],
    peran: ['TERSANGKA', 'PERANTARA'],
    peristiwa: [
      { jenis: 'PENANGKAPAN', waktu: '2024-10-01T18:00', negara: 'IDN', lokasi: 'Tangerang, Banten', tempat: 'Bandara Soekarno-Hatta', kode_operasi: 'LIBERTERRA-II', uraian: null },
    ],
    perkara: [
      {
        nomor_perkara: 'BP/123/X/2024/DITTIPIDUM',
        peran: 'TERSANGKA',
        tahap: 'P-21',
        eksploitasi: ['KRIMINALITAS PAKSA', 'kerja paksa'],
        pasal: ['UU 21/2007 Pasal 2 ayat (1)', 'Pasal 120 UU No. 6 Tahun 2011', 'Pasal 27 ayat (2) UU 11/2008', 'pasal 303 bis KUHP', 'UU No. 8 Tahun 2010 Pasal 3'],
      },
    ],
    kode_penanganan: 'H0',
    dapat_dibagikan_ke: [],
    diperbarui: '2024-10-02T09:00:00+07:00',
  };
}

/** An Imigrasi mononym, the name repeated as the surname for foreign visa systems; nothing else. */
export function sparseNative(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { nomor_registrasi: 'IMI-2024-000210', instansi: 'IMIGRASI', nama_lengkap: 'SUTRISNO', nama_depan: 'SUTRISNO', nama_belakang: 'SUTRISNO', peran: ['PMI NONPROSEDURAL'], ...overrides };
}

/** A page answer of the subject API. */
export function pageAnswer(data: unknown[], next: string | null, total = data.length) {
  return { status: 'OK', data, kursor_berikutnya: next, jumlah_total: total };
}

/** The native API under nock; nothing else on the network answers. */
export function nativeApi(): nock.Scope {
  return nock(BASE_URL);
}
