// End to end: a facility with its cases, through the real gateway over real HTTP. The index says
// what the facility is; each country finds its cases at it in its own records, under its own
// release rules; the operations subgraph merges them; every record a case refers to is completed
// by its owner, as in a trace.
import { loadFacilities } from '../../schema/registry/facilities';
import { generateScenario } from '../../subgraphs/scenario/generate';
import { startTestStack, type GraphQLBody, type TestStack } from '../../gateway/stack/in-process';

const COUNTRIES = ['PHL', 'THA', 'VNM', 'CHN', 'IDN'];

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ jurisdictions: COUNTRIES, subgraphTimeoutMs: 20_000 });
}, 180_000);
afterAll(() => stack?.close(), 60_000);

const IDENTITY = 'id name kind country locality description knownAs reportingCountries';
const CASES = `cases {
  reference jurisdiction status exploitationTypes offences
  persons { role record { id jurisdiction names { full } } }
  events { type when { iso } where { country locality facility } record { id } }
}`;

type Case = {
  reference: string;
  jurisdiction: string;
  status: string | null;
  exploitationTypes: string[];
  offences: string[];
  persons: { role: string; record: { id: string; jurisdiction: string; names: { full: string }[] | null } }[];
  events: { type: string; when: { iso: string } | null; where: { country: string; locality: string; facility: string }; record: { id: string } }[];
};

const codes = (body: GraphQLBody) => (body.errors ?? []).map((e) => e.extensions?.code);
const bamban = loadFacilities().find((f) => f.id === 'PHL-BAMBAN')!;

describe('a facility with its cases', () => {
  it('answers the facility’s identity from the index, to every authenticated role', async () => {
    for (const as of [{}, { roles: ['INTEGRATOR' as const], purpose: null }]) {
      const { status, body } = await stack.query(`{ facility(id: "PHL-BAMBAN") { ${IDENTITY} } }`, undefined, as);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data!.facility).toEqual({
        id: 'PHL-BAMBAN',
        name: 'Bamban compound',
        kind: 'SCAM_COMPOUND',
        country: 'PHL',
        locality: 'Bamban, Tarlac',
        description: bamban.description,
        knownAs: bamban.knownAs,
        reportingCountries: COUNTRIES,
      });
    }
  });

  it('lists the cases of every country whose records place events at the facility, each person completed by the owner', async () => {
    const { body } = await stack.query(`{ facility(id: "phl-bamban") { id complete missingCountries withheldRecords ${CASES} } }`);
    expect(body.errors).toBeUndefined();
    const facility = body.data!.facility;
    expect(facility).toMatchObject({ id: 'PHL-BAMBAN', complete: true, missingCountries: [], withheldRecords: 0 });
    const cases = facility.cases as Case[];
    expect([...new Set(cases.map((c) => c.jurisdiction))]).toEqual(['CHN', 'IDN', 'PHL', 'VNM']);
    const refs = cases.map((c) => `${c.jurisdiction} ${c.reference}`);
    expect(refs).toEqual([...refs].sort());
    for (const c of cases) {
      for (const p of c.persons) expect(p.record.jurisdiction).toBe(c.jurisdiction);
      // Every event of a case is at the facility, under any of the names agencies write it with.
      for (const e of c.events) expect(bamban.knownAs).toContain(e.where.facility);
    }

    // The compound's own case: every record of the PNP / BI sample, each with its role.
    const sample = generateScenario().records.filter((r) => r.cases.some((k) => k.reference === 'PHL-2023-BAMBAN'));
    const raid = cases.find((c) => c.reference === 'PHL-2023-BAMBAN')!;
    expect(raid.persons).toHaveLength(sample.length);
    expect(new Set(raid.persons.map((p) => p.role))).toEqual(new Set(['VICTIM', 'SUSPECT']));
    expect(raid).toMatchObject({ status: 'CHARGED', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] });

    // Viet Nam wrote the compound's name in Vietnamese; the recruiter never went there, but he is in the case.
    const vnm = cases.find((c) => c.reference === 'VNM-2023-0412')!;
    expect(vnm.status).toBe('CHARGED');
    expect(vnm.persons.map((p) => [p.record.id, p.role])).toEqual([
      ['VNM:MPS:C03-2023-000412', 'VICTIM'],
      ['VNM:MPS:C03-2023-000413', 'SUSPECT'],
    ]);
    expect(vnm.persons[0]!.record.names?.[0]?.full).toMatch(/Hạnh/);
    expect(vnm.events).toEqual([
      { type: 'EXPLOITATION', when: { iso: '2023-01' }, where: { country: 'PHL', locality: 'Bamban, Tarlac', facility: 'Khu phức hợp Bamban' }, record: { id: 'VNM:MPS:C03-2023-000412' } },
    ]);
    expect(cases.find((c) => c.jurisdiction === 'CHN')).toMatchObject({ reference: 'CHN-2023-0511', offences: ['FRAUD', 'TRAFFICKING_IN_PERSONS'] });
    expect(cases.find((c) => c.jurisdiction === 'CHN')!.events[0]!.where.facility).toBe('班班园区');

    // The story's victim, held at the compound: her case brings its suspects, who were never there.
    const story = cases.find((c) => c.reference === 'PHL-2024-0001')!;
    expect(story.persons.map((p) => p.record.id)).toEqual(expect.arrayContaining(['PHL:PNP:2024-000123', 'PHL:PNP:2024-000131']));
    expect(new Set(story.events.map((e) => e.record.id))).toEqual(new Set(['PHL:PNP:2024-000123']));
  }, 60_000);

  it('answers each country’s part by country, with its contact point, the same cases as the merged list', async () => {
    const { body } = await stack.query(`{ facility(id: "PHL-BAMBAN") {
      cases { jurisdiction reference }
      byCountry { id country withheldRecords skippedRecords contact cases { reference } }
    } }`);
    expect(body.errors).toBeUndefined();
    const { byCountry, cases } = body.data!.facility;
    expect(byCountry.map((c: { country: string }) => c.country)).toEqual(COUNTRIES);
    expect(byCountry.find((c: { country: string }) => c.country === 'THA')).toMatchObject({ id: 'PHL-BAMBAN:THA', cases: [], withheldRecords: 0, skippedRecords: 0 });
    expect(byCountry.find((c: { country: string }) => c.country === 'VNM').contact).toMatch(/Ministry of Public Security/);
    const flattened = byCountry.flatMap((c: { country: string; cases: { reference: string }[] }) => c.cases.map((k) => `${c.country} ${k.reference}`)).sort();
    expect(cases.map((c: Case) => `${c.jurisdiction} ${c.reference}`)).toEqual(flattened);
  }, 60_000);

  it('finds a facility abroad in its owner’s records, and lists the facilities of one country', async () => {
    const { body } = await stack.query(`{
      facilities(country: "TH") { id name kind }
      airport: facility(id: "THA-SUVARNABHUMI") { cases { reference jurisdiction events { type record { id } } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.facilities).toEqual(
      loadFacilities().filter((f) => f.country === 'THA').map((f) => ({ id: f.id, name: f.name, kind: f.kind })),
    );
    expect(body.data!.airport.cases).toEqual([
      { reference: 'THA-2024-0415', jurisdiction: 'THA', events: [{ type: 'BORDER_CROSSING', record: { id: 'THA:TIB:2567-TIB-004512' } }] },
    ]);
  }, 60_000);
});

describe('withholding', () => {
  it('refuses the cases without a purpose (PURPOSE_REQUIRED) and still answers the facility', async () => {
    const { body } = await stack.query(`{ facility(id: "PHL-BAMBAN") { name complete cases { reference } byCountry { country cases { reference } } } }`, undefined, { purpose: null });
    const facility = body.data!.facility;
    expect(facility.name).toBe('Bamban compound');
    expect(facility.complete).toBe(true);
    expect(facility.cases).toBeNull();
    for (const c of facility.byCountry) expect(c.cases).toBeNull();
    expect(new Set(codes(body))).toEqual(new Set(['PURPOSE_REQUIRED']));
    expect(body.errors!.some((e) => e.path?.join('.') === 'facility.cases')).toBe(true);
  }, 60_000);

  it('applies each owner’s release rules: a record not releasable to the requester’s country is counted, not shown', async () => {
    // Viet Nam releases its Bamban records to the Philippines only. The victim held there is
    // counted; her recruiter, never there, is not even that: only her case ties him to the facility.
    const { body } = await stack.query(`{ facility(id: "PHL-BAMBAN") { byCountry { country withheldRecords cases { reference } } } }`, undefined, { country: 'THA', agency: 'RTP', purpose: 'THA-2024-0415' });
    expect(body.errors).toBeUndefined();
    const vnm = body.data!.facility.byCountry.find((c: { country: string }) => c.country === 'VNM');
    expect(vnm).toEqual({ country: 'VNM', withheldRecords: 1, cases: [] });
    // China releases its record to the Philippines only, Indonesia to anyone it may (H1).
    const byCountry = body.data!.facility.byCountry as { country: string; withheldRecords: number; cases: { reference: string }[] }[];
    expect(byCountry.find((c) => c.country === 'CHN')).toEqual({ country: 'CHN', withheldRecords: 1, cases: [] });
    expect(byCountry.find((c) => c.country === 'IDN')!.cases).toEqual([{ reference: 'IDN-2023-0405' }]);
  }, 60_000);

  it('withholds a victim’s identity from a liaison officer, field by field, as in a trace', async () => {
    const { body } = await stack.query(
      `{ facility(id: "PHL-BAMBAN") { cases { reference persons { role record { id names { full } release { status rule } } } } } }`,
      undefined,
      { roles: ['LIAISON'] },
    );
    const cases = body.data!.facility.cases as Case[];
    const vnm = cases.find((c) => c.reference === 'VNM-2023-0412')!;
    // The recruiter's record is for police use only (H0): a liaison officer does not see his part.
    expect(vnm.persons.map((p) => p.role)).toEqual(['VICTIM']);
    const victim = vnm.persons[0]! as Case['persons'][number] & { record: { release: { status: string; rule: string } } };
    expect(victim.record.names).toBeNull();
    expect(victim.record.release).toEqual({ status: 'PARTIAL', rule: 'originator:victim-identity' });
    const denied = body.errors!.find((e) => e.extensions?.recordId === 'VNM:MPS:C03-2023-000412');
    expect(denied?.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'originator:victim-identity', jurisdiction: 'VNM' });
    // A suspect is no victim: a released suspect's name answers (the Bamban sample's operators, H1).
    const raid = cases.find((c) => c.reference === 'PHL-2023-BAMBAN')!;
    const operator = raid.persons.find((p) => p.role === 'SUSPECT')!;
    expect(operator.record.names?.[0]?.full).toEqual(expect.any(String));
  }, 60_000);
});

describe('a country that does not answer', () => {
  it('is named, its item is null, and the other countries’ cases still answer', async () => {
    await stack.stopSubgraph('CHN');
    try {
      const { body } = await stack.query(`{ facility(id: "PHL-BAMBAN") { complete missingCountries cases { jurisdiction reference } byCountry { country } } }`);
      const facility = body.data!.facility;
      expect(facility.complete).toBe(false);
      expect(facility.missingCountries).toEqual(['CHN']);
      expect(facility.byCountry.filter((c: unknown) => c === null)).toHaveLength(1);
      expect(new Set((facility.cases as Case[]).map((c) => c.jurisdiction))).toEqual(new Set(['IDN', 'PHL', 'VNM']));
      expect(codes(body)).toContain('JURISDICTION_UNAVAILABLE');
    } finally {
      await stack.restartSubgraph('CHN');
    }
  }, 60_000);
});

describe('bad input', () => {
  it('answers null for an id no facility has, like the other single-item queries', async () => {
    const { body } = await stack.query(`{ facility(id: "PHL-NOWHERE") { id name } operation(code: "NO-SUCH-OP") { code } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ facility: null, operation: null });
  });

  it.each([
    ['a malformed facility id', '{ facility(id: "Bamban compound!") { id } }'],
    ['an empty facility id', '{ facility(id: "") { id } }'],
    ['an overlong facility id', `{ facility(id: "PHL-${'A'.repeat(100)}") { id } }`],
    ['an unknown country', '{ facilities(country: "XYZ") { id } }'],
  ])('refuses %s with BAD_USER_INPUT', async (_what, query) => {
    const { body } = await stack.query(query);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });
});
