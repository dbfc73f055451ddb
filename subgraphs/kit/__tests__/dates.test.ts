import { parseIsoDate, parseNumericDate, partialDate } from '../mapping/dates';
import { MappingError } from '../mapping/mapping-error';

describe('partial dates', () => {
  it('reads US month-day-year', () => {
    expect(parseNumericDate('dob', '03/14/1998', 'MDY')).toEqual({
      year: 1998, month: 3, day: 14, iso: '1998-03-14', precision: 'DAY', raw: '03/14/1998', calendar: 'GREGORIAN',
    });
  });

  it('converts Buddhist Era day-month-year to the Gregorian calendar, keeping the raw value', () => {
    expect(parseNumericDate('dob', '14/03/2541', 'DMY', 'BUDDHIST')).toMatchObject({ year: 1998, month: 3, day: 14, iso: '1998-03-14', raw: '14/03/2541', calendar: 'BUDDHIST' });
  });

  it.each([
    ['00/00/1998', 'MDY', 'YEAR', '1998'],
    ['03/00/1998', 'MDY', 'MONTH', '1998-03'],
    ['XX/03/1998', 'DMY', 'MONTH', '1998-03'],
    ['1998', 'MDY', 'YEAR', '1998'],
    ['03/1998', 'MDY', 'MONTH', '1998-03'],
  ] as const)('keeps %s (%s) at its precision', (raw, order, precision, iso) => {
    expect(parseNumericDate('dob', raw, order)).toMatchObject({ precision, iso });
  });

  it.each(['13/45/1998', '02/30/2001', '1998/03/14', 'yesterday', '', '03/14/98'])('refuses %p with a MappingError naming the field', (raw) => {
    expect(() => parseNumericDate('birth_date', raw, 'MDY')).toThrow(MappingError);
    expect(() => parseNumericDate('birth_date', raw, 'MDY')).toThrow(/^birth_date: /);
  });

  it('knows leap years in the Buddhist Era too', () => {
    expect(parseNumericDate('d', '29/02/2543', 'DMY', 'BUDDHIST').iso).toBe('2000-02-29');
    expect(() => parseNumericDate('d', '29/02/2544', 'DMY', 'BUDDHIST')).toThrow(/no such day/);
  });

  it('reads ISO dates and date-times at their precision', () => {
    expect(parseIsoDate('d', '2024-10-02T05:30:00+08:00')).toMatchObject({ iso: '2024-10-02', precision: 'DAY' });
    expect(parseIsoDate('d', '2024-10')).toMatchObject({ iso: '2024-10', precision: 'MONTH' });
    expect(() => parseIsoDate('d', '2024-13-01')).toThrow(MappingError);
  });

  it('never puts the native value in the message (it is personal data)', () => {
    expect(() => partialDate('dob', { year: 1998, month: 2, day: 31 }, '31/02/1998')).toThrow(new MappingError('dob', '31/02/1998', 'no such day'));
    try {
      parseNumericDate('dob', '31/02/1998', 'DMY');
    } catch (e) {
      expect((e as Error).message).not.toContain('1998');
    }
  });
});
