import { parseNumericDate } from '../mapping/dates';
import { withLocalTime } from '../mapping/local-time';
import { MappingError } from '../mapping/mapping-error';

describe('local time of events', () => {
  const day = parseNumericDate('when', '10/02/2024', 'MDY');

  it('keeps the local date and time and adds offset and UTC instant', () => {
    expect(withLocalTime('when', day, { hour: 5, minute: 30 }, 'Asia/Manila')).toMatchObject({
      iso: '2024-10-02', time: '05:30', utcOffset: '+08:00', instant: '2024-10-01T21:30:00Z',
    });
  });

  it('orders events across zones by their instant, not their local clock', () => {
    const manila = withLocalTime('when', day, { hour: 7, minute: 0 }, 'Asia/Manila');
    const bangkok = withLocalTime('when', day, { hour: 6, minute: 30 }, 'Asia/Bangkok');
    expect(manila.instant! < bangkok.instant!).toBe(true);
    expect(manila.instant).toBe('2024-10-01T23:00:00Z');
    expect(bangkok.instant).toBe('2024-10-01T23:30:00Z');
  });

  it('knows daylight saving: the same local time has another offset in winter', () => {
    const summer = withLocalTime('when', parseNumericDate('when', '07/01/2024', 'MDY'), { hour: 12, minute: 0 }, 'Europe/Rome');
    const winter = withLocalTime('when', parseNumericDate('when', '01/15/2024', 'MDY'), { hour: 12, minute: 0 }, 'Europe/Rome');
    expect([summer.utcOffset, winter.utcOffset]).toEqual(['+02:00', '+01:00']);
  });

  it('refuses a time inside a daylight-saving gap, a bad time, or a time on a partial date', () => {
    const gap = parseNumericDate('when', '03/31/2024', 'MDY');
    expect(() => withLocalTime('when', gap, { hour: 2, minute: 30 }, 'Europe/Rome')).toThrow(/does not exist/);
    expect(() => withLocalTime('when', day, { hour: 24, minute: 0 }, 'Asia/Manila')).toThrow(MappingError);
    expect(() => withLocalTime('when', parseNumericDate('when', '10/2024', 'MDY'), { hour: 1, minute: 0 }, 'Asia/Manila')).toThrow(/full date/);
  });
});
