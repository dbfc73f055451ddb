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

  it('keeps the local calendar date of a late-evening time, not the UTC one, and adds the UTC instant', () => {
    expect(eventDate('peristiwa[0]', '2024-10-02T23:40:00', ZONE, 'MINIT', ZONE)).toEqual({
      year: 2024,
      month: 10,
      day: 2,
      iso: '2024-10-02',
      precision: 'DAY',
      raw: '2024-10-02T23:40:00 Asia/Kuala_Lumpur',
      calendar: 'GREGORIAN',
      time: '23:40',
      utcOffset: '+08:00',
      instant: '2024-10-02T15:40:00Z',
    });
  });

  it('places the time in the zone the row names, else in the jurisdiction zone', () => {
    expect(eventDate('e', '2024-10-02T05:30:00', 'Asia/Kuching', 'MINIT', ZONE)).toMatchObject({ time: '05:30', utcOffset: '+08:00', instant: '2024-10-01T21:30:00Z' });
    expect(eventDate('e', '2024-10-02T05:30:00', 'Asia/Bangkok', 'minit', ZONE)).toMatchObject({ time: '05:30', utcOffset: '+07:00', instant: '2024-10-01T22:30:00Z' });
    expect(eventDate('e', '2024-10-02T05:30:00', null, 'MINIT', ZONE)).toMatchObject({ raw: '2024-10-02T05:30:00', utcOffset: '+08:00', instant: '2024-10-01T21:30:00Z' });
  });

  it('gives no time where the precision says the time was not known', () => {
    for (const ketepatan of ['HARI', null]) {
      const date = eventDate('e', '2024-10-01T00:00:00', ZONE, ketepatan, ZONE);
      expect(date).toMatchObject({ iso: '2024-10-01', precision: 'DAY' });
      expect(date).not.toHaveProperty('instant');
    }
  });

  it('cuts the date to the recorded precision', () => {
    expect(eventDate('e', '2024-02-01T00:00:00', ZONE, 'BULAN', ZONE)).toMatchObject({ iso: '2024-02', precision: 'MONTH' });
    expect(eventDate('e', '2024-01-01T00:00:00', ZONE, 'tahun', ZONE)).toMatchObject({ iso: '2024', precision: 'YEAR' });
    expect(eventDate('e', '2024-10-01T00:00:00', null, null, ZONE)).toMatchObject({ iso: '2024-10-01', raw: '2024-10-01T00:00:00' });
    expect(eventDate('e', null, ZONE, 'HARI', ZONE)).toBeNull();
  });

  it('refuses an unknown zone or precision, a wall time the zone skipped, and a time of day that does not exist', () => {
    expect(() => eventDate('peristiwa[1]', '2024-10-02T23:40:00', 'Asia/Kuala Lumpur', 'MINIT', ZONE)).toThrow('peristiwa[1].zon_waktu: not an IANA time zone');
    expect(() => eventDate('peristiwa[1]', '2024-10-02T23:40:00', ZONE, 'JAM', ZONE)).toThrow('peristiwa[1].ketepatan');
    // Clocks in New York jumped from 02:00 to 03:00 on 10 March 2024.
    expect(() => eventDate('peristiwa[1]', '2024-03-10T02:30:00', 'America/New_York', 'MINIT', ZONE)).toThrow('a time that zone never showed');
    expect(() => eventDate('peristiwa[1]', 'semalam', ZONE, 'HARI', ZONE)).toThrow('peristiwa[1].masa_tempatan: not a timestamp');
    expect(() => eventDate('peristiwa[1]', '2024-10-02T24:10:00', null, 'MINIT', ZONE)).toThrow(new MappingError('peristiwa[1].masa_tempatan', null, 'no such time of day'));
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
