// MPS export rows and drop answers as the agency documents them (subgraphs/vnm/README.md), written
// here rather than by the simulator, so the adapter is tested against the native contract.
import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import nock from 'nock';
import { loadRegistry, type Jurisdiction } from '../../../schema/registry/registry';
import type { AdapterSettings } from '../../kit/subgraph/run-country';

export const VNM: Jurisdiction = loadRegistry().byCode('VNM')!;
export const BASE_URL = 'http://mps-drop.example.test';
export const settings: AdapterSettings = { jurisdiction: VNM, baseUrl: BASE_URL, timeoutMs: 2000 };

export type Row = Record<string, string>;

export const HEADER = [
  'so_ho_so', 'ho_ten', 'ho', 'ten_dem', 'ten', 'gioi_tinh', 'ngay_sinh', 'quoc_tich', 'giay_to', 'so_dien_thoai', 'email',
  'dinh_danh_khac', 'vai_tro', 'su_kien', 'vu_an', 'ma_xu_ly', 'chia_se_voi', 'cap_nhat_luc',
];

/** A Vietnamese victim lured to a scam compound in Cambodia. */
export function victimRow(overrides: Row = {}): Row {
  return {
    so_ho_so: 'C03-2024-000517',
    ho_ten: 'Nguyễn Thị Lan',
    gioi_tinh: 'Nữ',
    ngay_sinh: '00/03/1999',
    quoc_tich: 'VNM',
    giay_to: JSON.stringify([
      { loai: 'Hộ chiếu', so: 'C1234567', noi_cap: 'VNM', ngay_het_han: '30/06/2031', tinh_trang: 'Còn hiệu lực' },
      { loai: 'CCCD', so: '042199001234', noi_cap: 'VNM' },
    ]),
    so_dien_thoai: '0912 345 678; +855 12 345 678',
    email: 'Lan.Nguyen99@example.vn',
    dinh_danh_khac: JSON.stringify([{ loai: 'Zalo', gia_tri: 'lan.nguyen.99' }]),
    vai_tro: 'Nạn nhân',
    su_kien: JSON.stringify([
      { loai: 'Tuyển mộ', thoi_gian: '00/05/2024', quoc_gia: 'VNM', dia_diem: 'Hà Tĩnh', tom_tat: 'Nhận lời mời việc làm qua mạng.' },
      { loai: 'Xuất cảnh', thoi_gian: '12/05/2024 06:40', quoc_gia: 'VNM', dia_diem: 'Mộc Bài, Tây Ninh' },
      { loai: 'Giải cứu', thoi_gian: '02/10/2024 05:30', quoc_gia: 'KHM', dia_diem: 'Sihanoukville', co_so: 'Khu "Golden Sun"', chuyen_an: 'LIBERTERRA-II' },
    ]),
    vu_an: JSON.stringify([
      { so_vu_an: 'VNM-2024-0088', vai_tro: 'Nạn nhân', tinh_trang: 'Đang điều tra', hinh_thuc_boc_lot: ['Cưỡng bức phạm tội'], toi_danh: ['Điều 150 (Mua bán người)'] },
    ]),
    ma_xu_ly: 'H2',
    chia_se_voi: 'KHM;THA',
    cap_nhat_luc: '05/10/2024 16:15:00',
    ...overrides,
  };
}

/** A Chinese suspect: a foreign passport name, copied into the part columns too. */
export function suspectRow(overrides: Row = {}): Row {
  return {
    so_ho_so: 'C03-2024-000530',
    ho_ten: 'ZHANG WEI',
    ho: 'ZHANG',
    ten: 'WEI',
    gioi_tinh: 'Nam',
    quoc_tich: 'CHN',
    giay_to: JSON.stringify([{ loai: 'Hộ chiếu', so: 'E 1234 5678', noi_cap: 'CHN' }]),
    vai_tro: 'Nghi phạm',
    vu_an: JSON.stringify([{ so_vu_an: 'VNM-2024-0088', vai_tro: 'Nghi phạm', tinh_trang: 'Đã truy tố', toi_danh: ['Điều 150', 'Điều 348'] }]),
    ma_xu_ly: 'H0',
    ...overrides,
  };
}

/** A line with as little as an immigration desk writes down. */
export function sparseRow(overrides: Row = {}): Row {
  return { so_ho_so: 'A08-2024-001204', ho_ten: 'Trần Thị Thu Hương', vai_tro: 'Xuất nhập cảnh trái phép', ...overrides };
}

/** An export file's text, written with csv-stringify as the MPS system writes it (CRLF, BOM optional). */
export function exportText(rows: readonly Row[], { header = HEADER, bom = true }: { header?: string[]; bom?: boolean } = {}): string {
  return stringify(rows.map((r) => header.map((c) => r[c] ?? '')), { header: true, columns: header, bom, record_delimiter: 'windows' });
}

export const exportBytes = (rows: readonly Row[], options?: Parameters<typeof exportText>[1]) => Buffer.from(exportText(rows, options), 'utf8');

export const exportName = (sequence: number, day = '20241005') => `ho_so_doi_tuong_${day}_${String(sequence).padStart(4, '0')}.csv`;
export const etagOf = (bytes: Buffer) => `"${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}"`;

export interface DropFile {
  name: string;
  bytes: Buffer;
}

export const file = (sequence: number, bytes: Buffer): DropFile => ({ name: exportName(sequence), bytes });

/** The `GET /exports/` answer for these files (and any extra raw entries). */
export function listingOf(files: readonly DropFile[], extra: object[] = []) {
  return {
    exports: [
      ...files.map((f) => ({ name: f.name, size: f.bytes.length, mtime: '2024-10-04T18:30:00.000Z', etag: etagOf(f.bytes), records: null })),
      ...extra,
    ],
  };
}

/** The drop under nock; nothing else on the network answers. */
export const drop = (): nock.Scope => nock(BASE_URL);

/** Expect one listing call answering these files. */
export const expectListing = (files: readonly DropFile[], extra: object[] = []) => drop().get('/exports/').reply(200, listingOf(files, extra));

/** Expect one download of this file. */
export const expectDownload = (f: DropFile) =>
  drop().get(`/exports/${f.name}`).reply(200, f.bytes, { 'content-type': 'text/csv; charset=utf-8', etag: etagOf(f.bytes) });
