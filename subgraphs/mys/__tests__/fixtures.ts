// Records as the adapter's query assembles them from the PDRM / JIM tables (queries.ts), written by
// hand so that mapping is tested against the agency's layout, not against our own simulator.
import { loadRegistry, type Jurisdiction } from '../../../schema/registry/registry';

export const MYS: Jurisdiction = loadRegistry().byCode('MYS')!;

/** PDRM's recruiter: a Malay name with its patronymic, birth year only, two documents, a case. */
export function nativeSuspect(): Record<string, unknown> {
  return {
    no_rujukan: 'D3/ATIP/2024/0117',
    agensi: 'PDRM',
    nama_penuh: 'Ahmad bin Ismail',
    nama_keluarga: null,
    nama_tulisan_asal: null,
    jantina: 'L',
    tarikh_lahir: null,
    tahun_lahir: 1984,
    bulan_lahir: null,
    warganegara: ['MALAYSIA'],
    kod_kawalan: 'H0',
    boleh_dikongsi: ['PHL', 'THA'],
    dikemaskini: '2024-10-03T09:30:00',
    peranan: ['SUSPEK', 'FASILITATOR'],
    dokumen_perjalanan: [
      { susunan: 0, jenis: 'PASPORT', no_dokumen: 'A38291047', negara_pengeluar: 'MYS', tarikh_luput: '2030-05-11', status: 'SAH' },
      { susunan: 1, jenis: 'KAD_PENGENALAN', no_dokumen: '840517-14-5523', negara_pengeluar: 'MYS', tarikh_luput: null, status: null },
    ],
    telefon: ['012-384 2291', '0123'],
    pengenal_lain: [
      { jenis: 'EMEL', nilai: 'Ahmad.Kerja@Example.my' },
      { jenis: 'DOMPET_KRIPTO', nilai: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u' },
    ],
    peristiwa: [
      { jenis: 'PEREKRUTAN', masa_tempatan: '2024-01-01T00:00:00', zon_waktu: 'Asia/Kuala_Lumpur', ketepatan: 'BULAN', negara: 'MYS', lokaliti: 'Johor Bahru', premis: null, kod_operasi: null, ringkasan: 'Posted fake job adverts.' },
      { jenis: 'TANGKAPAN', masa_tempatan: '2024-10-02T23:40:00', zon_waktu: 'Asia/Kuala_Lumpur', ketepatan: 'MINIT', negara: 'MYS', lokaliti: 'Johor Bahru', premis: null, kod_operasi: 'LIBERTERRA-II', ringkasan: 'Arrested at his flat.' },
    ],
    kes_orang: [
      {
        no_kes: 'MYS-2024-0117',
        peranan: 'SUSPEK',
        status: 'DITUDUH',
        bentuk_eksploitasi: ['AKTIVITI_HARAM'],
        kes_kesalahan: ['ATIPSOM 2007 s.12', 'AMLATFPUAA 2001 s.4(1)', 'Akta Imigresen 1959/63 sek.6(1)(c)'],
      },
    ],
  };
}

/** JIM's record of a Filipina: passport surname, full date of birth, Malay-free codes. */
export function nativeMigrant(): Record<string, unknown> {
  return {
    no_rujukan: 'JIM/KDH/2024/0032',
    agensi: 'JIM',
    nama_penuh: 'Rowena Santos Bautista',
    nama_keluarga: 'Bautista',
    jantina: 'P',
    tarikh_lahir: '1996-11-23',
    warganegara: ['PHL'],
    kod_kawalan: 'H2',
    boleh_dikongsi: ['PHL'],
    dikemaskini: '2024-10-01T18:00:00',
    peranan: ['PATI', 'MANGSA_BERPOTENSI'],
    dokumen_perjalanan: [{ jenis: 'PASPORT', no_dokumen: 'p 7730215 c', negara_pengeluar: 'PHL', tarikh_luput: '2031-02-28', status: 'SAH' }],
    telefon: ['+63 917 553 0192'],
    peristiwa: [{ jenis: 'PINTASAN', masa_tempatan: '2024-10-01T00:00:00', zon_waktu: 'Asia/Kuala_Lumpur', ketepatan: 'HARI', negara: 'MYS', lokaliti: 'Bukit Kayu Hitam' }],
  };
}
