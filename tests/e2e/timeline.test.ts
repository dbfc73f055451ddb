// End to end: a trace's timeline through the real gateway, index, country subgraphs and operations
// subgraph over real HTTP. Each event comes from the jurisdiction that owns its record, under that
// owner's release rules and the gateway's labels; the operations subgraph only merges them.
import { EXAMPLE_TIMELINE } from '../../gateway/stack/example-trace';
import { startTestStack, type TestStack } from '../../gateway/stack/in-process';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

const VICTIM = '{ kind: TRAVEL_DOCUMENT, value: "P4821937B", country: "PHL" }';
const SUSPECT = '{ kind: TRAVEL_DOCUMENT, value: "AA3318842", country: "THA" }';
const PHL_VICTIM = 'PHL:PNP:2024-000123';
const THA_VICTIM = 'THA:TIB:2567-TIB-004512';

const timelineOf = (identifiers: string, extra = '') => `{ trace(identifiers: [${identifiers}]) {
  timeline { type jurisdiction when { iso time utcOffset instant raw calendar } where { country locality } record { id jurisdiction } position { basis from } }
  jurisdictions { code status hits detail }
  ${extra}
} }`;

type Entry = { type: string; jurisdiction: string; when: Record<string, string | null>; record: { id: string; jurisdiction: string }; position: { basis: string; from: string } };
const summary = (timeline: Entry[]) => timeline.map((e) => [e.type, e.jurisdiction, e.record.id]);

describe('the timeline of a trace', () => {
  it('merges the story trail from both jurisdictions in chronological order, each event with its source record', async () => {
    const { status, body } = await stack.query(timelineOf(VICTIM));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const timeline = body.data!.trace.timeline as Entry[];
    expect(summary(timeline)).toEqual([
      ['RECRUITMENT', 'PHL', PHL_VICTIM],
      ['BORDER_CROSSING', 'THA', THA_VICTIM],
      ['TRANSIT', 'THA', THA_VICTIM],
      ['EXPLOITATION', 'PHL', PHL_VICTIM],
      ['RESCUE', 'PHL', PHL_VICTIM],
    ]);
    for (const e of timeline) expect(e.record.jurisdiction).toBe(e.jurisdiction);
    const [recruitment, crossing, transit, , rescue] = timeline;
    expect(recruitment!.when).toMatchObject({ iso: '2024-02', instant: null });
    expect(recruitment!.position).toEqual({ basis: 'MONTH', from: '2024-01-31T16:00:00Z' });
    // Recorded in the Buddhist Era in Bangkok time; ordered by its UTC instant.
    expect(crossing!.when).toMatchObject({ iso: '2024-03-09', time: '23:40', utcOffset: '+07:00', instant: '2024-03-09T16:40:00Z', calendar: 'BUDDHIST' });
    expect(transit!.when).toMatchObject({ iso: '2024-03-12', instant: null, calendar: 'BUDDHIST' });
    expect(transit!.position).toEqual({ basis: 'DAY', from: '2024-03-11T17:00:00Z' });
    expect(rescue!.when).toMatchObject({ iso: '2024-10-02', time: '05:30', utcOffset: '+08:00', instant: '2024-10-01T21:30:00Z' });
  });

  it('answers the README’s example timeline', async () => {
    const { body } = await stack.query(EXAMPLE_TIMELINE);
    expect(body.errors).toBeUndefined();
    expect((body.data!.trace.timeline as Entry[]).map((e) => e.record.id)).toEqual([PHL_VICTIM, THA_VICTIM, THA_VICTIM, PHL_VICTIM, PHL_VICTIM]);
  });

  it('calls each jurisdiction once when the records and the timeline are asked together', async () => {
    const tha = stack.countries.THA!.native;
    const before = tha.requests.length;
    const { body } = await stack.query(`{ trace(identifiers: [${VICTIM}]) { records { id events { type } } timeline { type record { id } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.trace.timeline).toHaveLength(5);
    expect(tha.requests.length - before).toBe(1);
  });
});

describe('who sees the timeline', () => {
  it('an analyst sees it; records their owner withholds (H0, investigators only) contribute no events', async () => {
    const { body } = await stack.query(timelineOf(`${VICTIM}, ${SUSPECT}`), undefined, { roles: ['ANALYST'] });
    const timeline = body.data!.trace.timeline as Entry[];
    expect(summary(timeline).map(([type]) => type)).toEqual(['RECRUITMENT', 'BORDER_CROSSING', 'TRANSIT', 'EXPLOITATION', 'RESCUE']);
    expect(new Set(timeline.map((e) => e.record.id))).toEqual(new Set([PHL_VICTIM, THA_VICTIM]));
    // The suspect's records exist in both countries; each owner withheld them, and says so.
    const withheld = (body.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN');
    expect(withheld.map((e) => e.extensions!.recordId).sort()).toEqual(['PHL:PNP:2024-000131', 'THA:RTP:2567-ATPD-000871']);
    for (const e of withheld) expect(e.extensions!.rule).toMatch(/^originator:/);
    for (const code of ['PHL', 'THA']) {
      expect(body.data!.trace.jurisdictions).toContainEqual(expect.objectContaining({ code, hits: 2, detail: expect.stringMatching(/^1 of 2 record\(s\) withheld by the owner/) }));
    }
  });

  it('an investigator sees the suspect’s events too, in the same merged order', async () => {
    const { body } = await stack.query(timelineOf(`${VICTIM}, ${SUSPECT}`));
    expect(body.errors).toBeUndefined();
    const timeline = body.data!.trace.timeline as Entry[];
    // Two recruitments in the same month of the same zone: tied, then ordered by record id.
    expect(summary(timeline).slice(0, 2)).toEqual([
      ['RECRUITMENT', 'PHL', PHL_VICTIM],
      ['RECRUITMENT', 'PHL', 'PHL:PNP:2024-000131'],
    ]);
    const arrest = timeline.findIndex((e) => e.type === 'ARREST');
    const rescue = timeline.findIndex((e) => e.type === 'RESCUE');
    // Arrested at 18:00 Bangkok time on 1 October (11:00Z), before the rescue at 21:30Z.
    expect(timeline[arrest]).toMatchObject({ jurisdiction: 'THA', record: { id: 'THA:RTP:2567-ATPD-000871' }, when: { instant: '2024-10-01T11:00:00Z' } });
    expect(arrest).toBe(rescue - 1);
  });

  it('without a purpose the timeline is PURPOSE_REQUIRED; hits still answer', async () => {
    const { body } = await stack.query(timelineOf(VICTIM), undefined, { purpose: null });
    expect(body.data!.trace.timeline).toBeNull();
    const [error] = (body.errors ?? []).filter((e) => e.path?.join('.') === 'trace.timeline');
    expect(error?.extensions).toMatchObject({ code: 'PURPOSE_REQUIRED', field: 'Trace.timeline', rule: '(INVESTIGATOR | VICTIM_SUPPORT | ANALYST | LIAISON) & PURPOSE' });
    expect(body.data!.trace.jurisdictions).toContainEqual(expect.objectContaining({ code: 'THA', hits: 1 }));
    expect(JSON.stringify(body)).not.toContain('Quezon City');
  });

  it('an integrator may not trace at all: FORBIDDEN, and no event leaves', async () => {
    const { body } = await stack.query(timelineOf(VICTIM), undefined, { roles: ['INTEGRATOR'] });
    expect(body.data?.trace).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'Query.trace' });
    expect(JSON.stringify(body)).not.toContain('Quezon City');
  });
});

describe('one jurisdiction failing', () => {
  it('still yields the other jurisdiction’s events, and the trace says the failed one FAILED', async () => {
    await stack.stopSubgraph('THA');
    try {
      const { status, body } = await stack.query(timelineOf(VICTIM));
      expect(status).toBe(200);
      expect(summary(body.data!.trace.timeline)).toEqual([
        ['RECRUITMENT', 'PHL', PHL_VICTIM],
        ['EXPLOITATION', 'PHL', PHL_VICTIM],
        ['RESCUE', 'PHL', PHL_VICTIM],
      ]);
      expect(body.data!.trace.jurisdictions).toContainEqual(expect.objectContaining({ code: 'THA', status: 'FAILED' }));
      expect(body.data!.trace.jurisdictions).toContainEqual(expect.objectContaining({ code: 'PHL', status: 'ANSWERED' }));
      expect(body.errors).toContainEqual(expect.objectContaining({ extensions: expect.objectContaining({ code: 'JURISDICTION_UNAVAILABLE', jurisdiction: 'THA' }) }));
    } finally {
      await stack.restartSubgraph('THA');
    }
  });
});
