import { stringify } from 'csv-stringify/sync';
import type { ScenarioName, ScenarioRecord } from '../../scenario/model';
import { COLUMNS, LIST_SEPARATOR, type ExportRow } from './columns';
import { localTimestamp, vnDate, vnDateTime } from './vn-dates';
import {
  GIOI_TINH,
  HINH_THUC_BOC_LOT,
  LOAI_DINH_DANH,
  LOAI_GIAY_TO,
  LOAI_SU_KIEN,
  TINH_TRANG_GIAY_TO,
  TINH_TRANG_VU_AN,
  TOI_DANH,
  VAI_TRO,
} from './vocabulary';

const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);
/** A repeated group as a JSON array; an empty group is an empty cell, as the system exports it. */
const group = (items: readonly object[]) => (items.length > 0 ? JSON.stringify(items) : '');
const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');

/**
 * The name columns. A Vietnamese name is written as one line, family name first, exactly as it is
 * said ("Nguyễn Thị Lan"): which word is which follows from the order. A foreigner's name is copied
 * off the passport family name first as the form asks, and also into the separate columns, since
 * word order alone cannot say where a foreign given name ends ("Villanueva Maricel Dizon").
 */
function nameColumns(name: ScenarioName, vietnamese: boolean): Pick<ExportRow, 'ho_ten' | 'ho' | 'ten_dem' | 'ten'> {
  if (vietnamese && name.family) return { ho_ten: joined(name.family, name.middle, name.given), ho: '', ten_dem: '', ten: '' };
  const given = joined(name.given, name.patronymic);
  return { ho_ten: joined(name.family, given, name.middle), ho: name.family ?? '', ten_dem: name.middle ?? '', ten: given };
}

/** A scenario record as one row of the MPS export. Pure: the same record gives the same row. */
export function renderRow(record: ScenarioRecord, timeZone: string): ExportRow {
  const emails = record.otherIdentifiers.filter((i) => i.kind === 'EMAIL').map((i) => i.value);
  return {
    so_ho_so: record.localId,
    ...nameColumns(record.name, record.nationalities.includes('VNM')),
    gioi_tinh: GIOI_TINH[record.sex],
    ngay_sinh: record.birth ? vnDate(record.birth) : '',
    quoc_tich: list(record.nationalities),
    giay_to: group(
      record.documents.map((d) => ({
        loai: LOAI_GIAY_TO[d.type],
        so: d.number,
        noi_cap: d.issuingCountry,
        ngay_het_han: d.expiry ? vnDate(d.expiry) : undefined,
        tinh_trang: TINH_TRANG_GIAY_TO[d.status],
      })),
    ),
    so_dien_thoai: list(record.phones),
    email: list(emails),
    dinh_danh_khac: group(
      record.otherIdentifiers.flatMap((i) => (i.kind === 'EMAIL' ? [] : [{ loai: LOAI_DINH_DANH[i.kind], gia_tri: i.value }])),
    ),
    vai_tro: list(record.roles.map((r) => VAI_TRO[r])),
    su_kien: group(
      record.events.map((e) => ({
        loai: LOAI_SU_KIEN[e.type],
        thoi_gian: vnDateTime(e.when),
        quoc_gia: e.country,
        dia_diem: e.locality,
        co_so: e.facility,
        chuyen_an: e.operation,
        tom_tat: e.summary,
      })),
    ),
    vu_an: group(
      record.cases.map((c) => ({
        so_vu_an: c.reference,
        vai_tro: VAI_TRO[c.role],
        tinh_trang: TINH_TRANG_VU_AN[c.status] ?? c.status,
        hinh_thuc_boc_lot: c.exploitationTypes.map((x) => HINH_THUC_BOC_LOT[x] ?? x),
        toi_danh: c.offences.map((o) => TOI_DANH[o]),
      })),
    ),
    ma_xu_ly: record.handling.code,
    chia_se_voi: list(record.handling.releasableTo),
    cap_nhat_luc: localTimestamp(record.updatedAt, timeZone),
  };
}

/**
 * The export file: UTF-8 with a byte-order mark (so that Excel, where the desks open it, shows the
 * diacritics), CRLF line ends, a header line, and quotes only where a cell needs them.
 */
export function renderExport(rows: readonly ExportRow[]): Buffer {
  const text = stringify(rows as ExportRow[], { header: true, columns: [...COLUMNS], bom: true, record_delimiter: 'windows' });
  return Buffer.from(text, 'utf8');
}
