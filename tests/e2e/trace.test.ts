// End to end: real HTTP through the real gateway to the real index, subgraphs and native sources.
import { EXAMPLE_TRACE } from '../../gateway/stack/example-trace';
import { startTestStack, type TestStack } from '../../gateway/stack/in-process';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

const RECORD_FIELDS = `id jurisdiction names { full script romanised } dateOfBirth { year month day iso raw calendar precision }
  documents { number issuingCountry } identifiers { kind value }`;

const traceOf = (identifiers: string, fields = RECORD_FIELDS) =>
  `{ trace(identifiers: ${identifiers}) { records { ${fields} } jurisdictions { code status hits detail } } }`;

const VICTIM_PASSPORT = '[{ kind: TRAVEL_DOCUMENT, value: "P4821937B", country: "PHL" }]';

describe('cross-border trace', () => {
  it('answers the example trace with both countries’ records, the Thai date in the Gregorian calendar', async () => {
    const { status, body } = await stack.query(EXAMPLE_TRACE);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const records = body.data!.trace.records as any[];
    expect(records.map((r) => r.jurisdiction).sort()).toEqual(['PHL', 'THA']);
    const tha = records.find((r) => r.jurisdiction === 'THA');
    expect(tha.dateOfBirth).toEqual({ iso: '1998-03-14', raw: '14/03/2541', calendar: 'BUDDHIST' });
    expect(tha.names.some((n: any) => n.script === 'THAI')).toBe(true);
    const phl = records.find((r) => r.jurisdiction === 'PHL');
    expect(phl.dateOfBirth).toMatchObject({ iso: '1998-03-14', calendar: 'GREGORIAN' });
    expect(phl.dateOfBirth.raw).not.toBe(tha.dateOfBirth.raw);
    expect(body.data!.trace.jurisdictions).toEqual([
      { code: 'PHL', status: 'ANSWERED', hits: 1 },
      { code: 'THA', status: 'ANSWERED', hits: 1 },
    ]);
  });

  it('finds the same person by a national-format phone number given with its country', async () => {
    const { body } = await stack.query(traceOf('[{ kind: PHONE, value: "0917-482-1937", country: "PH" }]'));
    expect(body.errors).toBeUndefined();
    const records = body.data!.trace.records as any[];
    expect(records.map((r) => r.id).sort()).toEqual(['PHL:PNP:2024-000123', 'THA:TIB:2567-TIB-004512']);
    for (const r of records) expect(r.identifiers).toContainEqual({ kind: 'PHONE', value: '+639174821937' });
  });

  it('traces the suspect by the Thai passport, not the victim', async () => {
    const { body } = await stack.query(traceOf('[{ kind: TRAVEL_DOCUMENT, value: "aa-3318842", country: "THA" }]', 'id jurisdiction'));
    expect(body.errors).toBeUndefined();
    expect((body.data!.trace.records as any[]).map((r) => r.id).sort()).toEqual(['PHL:PNP:2024-000131', 'THA:RTP:2567-ATPD-000871']);
  });

  it('reports NO_HIT for an identifier nobody holds: every jurisdiction searched, listed when asked for all', async () => {
    const { body } = await stack.query(`{ trace(identifiers: [{ kind: PHONE, value: "+44 20 7946 0123" }]) {
      records { id } jurisdictionsSearched listed: jurisdictions { code status } all: jurisdictions(all: true) { code status hits } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.trace).toEqual({
      records: [],
      jurisdictionsSearched: 2,
      // The number's country (GBR) is not registered here, and nobody else holds it.
      listed: [],
      all: [{ code: 'PHL', status: 'NO_HIT', hits: 0 }, { code: 'THA', status: 'NO_HIT', hits: 0 }],
    });
  });

  it('lists the country an identifier names, NO_HIT when it holds nothing', async () => {
    const { body } = await stack.query(`{ trace(identifiers: [{ kind: TRAVEL_DOCUMENT, value: "AA0000001", country: "THA" }]) {
      records { id } jurisdictionsSearched jurisdictions { code status hits } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.trace).toEqual({ records: [], jurisdictionsSearched: 2, jurisdictions: [{ code: 'THA', status: 'NO_HIT', hits: 0 }] });
  });

  it('fetches all of one country’s records in one native call', async () => {
    const tha = stack.countries.THA!.native;
    const before = tha.requests.length;
    const { body } = await stack.query(
      traceOf('[{ kind: TRAVEL_DOCUMENT, value: "P4821937B", country: "PHL" }, { kind: TRAVEL_DOCUMENT, value: "AA3318842", country: "THA" }]', 'id jurisdiction names { full }'),
    );
    expect(body.errors).toBeUndefined();
    expect((body.data!.trace.records as any[]).filter((r) => r.jurisdiction === 'THA')).toHaveLength(2);
    expect(tha.requests.length - before).toBe(1);
  });
});

describe('bad input', () => {
  const code = (body: { errors?: { extensions?: Record<string, any> }[] }) => body.errors?.[0]?.extensions?.code;

  it.each([
    ['an empty identifier list', '[]', 'BAD_USER_INPUT'],
    ['a malformed document number', '[{ kind: TRAVEL_DOCUMENT, value: "P4821937B!!", country: "PHL" }]', 'BAD_USER_INPUT'],
    ['an unknown country', '[{ kind: TRAVEL_DOCUMENT, value: "P4821937B", country: "XYZ" }]', 'BAD_USER_INPUT'],
    ['a document without its issuing country', '[{ kind: TRAVEL_DOCUMENT, value: "P4821937B" }]', 'BAD_USER_INPUT'],
    ['a phone number that is not one', '[{ kind: PHONE, value: "12" }]', 'BAD_USER_INPUT'],
    ['an unknown identifier kind', '[{ kind: SHOE_SIZE, value: "42" }]', 'GRAPHQL_VALIDATION_FAILED'],
  ])('refuses %s with a coded error', async (_what, identifiers, expected) => {
    const { body } = await stack.query(traceOf(identifiers, 'id'));
    expect(code(body)).toBe(expected);
    expect(body.data?.trace ?? null).toBeNull();
  });

  it('refuses an unknown identifier kind sent as a variable', async () => {
    const { body } = await stack.query('query T($ids: [IdentifierInput!]!) { trace(identifiers: $ids) { records { id } } }', {
      ids: [{ kind: 'SHOE_SIZE', value: '42' }],
    });
    expect(code(body)).toBe('BAD_USER_INPUT');
  });

  it('refuses a depth beyond the server’s bound', async () => {
    const { body } = await stack.query(`{ trace(identifiers: ${VICTIM_PASSPORT}, depth: 99) { records { id } } }`);
    expect(code(body)).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toMatch(/depth/);
  });
});

describe('one jurisdiction failing', () => {
  const expectPhlOnly = (body: any, expectedCode: string, expectedStatus: string) => {
    const records = body.data.trace.records as any[];
    expect(records.filter(Boolean).map((r) => r.jurisdiction)).toEqual(['PHL']);
    const error = (body.errors as any[]).find((e) => e.extensions?.jurisdiction === 'THA');
    expect(error?.extensions?.code).toBe(expectedCode);
    expect(error.message).toContain('THA');
    expect(body.data.trace.jurisdictions).toContainEqual(expect.objectContaining({ code: 'THA', status: expectedStatus }));
    expect(body.data.trace.jurisdictions).toContainEqual(expect.objectContaining({ code: 'PHL', status: 'ANSWERED' }));
  };

  it.each([
    ['answers HTTP 500', 'http-500', 'JURISDICTION_UNAVAILABLE', 'FAILED'],
    ['answers garbage', 'garbage', 'JURISDICTION_UNAVAILABLE', 'FAILED'],
    ['hangs', 'hang', 'JURISDICTION_TIMEOUT', 'TIMED_OUT'],
  ] as const)('keeps the PHL record when the Thai native source %s', async (_what, fault, expectedCode, expectedStatus) => {
    stack.countries.THA!.native.setFault(fault);
    try {
      const { status, body } = await stack.query(traceOf(VICTIM_PASSPORT, 'id jurisdiction names { full }'));
      expect(status).toBe(200);
      expectPhlOnly(body, expectedCode, expectedStatus);
    } finally {
      stack.countries.THA!.native.setFault('none');
    }
  });

  it('keeps the PHL record when the THA subgraph is stopped, and recovers when it is back', async () => {
    await stack.stopSubgraph('THA');
    try {
      const { body } = await stack.query(traceOf(VICTIM_PASSPORT, 'id jurisdiction names { full }'));
      expectPhlOnly(body, 'JURISDICTION_UNAVAILABLE', 'FAILED');
    } finally {
      await stack.restartSubgraph('THA');
    }
    const { body } = await stack.query(traceOf(VICTIM_PASSPORT, 'id jurisdiction'));
    expect(body.errors).toBeUndefined();
    expect((body.data!.trace.records as any[]).map((r) => r.jurisdiction).sort()).toEqual(['PHL', 'THA']);
  });
});
