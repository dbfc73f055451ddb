// The access matrix of SPEC §5 through the real gateway: roles × requesting countries × purpose ×
// fields × the owners' handling codes. Each cell asserts exactly what that requester receives:
// the value, or null with the error code and rule that withheld it.
import type { Role } from '../../gateway/auth/requester';
import { startTestStack, type GraphQLBody, type TestStack } from '../../gateway/stack/in-process';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

/** The scenario's records the matrix looks at, with the release facts their owners recorded. */
const RECORDS = {
  'PHL:PNP:2024-000123': { owner: 'PHL', handling: 'H2', releasableTo: ['THA'], victim: true, nationalities: ['PHL'] },
  'THA:TIB:2567-TIB-004512': { owner: 'THA', handling: 'H1', releasableTo: ['PHL'], victim: true, nationalities: ['PHL'] },
  'THA:RTP:2567-ATPD-000871': { owner: 'THA', handling: 'H0', releasableTo: ['PHL'], victim: false, nationalities: ['THA'] },
  'PHL:PNP:2024-000131': { owner: 'PHL', handling: 'H0', releasableTo: ['THA'], victim: false, nationalities: ['THA'] },
  'THA:RTP:2567-ATPD-000902': { owner: 'THA', handling: 'H3', releasableTo: [], victim: false, nationalities: ['THA'] },
  'PHL:PNP:2024-000140': { owner: 'PHL', handling: 'H1', releasableTo: [], victim: false, nationalities: ['THA'] },
  'THA:RTP:2567-ATPD-000903': { owner: 'THA', handling: 'H2', releasableTo: [], victim: true, nationalities: ['PHL'] },
} as const;
type RecordId = keyof typeof RECORDS;

const TRACE = `{ trace(identifiers: [
  { kind: TRAVEL_DOCUMENT, value: "P4821937B", country: "PHL" },
  { kind: TRAVEL_DOCUMENT, value: "AA3318842", country: "THA" },
  { kind: PHONE, value: "+66 89 555 0142" },
  { kind: TRAVEL_DOCUMENT, value: "P7700451A", country: "PHL" }
]) { records { id names { full } events { type } release { status rule } } } }`;

const ROLES: Role[] = ['INVESTIGATOR', 'VICTIM_SUPPORT', 'ANALYST', 'LIAISON', 'INTEGRATOR'];
const COUNTRIES = ['PHL', 'THA', 'VNM'] as const;
const PURPOSE_OF: Record<string, string> = { PHL: 'PHL-2024-0001', THA: 'THA-2024-0415', VNM: 'VNM-2024-0007' };

/** What one requester should receive of one field of one record: a value, or null with code and rule. */
type Expect = { value: true } | { value: false; code: string; rule: string };

interface Asker { role: Role; country: string; purpose: boolean }

// SPEC §5 written out, independently of the implementation: labels first, then the owner.
const IDENTITY_LABEL = '(INVESTIGATOR | VICTIM_SUPPORT | LIAISON) & PURPOSE';
const CASEWORK_LABEL = '(INVESTIGATOR | VICTIM_SUPPORT | ANALYST | LIAISON) & PURPOSE';

function label(rule: string, roles: readonly Role[], a: Asker): Expect | null {
  const roleOk = roles.includes(a.role);
  if (roleOk && a.purpose) return null;
  return { value: false, code: roleOk ? 'PURPOSE_REQUIRED' : 'FORBIDDEN', rule };
}

function owner(id: RecordId, a: Asker): { status: 'RELEASED' | 'PARTIAL' | 'WITHHELD'; rule: string | null } {
  const r = RECORDS[id];
  const foreign = a.country !== r.owner;
  const listed = (r.releasableTo as readonly string[]).includes(a.country);
  if (!a.purpose) return { status: 'WITHHELD', rule: 'originator:purpose' };
  if (foreign && r.releasableTo.length > 0 && !listed) return { status: 'WITHHELD', rule: 'originator:releasability' };
  if (foreign && r.handling === 'H3' && r.releasableTo.length === 0) return { status: 'WITHHELD', rule: 'originator:H3' };
  if (r.handling === 'H0' && a.role !== 'INVESTIGATOR') return { status: 'WITHHELD', rule: 'originator:H0' };
  if (r.victim && a.role !== 'VICTIM_SUPPORT' && a.role !== 'INVESTIGATOR') return { status: 'PARTIAL', rule: 'originator:victim-identity' };
  if (r.victim && foreign && (r.nationalities as readonly string[]).includes(a.country) && !listed) return { status: 'PARTIAL', rule: 'originator:victim-origin' };
  return { status: 'RELEASED', rule: null };
}

function expected(id: RecordId, field: 'names' | 'events', a: Asker): Expect {
  const byLabel = field === 'names'
    ? label(IDENTITY_LABEL, ['INVESTIGATOR', 'VICTIM_SUPPORT', 'LIAISON'], a)
    : label(CASEWORK_LABEL, ['INVESTIGATOR', 'VICTIM_SUPPORT', 'ANALYST', 'LIAISON'], a);
  if (byLabel) return byLabel;
  const o = owner(id, a);
  if (o.status === 'WITHHELD' || (o.status === 'PARTIAL' && field === 'names')) return { value: false, code: 'FORBIDDEN', rule: o.rule! };
  return { value: true };
}

const cells: Asker[] = ROLES.flatMap((role) => COUNTRIES.flatMap((country) => [true, false].map((purpose) => ({ role, country, purpose }))));

describe.each(cells)('requester %o', (a) => {
  let body: GraphQLBody;
  beforeAll(async () => {
    ({ body } = await stack.query(TRACE, undefined, { roles: [a.role], country: a.country, agency: 'X', purpose: a.purpose ? PURPOSE_OF[a.country]! : null }));
  });

  if (a.role === 'INTEGRATOR') {
    it('may not trace: trace is null, FORBIDDEN by its label', () => {
      expect(body.data).toEqual({ trace: null });
      expect(body.errors).toEqual([expect.objectContaining({ path: ['trace'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
    });
    return;
  }

  it('sees every record exist, whatever is released of it', () => {
    expect(body.data!.trace.records.map((r: { id: string }) => r.id).sort()).toEqual(Object.keys(RECORDS).sort());
  });

  it.each(Object.keys(RECORDS) as RecordId[])('%s: names, events and the release status are exactly as the rules say', (id) => {
    const records = body.data!.trace.records as { id: string; names: unknown; events: unknown; release: { status: string; rule: string | null } }[];
    const index = records.findIndex((r) => r.id === id);
    const record = records[index]!;
    expect(record.release).toEqual(owner(id, a));
    for (const field of ['names', 'events'] as const) {
      const want = expected(id, field, a);
      const errors = (body.errors ?? []).filter((e) => JSON.stringify(e.path) === JSON.stringify(['trace', 'records', index, field]));
      if (want.value) {
        expect(record[field]).toEqual(expect.any(Array));
        expect((record[field] as unknown[]).length).toBeGreaterThan(0);
        expect(errors).toEqual([]);
      } else {
        expect(record[field]).toBeNull();
        expect(errors).toHaveLength(1);
        expect(errors[0]!.extensions).toMatchObject({ code: want.code, rule: want.rule });
      }
    }
  });
});

it('a jurisdiction whose every hit is withheld shows WITHHELD, with the owner’s contact', async () => {
  const { body } = await stack.query(`{ trace(identifiers: [{ kind: TRAVEL_DOCUMENT, value: "AB1200345", country: "THA" }]) {
    records { id names { full } handling { contact } } jurisdictions { code status hits detail } } }`);
  const tha = body.data!.trace.jurisdictions.find((j: { code: string }) => j.code === 'THA');
  expect(tha).toMatchObject({ status: 'WITHHELD', hits: 1 });
  expect(tha.detail).toMatch(/withheld by the owner: .*H3.*contact Royal Thai Police/);
  expect(body.data!.trace.records).toContainEqual({ id: 'THA:RTP:2567-ATPD-000902', names: null, handling: { contact: expect.stringMatching(/Royal Thai Police/) } });
});
