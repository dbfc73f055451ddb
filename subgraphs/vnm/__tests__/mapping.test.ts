import { MappingError } from '../../kit/mapping/mapping-error';
import type { PersonRecord } from '../../kit/record/person-record';
import { mapLineOrError, mapVnmRow } from '../mapping';
import { splitFamilyFirst } from '../name';
import { parseLocalStamp, parseVnDate, parseVnDateTime } from '../native-dates';
import { readRow } from '../native-row';
import type { ExportLine } from '../parse-export';
import { fold } from '../vocabulary';
import { HEADER, VNM, sparseRow, suspectRow, victimRow, type Row } from './fixtures';

const line = (row: Row): ExportLine => ({ cells: new Map(HEADER.map((c) => [c, row[c] ?? ''])) });
const map = (row: Row) => mapVnmRow(readRow(line(row)), VNM);
const failure = (row: Row) => {
  const result = mapLineOrError(line(row), VNM);
  if (!(result instanceof MappingError)) throw new Error('expected a MappingError');
  return result;
};

describe('mapVnmRow', () => {
  it('maps the victim’s line to the shared schema', () => {
    const record: PersonRecord = map(victimRow());
    expect(record).toMatchObject({
      id: 'VNM:MPS:C03-2024-000517',
      jurisdiction: 'VNM',
      agency: 'MPS',
      roles: ['VICTIM'],
      sex: 'FEMALE',
      nationalities: ['VNM'],
      handling: { code: 'H2', releasableTo: ['KHM', 'THA'], contact: VNM.contact },
      // 16:15 in Viet Nam (UTC+7).
      updatedAt: '2024-10-05T09:15:00.000Z',
    });
    expect(record.names).toEqual([
      { full: 'Nguyễn Thị Lan', script: 'LATIN', romanised: 'Nguyen Thi Lan', family: 'Nguyễn', given: 'Lan', middle: 'Thị', kind: 'PRIMARY' },
    ]);
    expect(record.dateOfBirth).toEqual({ year: 1999, month: 3, day: null, iso: '1999-03', precision: 'MONTH', raw: '00/03/1999', calendar: 'GREGORIAN' });
    expect(record.documents).toEqual([
      { type: 'PASSPORT', number: 'C1234567', rawNumber: 'C1234567', issuingCountry: 'VNM', expiry: expect.objectContaining({ iso: '2031-06-30' }), status: 'VALID' },
      { type: 'NATIONAL_ID', number: '042199001234', rawNumber: '042199001234', issuingCountry: 'VNM', expiry: null, status: 'UNKNOWN' },
    ]);
    expect(record.identifiers).toEqual([
      { kind: 'PHONE', value: '+84912345678', raw: '0912 345 678' },
      { kind: 'PHONE', value: '+85512345678', raw: '+855 12 345 678' },
      { kind: 'EMAIL', value: 'lan.nguyen99@example.vn', raw: 'Lan.Nguyen99@example.vn' },
      { kind: 'SOCIAL_HANDLE', value: 'lan.nguyen.99', raw: 'lan.nguyen.99' },
    ]);
    expect(record.events.map((e) => [e.type, e.when?.iso, e.when?.raw, e.where?.country])).toEqual([
      ['RECRUITMENT', '2024-05', '00/05/2024', 'VNM'],
      ['BORDER_CROSSING', '2024-05-12', '12/05/2024 06:40', 'VNM'],
      ['RESCUE', '2024-10-02', '02/10/2024 05:30', 'KHM'],
    ]);
    // Times are Viet Nam local time (UTC+7): 05:30 on 2 October is 22:30 UTC on 1 October.
    expect(record.events.map((e) => [e.when?.time, e.when?.utcOffset, e.when?.instant])).toEqual([
      [undefined, undefined, undefined],
      ['06:40', '+07:00', '2024-05-11T23:40:00Z'],
      ['05:30', '+07:00', '2024-10-01T22:30:00Z'],
    ]);
    expect(record.events[2]).toMatchObject({ where: { locality: 'Sihanoukville', facility: 'Khu "Golden Sun"' }, operation: 'LIBERTERRA-II', summary: null });
    expect(record.cases).toEqual([
      { reference: 'VNM-2024-0088', role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] },
    ]);
  });

  it('takes a foreign name’s parts from the part columns, and cites offences by article', () => {
    const record = map(suspectRow());
    expect(record.names[0]).toMatchObject({ full: 'ZHANG WEI', family: 'ZHANG', given: 'WEI', middle: null });
    expect(record.documents[0]).toMatchObject({ number: 'E12345678', rawNumber: 'E 1234 5678', issuingCountry: 'CHN', status: 'UNKNOWN' });
    expect(record.cases[0]).toMatchObject({ status: 'CHARGED', offences: ['TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING'] });
  });

  it('maps a sparse line with defaults: unknown sex, no date, an empty handling code', () => {
    expect(map(sparseRow())).toMatchObject({
      roles: ['IRREGULAR_MIGRANT'],
      sex: 'UNKNOWN',
      dateOfBirth: null,
      documents: [],
      identifiers: [],
      events: [],
      cases: [],
      handling: { code: null, releasableTo: [] },
      updatedAt: null,
    });
  });

  it('reads words typed without diacritics or with the old tone-mark placement', () => {
    const record = map(
      victimRow({
        gioi_tinh: 'nu',
        vai_tro: 'NAN NHAN;nghi la nan nhan',
        giay_to: JSON.stringify([{ loai: 'ho chieu', so: 'C1234567', tinh_trang: 'Đã huỷ' }]),
      }),
    );
    expect(record).toMatchObject({ sex: 'FEMALE', roles: ['VICTIM', 'POTENTIAL_VICTIM'] });
    expect(record.documents[0]).toMatchObject({ type: 'PASSPORT', status: 'REVOKED' });
    expect(fold('Đặng Hủy huỷ  Ưu')).toBe('dang huy huy uu');
  });

  it('passes an unknown case status through romanised, and UNODC codes written as codes', () => {
    const vuAn = JSON.stringify([{ so_vu_an: 'VNM-2024-0102', tinh_trang: 'Tạm đình chỉ', hinh_thuc_boc_lot: ['DEBT_BONDAGE'], toi_danh: ['341', 'Điều 324 BLHS'] }]);
    expect(map(sparseRow({ vu_an: vuAn })).cases[0]).toMatchObject({ status: 'TAM_DINH_CHI', exploitationTypes: ['DEBT_BONDAGE'], offences: ['DOCUMENT_FRAUD', 'MONEY_LAUNDERING'], role: null });
  });

  it('keeps a phone number that is not valid as recorded', () => {
    expect(map(sparseRow({ so_dien_thoai: '0912 34' })).identifiers).toEqual([{ kind: 'PHONE', value: '0912 34', raw: '0912 34' }]);
  });

  it.each([
    ['an unknown role word', { vai_tro: 'Kẻ chủ mưu' }, 'vai_tro[0]'],
    ['an unknown sex', { gioi_tinh: 'F' }, 'gioi_tinh'],
    ['an impossible birth date', { ngay_sinh: '31/02/1999' }, 'ngay_sinh'],
    ['a US-style birth date', { ngay_sinh: '03/14/1998' }, 'ngay_sinh'],
    ['an unknown nationality', { quoc_tich: 'VNM;XYZ' }, 'quoc_tich[1]'],
    ['a handling code that is not H0–H3', { ma_xu_ly: 'H9' }, 'ma_xu_ly'],
    ['a Penal Code article not mapped', { vu_an: JSON.stringify([{ so_vu_an: 'X-1', toi_danh: ['Điều 123'] }]) }, 'vu_an[0].toi_danh[0]'],
    ['an exploitation word not mapped', { vu_an: JSON.stringify([{ so_vu_an: 'X-1', hinh_thuc_boc_lot: ['Lừa đảo'] }]) }, 'vu_an[0].hinh_thuc_boc_lot[0]'],
    ['an event column that is not JSON', { su_kien: 'Giải cứu 02/10/2024' }, 'su_kien'],
    ['an event column that is JSON but no array', { su_kien: '{"loai":"Giải cứu"}' }, 'su_kien'],
    ['an event without its type', { su_kien: JSON.stringify([{ thoi_gian: '02/10/2024' }]) }, 'su_kien[0].loai'],
    ['an event time without a full date', { su_kien: JSON.stringify([{ loai: 'Giải cứu', thoi_gian: '00/10/2024 05:30' }]) }, 'su_kien[0].thoi_gian'],
    ['an unknown document type', { giay_to: JSON.stringify([{ loai: 'Bằng lái xe', so: '790123456789' }]) }, 'giay_to[0].loai'],
    ['a document number that is none', { giay_to: JSON.stringify([{ loai: 'Hộ chiếu', so: '??' }]) }, 'giay_to[0].so'],
    ['an unknown identifier type', { dinh_danh_khac: JSON.stringify([{ loai: 'Biển số xe', gia_tri: '29A-12345' }]) }, 'dinh_danh_khac[0].loai'],
    ['a stamp that is not a local time', { cap_nhat_luc: '2024-10-05T09:15:00Z' }, 'cap_nhat_luc'],
    ['no name at all', { ho_ten: '' }, 'ho_ten'],
  ])('fails the line alone with a MappingError naming the column, never the value, for %s', (_what, overrides, field) => {
    const error = failure(victimRow(overrides as Row));
    expect(error.field).toBe(field);
    for (const value of Object.values(overrides)) if (value.length > 3) expect(error.message).not.toContain(value);
  });
});

describe('Vietnamese names', () => {
  it('split family name first: the first word, the last word, the rest between', () => {
    expect(splitFamilyFirst('Nguyễn Thị Thu Hương')).toEqual({ family: 'Nguyễn', middle: 'Thị Thu', given: 'Hương' });
    expect(splitFamilyFirst('Lê  Hùng')).toEqual({ family: 'Lê', middle: null, given: 'Hùng' });
    expect(splitFamilyFirst('Hùng')).toEqual({ family: null, middle: null, given: 'Hùng' });
  });

  it('romanise by dropping the diacritics, đ included', () => {
    expect(map(sparseRow({ ho_ten: 'Đặng Văn Đức' })).names[0]).toMatchObject({ full: 'Đặng Văn Đức', romanised: 'Dang Van Duc', family: 'Đặng', middle: 'Văn', given: 'Đức' });
  });

  it('build the full name family first from the part columns when ho_ten is empty', () => {
    expect(map(sparseRow({ ho_ten: '', ho: 'Bautista', ten_dem: 'Soriano', ten: 'Rowena' })).names[0]).toMatchObject({ full: 'Bautista Rowena Soriano', family: 'Bautista', given: 'Rowena' });
  });
});

const ZONE = 'Asia/Ho_Chi_Minh';

describe('MPS dates', () => {
  it('read DD/MM/YYYY with 00 for unknown parts, and all zeros as no date', () => {
    expect(parseVnDate('f', '00/00/1998')).toMatchObject({ iso: '1998', precision: 'YEAR' });
    expect(parseVnDate('f', '14/03/1998')).toMatchObject({ iso: '1998-03-14', precision: 'DAY' });
    expect(parseVnDate('f', '00/00/0000')).toBeNull();
    expect(parseVnDateTime('f', '02/10/2024 23:40', ZONE)).toMatchObject({ iso: '2024-10-02', raw: '02/10/2024 23:40', time: '23:40', utcOffset: '+07:00', instant: '2024-10-02T16:40:00Z' });
    expect(parseVnDateTime('f', '2/10/2024 7:05', ZONE)).toMatchObject({ iso: '2024-10-02', time: '07:05', instant: '2024-10-02T00:05:00Z' });
    expect(parseVnDateTime('f', '02/10/2024', ZONE)).not.toHaveProperty('instant');
    expect(parseVnDateTime('f', '00/00/0000 05:30', ZONE)).toBeNull();
    expect(() => parseVnDateTime('f', '02/10/2024 24:00', ZONE)).toThrow(MappingError);
    expect(() => parseVnDateTime('f', '02/10/2024 05:60', ZONE)).toThrow('f: no such time of day');
  });

  it('read the row stamp as Viet Nam local time', () => {
    expect(parseLocalStamp('f', '01/01/2025 00:30:00', 'Asia/Ho_Chi_Minh')).toBe('2024-12-31T17:30:00.000Z');
    expect(parseLocalStamp('f', '01/01/2025 00:30', 'Asia/Ho_Chi_Minh')).toBe('2024-12-31T17:30:00.000Z');
    expect(() => parseLocalStamp('f', '32/01/2025 00:30:00', 'Asia/Ho_Chi_Minh')).toThrow(MappingError);
  });
});
