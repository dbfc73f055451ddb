import { renderTables } from '../render';
import { SAMPLE_RECORDS, dualNational, intercepted, repatriated, sparse, suspect, witness } from './sample-records';

const ZONE = 'Asia/Kuala_Lumpur';
const only = (record: Parameters<typeof renderTables>[0][number]) => renderTables([record], ZONE);

describe('renderTables', () => {
  it('writes a Malay name whole, patronymic included, with no surname', () => {
    const t = only(suspect);
    expect(t.orang[0]).toMatchObject({ nama_penuh: 'Mohd Faizal bin Osman', nama_keluarga: null, nama_tulisan_asal: null, jantina: 'L' });
    expect(only(witness).orang[0]).toMatchObject({ nama_penuh: 'Nor Azlina binti Hamid', nama_keluarga: null, jantina: 'P' });
  });

  it('writes other names in their own order with the passport surname beside them', () => {
    expect(only(intercepted).orang[0]).toMatchObject({ nama_penuh: 'Rowena Santos Bautista', nama_keluarga: 'Bautista' });
    expect(only(repatriated).orang[0]).toMatchObject({ nama_penuh: 'Nguyễn Thị Lan', nama_keluarga: 'Nguyễn' });
    expect(only(dualNational).orang[0]).toMatchObject({ nama_penuh: 'Anan Srisuk', nama_tulisan_asal: 'อนันต์ ศรีสุข', jantina: 'LL' });
    expect(only(sparse).orang[0]).toMatchObject({ nama_penuh: 'Hartono', nama_keluarga: null, jantina: null });
  });

  it('puts a full birth date in the date column and a partial one in the part columns', () => {
    expect(only(intercepted).orang[0]).toMatchObject({ tarikh_lahir: '1996-11-23', tahun_lahir: null, bulan_lahir: null });
    expect(only(witness).orang[0]).toMatchObject({ tarikh_lahir: null, tahun_lahir: 1999, bulan_lahir: 7 });
    expect(only(suspect).orang[0]).toMatchObject({ tarikh_lahir: null, tahun_lahir: 1984, bulan_lahir: null });
    expect(only(sparse).orang[0]).toMatchObject({ tarikh_lahir: null, tahun_lahir: null, bulan_lahir: null });
  });

  it('writes nationalities as Malay country names at PDRM and as ISO codes at JIM', () => {
    expect(only(dualNational).orang[0]!.warganegara).toEqual(['THAILAND', 'MYANMAR (BURMA)']);
    expect(only(intercepted).orang[0]!.warganegara).toEqual(['PHL']);
  });

  it('stamps changes in Malaysian local time without a zone', () => {
    expect(only(suspect).orang[0]!.dikemaskini).toBe('2024-10-03T09:30:00.000');
  });

  it('writes event times as local wall-clock time with zone and precision', () => {
    expect(only(suspect).peristiwa.map((e) => [e.jenis, e.masa_tempatan, e.zon_waktu, e.ketepatan, e.kod_operasi])).toEqual([
      ['PEREKRUTAN', '2024-01-01T00:00:00', ZONE, 'BULAN', null],
      ['TANGKAPAN', '2024-10-02T23:40:00', ZONE, 'MINIT', 'LIBERTERRA-II'],
    ]);
    expect(only(repatriated).peristiwa[0]).toMatchObject({ jenis: 'HANTAR_PULANG', ketepatan: 'BULAN', negara: 'VNM' });
    expect(only(intercepted).peristiwa[1]).toMatchObject({ jenis: 'PINTASAN', ketepatan: 'HARI', premis: 'ICQS Bukit Kayu Hitam' });
  });

  it('cites offences as each agency does and registers a shared case once', () => {
    const t = renderTables([suspect, witness, intercepted, dualNational], ZONE);
    expect(t.kes.map((k) => k.no_kes)).toEqual(['UJI-MYS-2024-0117', 'UJI-JIM-KDH-0032']);
    expect(t.kes_orang.map((k) => [k.no_rujukan, k.peranan, k.status])).toEqual([
      ['UJI/D3/2024/0117', 'SUSPEK', 'DITUDUH'],
      ['UJI/D3/2024/0118', 'SAKSI', 'DALAM_SIASATAN'],
      ['UJI/JIM/KDH/0032', 'MANGSA_BERPOTENSI', 'DIBUKA'],
      ['UJI/D3/2024/0120', 'SUSPEK', 'DITUDUH'],
    ]);
    const cited = (ref: string) => t.kes_kesalahan.filter((k) => k.no_rujukan === ref).map((k) => k.peruntukan);
    expect(cited('UJI/D3/2024/0117')).toEqual(['ATIPSOM 2007 s.12', 'AMLATFPUAA 2001 s.4(1)']);
    expect(cited('UJI/JIM/KDH/0032')).toEqual(['ATIPSOM 2007 sek.26A', 'Akta Imigresen 1959/63 sek.6(1)(c)']);
    expect(t.kes_orang[2]!.bentuk_eksploitasi).toEqual(['AKTIVITI_HARAM', 'BURUH_PAKSA']);
  });

  it('writes documents, phones and other identifiers as recorded', () => {
    const t = only(suspect);
    expect(t.dokumen_perjalanan.map((d) => [d.jenis, d.no_dokumen, d.negara_pengeluar, d.tarikh_luput, d.status])).toEqual([
      ['PASPORT', 'A38291047', 'MYS', '2030-05-11', 'SAH'],
      ['KAD_PENGENALAN', '840517-14-5523', 'MYS', null, 'BELUM_DISAHKAN'],
    ]);
    expect(t.telefon.map((p) => p.no_telefon)).toEqual(['012-384 2291']);
    expect(t.pengenal_lain.map((o) => [o.jenis, o.nilai])).toEqual([
      ['AKAUN_BANK', 'MBB:5140 1234 5678'],
      ['EMEL', 'Faizal.Kerja@Example.my'],
    ]);
  });

  it('is pure: the same records give the same rows, and the records are left as they were', () => {
    const before = structuredClone(SAMPLE_RECORDS);
    expect(renderTables(SAMPLE_RECORDS, ZONE)).toEqual(renderTables(SAMPLE_RECORDS, ZONE));
    expect(SAMPLE_RECORDS).toEqual(before);
  });
});
