import { parse } from 'csv-parse/sync';
import { COLUMNS } from '../columns';
import { renderExport, renderRow } from '../render';
import { localTimestamp, vnDate, vnDateTime } from '../vn-dates';
import { VNM, VNM_RECORDS, vnmTestScenario } from './vnm-scenario';

const [lan, zhang, huong, rowena, nurul, suharti] = VNM_RECORDS.map((r) => renderRow(r, VNM.timeZone));

describe('renderRow', () => {
  it('writes a Vietnamese name on one line, family name first, diacritics kept, the part columns empty', () => {
    expect(lan).toMatchObject({ ho_ten: 'Nguyễn Thị Lan', ho: '', ten_dem: '', ten: '' });
    expect(huong).toMatchObject({ ho_ten: 'Trần Thị Thu Hương', ho: '' });
  });

  it('copies a foreign name family name first and into the part columns', () => {
    expect(rowena).toMatchObject({ ho_ten: 'Bautista Rowena Soriano', ho: 'Bautista', ten_dem: 'Soriano', ten: 'Rowena' });
    expect(zhang).toMatchObject({ ho_ten: 'Zhang Wei', ho: 'Zhang', ten: 'Wei' });
    expect(nurul).toMatchObject({ ho_ten: 'Nurul binti Ismail', ho: '', ten: 'Nurul binti Ismail' });
    expect(suharti).toMatchObject({ ho_ten: 'Suharti', ho: '', ten: 'Suharti' });
  });

  it('writes native words, DD/MM/YYYY dates with 00 for unknown parts, and the local time stamp', () => {
    expect(lan).toMatchObject({
      gioi_tinh: 'Nữ',
      ngay_sinh: '00/03/1999',
      quoc_tich: 'VNM',
      so_dien_thoai: '0912 345 678;+855 12 345 678',
      email: 'Lan.Nguyen99@example.vn',
      vai_tro: 'Nạn nhân',
      ma_xu_ly: 'H2',
      chia_se_voi: 'KHM;THA',
      cap_nhat_luc: '05/10/2024 16:15:00',
    });
    expect(huong!.ngay_sinh).toBe('00/00/2001');
    expect(suharti!.gioi_tinh).toBe('');
  });

  it('writes repeated groups as JSON arrays, empty groups as empty cells', () => {
    expect(JSON.parse(lan!.giay_to)).toEqual([
      { loai: 'Hộ chiếu', so: 'C1234567', noi_cap: 'VNM', ngay_het_han: '30/06/2031', tinh_trang: 'Còn hiệu lực' },
      { loai: 'Căn cước', so: '042199001234', noi_cap: 'VNM', tinh_trang: 'Còn hiệu lực' },
    ]);
    expect(JSON.parse(lan!.su_kien).map((e: { thoi_gian: string }) => e.thoi_gian)).toEqual(['00/05/2024', '12/05/2024 06:40', '02/10/2024 05:30', '04/10/2024']);
    expect(JSON.parse(zhang!.vu_an)).toEqual([
      {
        so_vu_an: 'VNM-2024-0088',
        vai_tro: 'Nghi phạm',
        tinh_trang: 'Đã truy tố',
        hinh_thuc_boc_lot: ['Cưỡng bức phạm tội'],
        toi_danh: ['Điều 150 (Mua bán người)', 'Điều 348 (Tổ chức, môi giới cho người khác xuất cảnh, nhập cảnh trái phép)'],
      },
    ]);
    expect(JSON.parse(lan!.dinh_danh_khac)).toEqual([{ loai: 'Mạng xã hội', gia_tri: 'lan.nguyen.99' }]);
    expect([nurul!.giay_to, nurul!.su_kien, nurul!.vu_an, nurul!.dinh_danh_khac]).toEqual(['', '', '', '']);
  });

  it('writes a case status or exploitation type it has no word for as the code', () => {
    expect(JSON.parse(suharti!.vu_an)[0]).toMatchObject({ tinh_trang: 'SUSPENDED', hinh_thuc_boc_lot: ['DEBT_BONDAGE', 'Cưỡng bức lao động'] });
  });
});

describe('renderExport', () => {
  it('round-trips through csv-parse: quotes, commas and line breaks inside cells survive', () => {
    const tricky = { ...lan!, ho_ten: 'Lê "Bé" Ba', su_kien: JSON.stringify([{ loai: 'Bóc lột', tom_tat: 'dòng 1,\r\ndòng 2; "trích"' }]) };
    const rows = parse(renderExport([tricky, zhang!]), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toEqual([tricky, zhang]);
  });

  it('writes the header even when there is no record', () => {
    expect(renderExport([]).toString('utf8')).toBe(`\uFEFF${COLUMNS.join(',')}\r\n`);
  });

  it('is deterministic for a seed', () => {
    const render = (seed: number) => renderExport(vnmTestScenario(seed).records.filter((r) => r.jurisdiction === 'VNM').map((r) => renderRow(r, VNM.timeZone)));
    expect(render(7).equals(render(7))).toBe(true);
  });
});

describe('MPS dates', () => {
  it('writes unknown parts as 00, times on a 24-hour clock, stamps in Viet Nam time', () => {
    expect([vnDate({ year: 1998 }), vnDate({ year: 1998, month: 3 }), vnDate({ year: 1998, month: 3, day: 4 })]).toEqual(['00/00/1998', '00/03/1998', '04/03/1998']);
    expect(vnDateTime({ year: 2024, month: 10, day: 3, hour: 21, minute: 5 })).toBe('03/10/2024 21:05');
    expect(localTimestamp('2024-12-31T17:30:00Z', 'Asia/Ho_Chi_Minh')).toBe('01/01/2025 00:30:00');
  });
});
