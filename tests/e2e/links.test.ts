// Links between a trace's records, asking by name, and link decisions, end to end: real HTTP
// through the real gateway (labels, audit) to the real index, PHL and THA subgraphs and sources.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startTestStack, type TestStack } from '../../gateway/stack/in-process';

let stack: TestStack;
beforeAll(async () => {
  // Nothing here tests a timeout: a generous budget keeps a busy machine from failing it.
  stack = await startTestStack({ subgraphTimeoutMs: 10_000 });
});
afterAll(() => stack?.close());

const PHL_VICTIM = 'PHL:PNP:2024-000123';
const THA_VICTIM = 'THA:TIB:2567-TIB-004512';
const LINKS = 'links { a { id } b { id } colour score evidence { matchedKeys nameSimilarity method reason } decision { decision reason purpose decidedBy { sub country agency } decidedAt } }';
const trace = (identifiers: string, depth = 1) => `{ trace(identifiers: ${identifiers}, depth: ${depth}) { records { id } ${LINKS} } }`;
const BY_PASSPORT = '[{ kind: TRAVEL_DOCUMENT, value: "P4821937B", country: "PHL" }]';
const BY_EMAIL = '[{ kind: EMAIL, value: "maricel.v98@example.ph" }]';
const DECIDE = `mutation Decide($a: ID!, $b: ID!, $reason: String!) { confirmLink(a: $a, b: $b, reason: $reason) { a { id } b { id } colour score decision { decision } } }`;
const REJECT = `mutation Reject($a: ID!, $b: ID!, $reason: String!) { rejectLink(a: $a, b: $b, reason: $reason) { colour } }`;

const linkOf = (links: any[], x: string, y: string) => links.find((l) => [l.a.id, l.b.id].sort().join() === [x, y].sort().join());
const trail = () => readFileSync(join(dirname(stack.supergraphPath), 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).event);

describe('links in a trace', () => {
  it('relates the victim’s two records as a likely match, from blind keys only', async () => {
    const { body } = await stack.query(trace(BY_PASSPORT));
    expect(body.errors).toBeUndefined();
    const link = linkOf(body.data!.trace.links, PHL_VICTIM, THA_VICTIM);
    expect(link).toMatchObject({ colour: 'YELLOW', decision: null, evidence: { nameSimilarity: 1 } });
    expect(link.score).toBeGreaterThan(0.99);
    expect(link.evidence.matchedKeys).toEqual(expect.arrayContaining(['TRAVEL_DOCUMENT', 'PHONE', 'NAME_BIRTH_YEAR', 'DATE_OF_BIRTH']));
    expect(link.evidence.method).toMatch(/blind name keys/);
    expect(JSON.stringify(link.evidence)).not.toMatch(/maricel|villanueva|4821937/i);
  });

  it('are personal data: without a purpose they are null with PURPOSE_REQUIRED', async () => {
    const { body } = await stack.query(trace(BY_PASSPORT), undefined, { purpose: null });
    expect(body.data!.trace.links).toBeNull();
    expect(body.errors?.find((e) => e.path?.join('.') === 'trace.links')?.extensions?.code).toBe('PURPOSE_REQUIRED');
  });
});

describe('tracing by name', () => {
  it('finds the victim by her name in another order and her birth year, in both countries', async () => {
    const { body } = await stack.query(`{ trace(identifiers: [{ kind: NAME, value: "VILLANUEVA Maricel", birthYear: 1998 }], depth: 0) { identifiers { kind value } records { id } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.trace.identifiers).toEqual([{ kind: 'NAME', value: 'VILLANUEVA MARICEL' }]);
    expect(body.data!.trace.records.map((r: any) => r.id).sort()).toEqual([PHL_VICTIM, THA_VICTIM]);
  });

  it('finds the recruiter by his name in Thai script, through his passport romanisation', async () => {
    const { body } = await stack.query(`{ trace(identifiers: [{ kind: NAME, value: "วีระ แก้วมณี" }], depth: 0) { records { id } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.trace.records.map((r: any) => r.id)).toEqual(expect.arrayContaining(['PHL:PNP:2024-000131', 'THA:RTP:2567-ATPD-000871']));
  });

  it.each([
    ['an empty name', '{ kind: NAME, value: "  " }', /NAME: empty name/],
    ['an absurd birth year', '{ kind: NAME, value: "Maricel Villanueva", birthYear: 1492 }', /birthYear must be a year from 1900/],
    ['a birth year beside a passport', '{ kind: TRAVEL_DOCUMENT, value: "P4821937B", country: "PHL", birthYear: 1998 }', /birthYear applies only to NAME/],
  ])('refuses %s with BAD_USER_INPUT and a clear message', async (_what, identifier, message) => {
    const { body } = await stack.query(`{ trace(identifiers: [${identifier}]) { records { id } } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(message);
  });
});

describe('link decisions', () => {
  it('are refused to an analyst by the field label (FORBIDDEN), and nothing is stored', async () => {
    const { body } = await stack.query(DECIDE, { a: PHL_VICTIM, b: THA_VICTIM, reason: 'trying' }, { roles: ['ANALYST'] });
    expect(body.data?.confirmLink ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'INVESTIGATOR & PURPOSE' });
    const { body: after } = await stack.query(trace(BY_PASSPORT));
    expect(linkOf(after.data!.trace.links, PHL_VICTIM, THA_VICTIM).colour).toBe('YELLOW');
  });

  it('confirmLink by an investigator is stored, audited by the gateway, and shown WHITE by later traces', async () => {
    const { body } = await stack.query(DECIDE, { a: THA_VICTIM, b: PHL_VICTIM, reason: 'same woman: interview PHL-2024-0001/7' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.confirmLink).toMatchObject({ a: { id: PHL_VICTIM }, b: { id: THA_VICTIM }, colour: 'WHITE', decision: { decision: 'SAME_PERSON' } });

    const event = trail().filter((e: any) => e.operation === 'Decide').at(-1);
    expect(event).toMatchObject({ outcome: 'SERVED', purpose: 'PHL-2024-0001', requester: { sub: 'test-officer', country: 'PHL', roles: ['INVESTIGATOR'] } });
    expect(event.records).toEqual(expect.arrayContaining([PHL_VICTIM, THA_VICTIM]));
    expect(event.fields).toContainEqual(expect.objectContaining({ path: 'confirmLink', decision: 'ALLOWED', rule: 'INVESTIGATOR & PURPOSE' }));

    const { body: later } = await stack.query(trace(BY_PASSPORT));
    expect(linkOf(later.data!.trace.links, PHL_VICTIM, THA_VICTIM)).toMatchObject({
      colour: 'WHITE',
      decision: { decision: 'SAME_PERSON', reason: 'same woman: interview PHL-2024-0001/7', purpose: 'PHL-2024-0001', decidedBy: { sub: 'test-officer', country: 'PHL', agency: 'PNP' } },
    });
  });

  it('rejectLink turns the link GREEN, and traces no longer expand from one record to the other', async () => {
    const { body: before } = await stack.query(trace(BY_EMAIL));
    expect(before.data!.trace.records.map((r: any) => r.id).sort()).toEqual([PHL_VICTIM, THA_VICTIM]);
    const { body } = await stack.query(REJECT, { a: PHL_VICTIM, b: THA_VICTIM, reason: 'two women sharing a passport scan, per embassy' });
    expect(body.data!.rejectLink).toEqual({ colour: 'GREEN' });
    const { body: after } = await stack.query(trace(BY_EMAIL));
    expect(after.data!.trace.records.map((r: any) => r.id)).toEqual([PHL_VICTIM]);
    const { body: both } = await stack.query(trace(BY_PASSPORT));
    expect(linkOf(both.data!.trace.links, PHL_VICTIM, THA_VICTIM).colour).toBe('GREEN');
  });

  it('refuses a record the index does not hold with BAD_USER_INPUT', async () => {
    const { body } = await stack.query(DECIDE, { a: PHL_VICTIM, b: 'PHL:PNP:9999-NOPE', reason: 'x' });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/not in the index/);
  });
});
