import { eventSpan } from '../event-span';

const utc = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().replace('.000', ''));
const span = (...args: Parameters<typeof eventSpan>) => {
  const s = eventSpan(...args);
  return s && { ...s, from: utc(s.from), until: utc(s.until) };
};

describe('eventSpan', () => {
  it('uses the recorded UTC instant when the owner recorded a time, whatever the zone asked', () => {
    const when = { year: 2024, month: 3, day: 9, precision: 'DAY' as const, time: '23:40', utcOffset: '+07:00', instant: '2024-03-09T16:40:00Z' };
    expect(span(when, 'Asia/Manila')).toEqual({ basis: 'INSTANT', from: '2024-03-09T16:40:00Z', until: '2024-03-09T16:40:00Z', timeZone: null });
  });

  it('accepts an instant written with an offset', () => {
    expect(span({ year: 2024, month: 10, day: 2, instant: '2024-10-02T05:30:00+08:00' }, 'UTC')?.from).toBe('2024-10-01T21:30:00Z');
  });

  it('derives the instant from the local time and offset when an owner left it out', () => {
    expect(span({ year: 2024, month: 10, day: 2, precision: 'DAY', time: '05:30', utcOffset: '+08:00' }, 'UTC')).toMatchObject({ basis: 'INSTANT', from: '2024-10-01T21:30:00Z' });
  });

  it('reads a day without a time as the whole day in the owner’s zone', () => {
    expect(span({ year: 2024, month: 3, day: 12, precision: 'DAY' }, 'Asia/Bangkok')).toEqual({
      basis: 'DAY',
      from: '2024-03-11T17:00:00Z',
      until: '2024-03-12T17:00:00Z',
      timeZone: 'Asia/Bangkok',
    });
  });

  it('reads a month and a year as the whole month and year, leap days included', () => {
    expect(span({ year: 2024, month: 2, precision: 'MONTH' }, 'Asia/Manila')).toMatchObject({ basis: 'MONTH', from: '2024-01-31T16:00:00Z', until: '2024-02-29T16:00:00Z' });
    expect(span({ year: 2024, precision: 'YEAR' }, 'UTC')).toMatchObject({ basis: 'YEAR', from: '2024-01-01T00:00:00Z', until: '2025-01-01T00:00:00Z' });
  });

  it('takes a Buddhist Era date by its Gregorian year, as its owner converted it', () => {
    const tha = { year: 2024, month: 3, day: 12, precision: 'DAY' as const, raw: '12/03/2567', calendar: 'BUDDHIST' };
    expect(span(tha, 'Asia/Bangkok')?.from).toBe('2024-03-11T17:00:00Z');
  });

  it('follows daylight saving: a day whose midnight does not exist starts at its first real moment', () => {
    // Chile moved its clocks from 00:00 to 01:00 on 8 September 2024.
    expect(span({ year: 2024, month: 9, day: 8, precision: 'DAY' }, 'America/Santiago')).toMatchObject({ from: '2024-09-08T04:00:00Z', until: '2024-09-09T03:00:00Z' });
    // A summer and a winter day in London are an hour apart in UTC.
    expect(span({ year: 2024, month: 7, day: 1 }, 'Europe/London')?.from).toBe('2024-06-30T23:00:00Z');
    expect(span({ year: 2024, month: 1, day: 1 }, 'Europe/London')?.from).toBe('2024-01-01T00:00:00Z');
  });

  it('claims no more precision than the date says or has', () => {
    expect(span({ year: 2024, month: 3, day: 9, precision: 'MONTH' }, 'UTC')).toMatchObject({ basis: 'MONTH', from: '2024-03-01T00:00:00Z' });
    expect(span({ year: 2024, month: 3, day: null, precision: 'DAY' }, 'UTC')).toMatchObject({ basis: 'MONTH' });
    expect(span({ year: 2024, month: null, day: 9 }, 'UTC')).toMatchObject({ basis: 'YEAR' });
  });

  it('has no span for a missing date, a date without a year, or a date that does not exist', () => {
    expect(eventSpan(null, 'UTC')).toBeNull();
    expect(eventSpan({ month: 3, day: 1 }, 'UTC')).toBeNull();
    expect(eventSpan({ year: 2023, month: 2, day: 29 }, 'UTC')).toBeNull();
    expect(eventSpan({ year: 2024, month: 13 }, 'UTC')).toBeNull();
  });
});
