import { MappingError } from '../../kit/mapping/mapping-error';
import { birthDate, eventDate, updatedAt } from '../native-dates';

const birth = (tarikh_lahir: string | null, tahun_lahir: number | null = null, bulan_lahir: number | null = null) => birthDate({ tarikh_lahir, tahun_lahir, bulan_lahir });

describe('birthDate', () => {
  it('reads a full date, a year and month, a year, or nothing', () => {
    expect(birth('1998-03-14')).toMatchObject({ iso: '1998-03-14', precision: 'DAY', raw: '1998-03-14', calendar: 'GREGORIAN' });
    expect(birth(null, 1999, 7)).toMatchObject({ year: 1999, month: 7, day: null, iso: '1999-07', precision: 'MONTH', raw: '1999-07' });
    expect(birth(null, 1984)).toMatchObject({ iso: '1984', precision: 'YEAR', raw: '1984' });
    expect(birth(null)).toBeNull();
  });

  it('accepts part columns that repeat the full date', () => {
    expect(birth('1998-03-14', 1998, 3)).toMatchObject({ iso: '1998-03-14' });
  });

  it.each([
    ['a month that does not exist', null, 1998, 13, 'tarikh_lahir: no such month'],
    ['a month without a year', null, null, 3, 'tarikh_lahir: a month of birth without a year'],
    ['a year out of range', null, 998, null, 'tarikh_lahir: year out of range'],
    ['parts that contradict the date', '1998-03-14', 1999, null, 'tarikh_lahir: the date and its year / month columns disagree'],
  ])('refuses %s', (_what, date, year, month, message) => {
    expect(() => birth(date, year, month)).toThrow(new MappingError('tarikh_lahir', null, message.replace('tarikh_lahir: ', '')));
  });
});

describe('eventDate', () => {
  const ZONE = 'Asia/Kuala_Lumpur';

  it('keeps the local calendar date of a late-evening time, not the UTC one', () => {
    expect(eventDate('peristiwa[0]', '2024-10-02T23:40:00', ZONE, 'MINIT')).toEqual({
      year: 2024,
      month: 10,
      day: 2,
      iso: '2024-10-02',
      precision: 'DAY',
      raw: '2024-10-02T23:40:00 Asia/Kuala_Lumpur',
      calendar: 'GREGORIAN',
    });
  });

  it('cuts the date to the recorded precision', () => {
    expect(eventDate('e', '2024-02-01T00:00:00', ZONE, 'BULAN')).toMatchObject({ iso: '2024-02', precision: 'MONTH' });
    expect(eventDate('e', '2024-01-01T00:00:00', ZONE, 'tahun')).toMatchObject({ iso: '2024', precision: 'YEAR' });
    expect(eventDate('e', '2024-10-01T00:00:00', null, null)).toMatchObject({ iso: '2024-10-01', raw: '2024-10-01T00:00:00' });
    expect(eventDate('e', null, ZONE, 'HARI')).toBeNull();
  });

  it('refuses an unknown zone or precision, and a wall time the zone skipped', () => {
    expect(() => eventDate('peristiwa[1]', '2024-10-02T23:40:00', 'Asia/Kuala Lumpur', 'MINIT')).toThrow('peristiwa[1].zon_waktu: not an IANA time zone');
    expect(() => eventDate('peristiwa[1]', '2024-10-02T23:40:00', ZONE, 'JAM')).toThrow('peristiwa[1].ketepatan');
    // Clocks in New York jumped from 02:00 to 03:00 on 10 March 2024.
    expect(() => eventDate('peristiwa[1]', '2024-03-10T02:30:00', 'America/New_York', 'MINIT')).toThrow('a time that zone never showed');
    expect(() => eventDate('peristiwa[1]', 'semalam', ZONE, 'HARI')).toThrow('peristiwa[1].masa_tempatan: not a timestamp');
  });
});

describe('updatedAt', () => {
  it('reads the system clock as Malaysian time and answers UTC', () => {
    expect(updatedAt('2024-10-03T09:30:00', 'Asia/Kuala_Lumpur')).toBe('2024-10-03T01:30:00.000Z');
    expect(updatedAt('2024-10-03T07:00:00.250', 'Asia/Kuala_Lumpur')).toBe('2024-10-02T23:00:00.250Z');
  });

  it('refuses what is not a timestamp', () => {
    expect(() => updatedAt('03/10/2024', 'Asia/Kuala_Lumpur')).toThrow('dikemaskini: not a timestamp');
  });
});
