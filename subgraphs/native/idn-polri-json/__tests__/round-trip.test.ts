// The IDN adapter against the simulated POLRI / Imigrasi API over real HTTP: every IDN record of
// the scenario must map without a MappingError and agree with the scenario's ground truth, and the
// adapter must read every word the simulator writes.
import { DateTime } from 'luxon';
import { loadRegistry } from '../../../../schema/registry/registry';
import { normaliseDocumentNumber } from '../../../kit/mapping/documents';
import { transliterate } from '../../../kit/mapping/names';
import { NativeSourceError } from '../../../kit/native/native-source-error';
import type { PersonRecord } from '../../../kit/record/person-record';
import { createIdnAdapter } from '../../../idn/adapter';
import { offenceOf } from '../../../idn/offences';
import * as adapterWords from '../../../idn/vocabulary';
import { generateScenario, recordsOf } from '../../../scenario/generate';
import type { ScenarioDate, ScenarioRecord } from '../../../scenario/model';
import type { NativeServer } from '../../native-server';
import { startIdnNativeSource } from '../server';
import * as nativeWords from '../vocabulary';
import { withFixtures } from './scenario-fixtures';

const IDN = loadRegistry().byCode('IDN')!;

/** A scenario time is the agency's wall clock: what the record must say of it in UTC. */
const instantOf = (d: ScenarioDate) =>
  d.hour === undefined ? null : DateTime.fromObject({ year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute }, { zone: IDN.timeZone }).toUTC().toISO({ suppressMilliseconds: true });
const scenario = withFixtures(generateScenario());
const truth = recordsOf(scenario, 'IDN');
let server: NativeServer;
let adapter: ReturnType<typeof createIdnAdapter>;

beforeAll(async () => {
  server = await startIdnNativeSource({ scenario, port: 0 });
  adapter = createIdnAdapter({ jurisdiction: IDN, baseUrl: server.origin, timeoutMs: 10_000 });
});
afterAll(() => server.close());
afterEach(() => server.setFault('none'));

const isoOf = (d: ScenarioDate) => [String(d.year), d.month, d.month && d.day].filter((p) => p !== undefined).map((p) => String(p).padStart(2, '0')).join('-');
const unique = <T>(items: T[]) => [...new Set(items)];

/** What the shared record must say, from the scenario's ground truth. */
function expected(r: ScenarioRecord) {
  return {
    id: `IDN:${r.agency}:${r.localId}`,
    roles: unique(r.roles),
    // Indonesian forms know L and P only.
    sex: r.sex === 'OTHER' ? 'UNKNOWN' : r.sex,
    birth: r.birth ? isoOf(r.birth) : null,
    nationalities: unique(r.nationalities),
    documents: r.documents.map((d) => ({ type: d.type, number: normaliseDocumentNumber(d.number), rawNumber: d.number, issuingCountry: d.issuingCountry, status: d.status, expiry: d.expiry ? isoOf(d.expiry) : null })),
    events: r.events.map((e) => ({ type: e.type, when: isoOf(e.when), instant: instantOf(e.when), country: e.country, locality: e.locality || null, facility: e.facility ?? null, operation: e.operation ?? null, summary: e.summary })),
    cases: r.cases.map((c) => ({ reference: c.reference, role: c.role, status: c.status, exploitationTypes: unique(c.exploitationTypes), offences: unique(c.offences) })),
    handling: { code: r.handling.code, releasableTo: unique(r.handling.releasableTo), contact: IDN.contact },
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

function actual(m: PersonRecord) {
  return {
    id: m.id,
    roles: m.roles,
    sex: m.sex,
    birth: m.dateOfBirth?.iso ?? null,
    nationalities: m.nationalities,
    documents: m.documents.map((d) => ({ type: d.type, number: d.number, rawNumber: d.rawNumber, issuingCountry: d.issuingCountry, status: d.status, expiry: d.expiry?.iso ?? null })),
    events: m.events.map((e) => ({ type: e.type, when: e.when?.iso, instant: e.when?.instant ?? null, country: e.where?.country, locality: e.where?.locality, facility: e.where?.facility, operation: e.operation, summary: e.summary })),
    cases: m.cases,
    handling: m.handling,
    updatedAt: m.updatedAt,
  };
}

/** Imigrasi copies the passport: capitals without diacritics. */
const asRecorded = (text: string, r: ScenarioRecord) => (r.agency === 'IMIGRASI' ? transliterate(text).toUpperCase() : text);

function checkName(m: PersonRecord, r: ScenarioRecord): void {
  const [name, ...aliases] = m.names;
  expect(aliases).toEqual([]);
  expect(name?.script).toBe('LATIN');
  for (const part of [r.name.given, r.name.middle, r.name.family, r.name.patronymic]) if (part) expect(name?.full).toContain(asRecorded(part, r));
  const mononym = !r.name.family && !r.name.middle && !r.name.patronymic && !r.name.given.includes(' ');
  if (mononym) expect(name).toMatchObject({ full: asRecorded(r.name.given, r), given: null, family: null });
  else if (r.name.family && !r.name.patronymic) expect(name?.family).toBe(asRecorded(r.name.family, r));
  else expect(name?.family).toBeNull();
}

async function allPages(): Promise<(PersonRecord | Error)[]> {
  const records: (PersonRecord | Error)[] = [];
  let cursor: string | null = null;
  do {
    const page = await adapter.fetchPage(cursor);
    records.push(...page.records);
    cursor = page.next;
  } while (cursor !== null);
  return records;
}

describe('IDN adapter against the simulated POLRI / Imigrasi API', () => {
  it('maps every published record without a MappingError, agreeing with the ground truth', async () => {
    const before = server.requests.length;
    const records = await allPages();
    expect(server.requests.length - before).toBe(Math.max(1, Math.ceil(truth.length / IDN.native.pageSize)));
    expect(records.filter((r) => r instanceof Error).map((e) => (e as Error).message)).toEqual([]);
    const mapped = records as PersonRecord[];
    expect(mapped.map((r) => r.id)).toEqual(truth.map((t) => `IDN:${t.agency}:${t.localId}`));
    mapped.forEach((record, i) => {
      const t = truth[i]!;
      expect(actual(record)).toEqual(expected(t));
      checkName(record, t);
      expect(record.identifiers.map((id) => id.raw).sort()).toEqual(unique([...t.phones, ...t.otherIdentifiers.map((o) => o.value)]).sort());
    });
  });

  it('fetches every record by id, in the order asked, with one native call per 500 ids', async () => {
    const ids = [...truth].reverse().map((t) => `IDN:${t.agency}:${t.localId}`);
    const before = server.requests.length;
    const slots = await adapter.fetchByIds(ids);
    expect(server.requests.length - before).toBe(Math.ceil(ids.length / 500));
    expect(slots.map((s) => (s && !(s instanceof Error) ? s.id : s))).toEqual(ids);
  });

  it.each(['http-500', 'garbage'] as const)('turns the fault %s into a NativeSourceError', async (fault) => {
    server.setFault(fault);
    await expect(adapter.fetchByIds([`IDN:${truth[0]!.agency}:${truth[0]!.localId}`])).rejects.toBeInstanceOf(NativeSourceError);
    await expect(adapter.fetchPage(null)).rejects.toBeInstanceOf(NativeSourceError);
  });

  it('gives up on a source that hangs, as a timeout', async () => {
    server.setFault('hang');
    await expect(adapter.fetchPage(null)).rejects.toMatchObject({ name: 'NativeSourceError', timedOut: true });
  });
});

describe('the IDN adapter reads every word the POLRI / Imigrasi simulator writes', () => {
  const tables: [string, Record<string, string | null>, ReadonlyMap<string, string>][] = [
    ['roles', { ...nativeWords.ROLE, FOREIGN: null }, adapterWords.ROLES],
    ['event types', nativeWords.EVENT_TYPE, adapterWords.EVENT_TYPES],
    ['sexes', nativeWords.SEX, adapterWords.SEXES],
    ['document statuses', nativeWords.DOCUMENT_STATUS, adapterWords.DOCUMENT_STATUSES],
    ['contact kinds', nativeWords.CONTACT_KIND, adapterWords.CONTACT_KINDS],
    ['case stages', nativeWords.CASE_STAGE, adapterWords.CASE_STAGES],
    ['exploitation types', nativeWords.EXPLOITATION, adapterWords.EXPLOITATION_TYPES],
  ];

  it.each(tables)('%s', (_what, written, read) => {
    for (const [ours, native] of Object.entries(written)) if (native !== null) expect([ours, read.get(adapterWords.word(native))]).toEqual([ours, ours]);
  });

  it('the foreigners’ irregular-migrant word and the document types', () => {
    expect(adapterWords.ROLES.get(nativeWords.FOREIGN_IRREGULAR_MIGRANT)).toBe('IRREGULAR_MIGRANT');
    expect(['PASPOR', 'KTP', 'KARTU IDENTITAS'].map((w) => adapterWords.DOCUMENT_TYPES.get(w))).toEqual(['PASSPORT', 'NATIONAL_ID', 'NATIONAL_ID']);
  });

  it('articles', () => {
    for (const [offence, citation] of Object.entries(nativeWords.ARTICLE)) expect(offenceOf('pasal', citation)).toBe(offence);
  });
});
