import { buildTimeline, type RequiredEvent, type RequiredRecord } from '../build-timeline';

const ZONES: Record<string, string> = { PHL: 'Asia/Manila', THA: 'Asia/Bangkok', GBR: 'Europe/London', SGP: 'Asia/Singapore' };
const zoneOf = (code: string) => ZONES[code] ?? 'UTC';

const record = (id: string, events: RequiredRecord['events']): RequiredRecord => {
  const jurisdiction = id.slice(0, 3);
  return { __typename: `${jurisdiction[0]}${jurisdiction.slice(1).toLowerCase()}PersonRecord`, id, jurisdiction, events };
};
const event = (type: string, when: RequiredEvent['when']): RequiredEvent => ({ type, when, where: null, operation: null });
const day = (year: number, month: number, d: number) => ({ year, month, day: d, precision: 'DAY' as const });
const month = (year: number, m: number) => ({ year, month: m, precision: 'MONTH' as const });
const at = (date: ReturnType<typeof day>, time: string, utcOffset: string, instant: string) => ({ ...date, time, utcOffset, instant });

const order = (records: Array<RequiredRecord | null>) => buildTimeline(records, zoneOf).map((e) => `${e.type}@${e.record.id}`);

// The story trail: one victim, recorded by the Philippine police and by Thai immigration.
const phlVictim = record('PHL:PNP:2024-000123', [
  event('RECRUITMENT', month(2024, 2)),
  event('EXPLOITATION', month(2024, 6)),
  event('RESCUE', at(day(2024, 10, 2), '05:30', '+08:00', '2024-10-01T21:30:00Z')),
]);
const thaVictim = record('THA:TIB:2567-TIB-004512', [
  event('BORDER_CROSSING', { ...at(day(2024, 3, 9), '23:40', '+07:00', '2024-03-09T16:40:00Z'), raw: '09/03/2567 23:40', calendar: 'BUDDHIST' }),
  event('TRANSIT', { ...day(2024, 3, 12), raw: '12/03/2567', calendar: 'BUDDHIST' }),
]);

describe('buildTimeline', () => {
  it('merges the story trail across two jurisdictions, calendars and zones into one order', () => {
    expect(order([phlVictim, thaVictim])).toEqual([
      'RECRUITMENT@PHL:PNP:2024-000123',
      'BORDER_CROSSING@THA:TIB:2567-TIB-004512',
      'TRANSIT@THA:TIB:2567-TIB-004512',
      'EXPLOITATION@PHL:PNP:2024-000123',
      'RESCUE@PHL:PNP:2024-000123',
    ]);
  });

  it('gives the same order whichever jurisdiction answered first', () => {
    expect(order([thaVictim, phlVictim])).toEqual(order([phlVictim, thaVictim]));
  });

  it('keeps each event as recorded, with its source record and why it sits where it does', () => {
    const [first, second] = buildTimeline([phlVictim, thaVictim], zoneOf);
    expect(first).toEqual({
      type: 'RECRUITMENT',
      when: month(2024, 2),
      where: null,
      operation: null,
      jurisdiction: 'PHL',
      record: { __typename: 'PhlPersonRecord', id: 'PHL:PNP:2024-000123' },
      position: { basis: 'MONTH', from: '2024-01-31T16:00:00Z', until: '2024-02-29T16:00:00Z', timeZone: 'Asia/Manila' },
    });
    expect(second!.position).toEqual({ basis: 'INSTANT', from: '2024-03-09T16:40:00Z', until: '2024-03-09T16:40:00Z', timeZone: null });
    expect(second!.when).toMatchObject({ raw: '09/03/2567 23:40', calendar: 'BUDDHIST', year: 2024 });
  });

  it('orders recorded times by their UTC instant, not by their local date', () => {
    // 00:10 on the 10th in Manila happened before 23:40 on the 9th in Bangkok.
    const phl = record('PHL:BI:1', [event('ARREST', at(day(2024, 3, 10), '00:10', '+08:00', '2024-03-09T16:10:00Z'))]);
    expect(order([thaVictim, phl]).slice(0, 2)).toEqual(['ARREST@PHL:BI:1', 'BORDER_CROSSING@THA:TIB:2567-TIB-004512']);
  });

  it('reads the same calendar day as starting earlier in a zone further east', () => {
    const tha = record('THA:RTP:1', [event('TRANSIT', day(2024, 3, 10))]);
    const phl = record('PHL:PNP:1', [event('TRANSIT', day(2024, 3, 10))]);
    const gbr = record('GBR:NCB:1', [event('TRANSIT', day(2024, 3, 10))]);
    expect(order([gbr, tha, phl])).toEqual(['TRANSIT@PHL:PNP:1', 'TRANSIT@THA:RTP:1', 'TRANSIT@GBR:NCB:1']);
  });

  it('places a less precise date before the more precise events that fall inside it', () => {
    const r = record('PHL:PNP:9', [
      event('RESCUE', at(day(2024, 3, 1), '00:00', '+08:00', '2024-02-29T16:00:00Z')),
      event('TRANSIT', day(2024, 3, 1)),
      event('EXPLOITATION', month(2024, 3)),
      event('RECRUITMENT', { year: 2024, precision: 'YEAR' }),
    ]);
    expect(order([r])).toEqual(['RECRUITMENT@PHL:PNP:9', 'EXPLOITATION@PHL:PNP:9', 'TRANSIT@PHL:PNP:9', 'RESCUE@PHL:PNP:9']);
  });

  it('places a month before a day inside it that starts later, and after a day that ends before it', () => {
    const r = record('PHL:PNP:9', [event('TRANSIT', day(2024, 3, 15)), event('EXPLOITATION', month(2024, 3)), event('RECRUITMENT', day(2024, 2, 29))]);
    expect(order([r])).toEqual(['RECRUITMENT@PHL:PNP:9', 'EXPLOITATION@PHL:PNP:9', 'TRANSIT@PHL:PNP:9']);
  });

  it('breaks exact ties by jurisdiction, then record id, then the owner’s own order', () => {
    // Singapore keeps Manila's offset all year, so the same month is the same span in both.
    const sgp = record('SGP:NCB:1', [event('ARREST', month(2024, 2))]);
    const phlB = record('PHL:PNP:B', [event('CHARGE', month(2024, 2)), event('ARREST', month(2024, 2))]);
    const phlA = record('PHL:PNP:A', [event('RESCUE', month(2024, 2))]);
    const expected = ['RESCUE@PHL:PNP:A', 'CHARGE@PHL:PNP:B', 'ARREST@PHL:PNP:B', 'ARREST@SGP:NCB:1'];
    expect(order([sgp, phlB, phlA])).toEqual(expected);
    expect(order([phlA, sgp, phlB])).toEqual(expected);
  });

  it('puts events without a usable date last, in the tie order', () => {
    const r = record('PHL:PNP:7', [event('REPATRIATION', null), event('CHARGE', { month: 5 }), event('ARREST', month(2025, 1))]);
    const t = buildTimeline([r], zoneOf);
    expect(t.map((e) => e.type)).toEqual(['ARREST', 'REPATRIATION', 'CHARGE']);
    expect(t[1]!.position).toBeNull();
  });

  it('leaves out records whose owner failed, events the owner withheld and null events', () => {
    const withheld = record('THA:RTP:2567-ATPD-000871', null);
    const sparse = record('PHL:PNP:5', [null, event('ARREST', month(2024, 1))]);
    expect(order([null, withheld, sparse, { ...phlVictim, events: undefined }])).toEqual(['ARREST@PHL:PNP:5']);
    expect(buildTimeline([], zoneOf)).toEqual([]);
  });
});
