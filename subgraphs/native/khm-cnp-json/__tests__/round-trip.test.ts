// The KHM adapter against the simulated CNP API over real HTTP: every KHM record of the scenario
// must map without a MappingError and agree with the scenario's ground truth, and the adapter must
// read every word the simulator writes.
import { DateTime } from 'luxon';
import { loadRegistry } from '../../../../schema/registry/registry';
import { normaliseDocumentNumber } from '../../../kit/mapping/documents';
import { transliterate } from '../../../kit/mapping/names';
import { NativeSourceError } from '../../../kit/native/native-source-error';
import type { PersonRecord } from '../../../kit/record/person-record';
import { createKhmAdapter } from '../../../khm/adapter';
import * as adapterWords from '../../../khm/vocabulary';
import { offenceOf } from '../../../khm/offences';
import { generateScenario, recordsOf } from '../../../scenario/generate';
import type { ScenarioDate, ScenarioRecord } from '../../../scenario/model';
import type { NativeServer } from '../../native-server';
import { startKhmNativeSource } from '../server';
import * as nativeWords from '../vocabulary';
import { withFixtures } from './scenario-fixtures';

const KHM = loadRegistry().byCode('KHM')!;

/** A scenario time is the agency's wall clock: what the record must say of it in UTC. */
const instantOf = (d: ScenarioDate) =>
  d.hour === undefined ? null : DateTime.fromObject({ year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute }, { zone: KHM.timeZone }).toUTC().toISO({ suppressMilliseconds: true });
const scenario = withFixtures(generateScenario());
const truth = recordsOf(scenario, 'KHM');
let server: NativeServer;
let adapter: ReturnType<typeof createKhmAdapter>;

beforeAll(async () => {
  server = await startKhmNativeSource({ scenario, port: 0 });
  adapter = createKhmAdapter({ jurisdiction: KHM, baseUrl: server.origin, timeoutMs: 10_000 });
});
afterAll(() => server.close());
afterEach(() => server.setFault('none'));

const isoOf = (d: ScenarioDate) => [String(d.year), d.month, d.month && d.day].filter((p) => p !== undefined).map((p) => String(p).padStart(2, '0')).join('-');
const unique = <T>(items: T[]) => [...new Set(items)];
const isKhmer = (text: string | undefined) => text !== undefined && /\p{Script=Khmer}/u.test(text);

/** What the shared record must say, from the scenario's ground truth. */
function expected(r: ScenarioRecord) {
  return {
    id: `KHM:${r.agency}:${r.localId}`,
    roles: unique(r.roles),
    sex: r.sex,
    birth: r.birth ? isoOf(r.birth) : null,
    nationalities: unique(r.nationalities),
    documents: r.documents.map((d) => ({ type: d.type, number: normaliseDocumentNumber(d.number), rawNumber: d.number, issuingCountry: d.issuingCountry, status: d.status, expiry: d.expiry ? isoOf(d.expiry) : null })),
    events: r.events.map((e) => ({ type: e.type, when: isoOf(e.when), instant: instantOf(e.when), country: e.country, facility: e.facility ?? null, operation: e.operation ?? null, summary: e.summary })),
    cases: r.cases.map((c) => ({ reference: c.reference, role: c.role, status: c.status, exploitationTypes: unique(c.exploitationTypes), offences: unique(c.offences) })),
    handling: { code: r.handling.code, releasableTo: unique(r.handling.releasableTo), contact: KHM.contact },
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
    events: m.events.map((e) => ({ type: e.type, when: e.when?.iso, instant: e.when?.instant ?? null, country: e.where?.country, facility: e.where?.facility, operation: e.operation, summary: e.summary })),
    cases: m.cases,
    handling: m.handling,
    updatedAt: m.updatedAt,
  };
}

function checkName(m: PersonRecord, r: ScenarioRecord): void {
  const [name] = m.names;
  if (isKhmer(r.name.nativeScript)) {
    expect(name).toMatchObject({ full: r.name.nativeScript, script: 'KHMER', family: r.name.family?.toUpperCase(), given: r.name.given.toUpperCase() });
    expect(name?.romanised).toBe(`${r.name.family} ${r.name.given}`.toUpperCase());
  } else {
    // A foreigner's name is kept whole: every part is there, the split is not claimed.
    expect(name).toMatchObject({ script: 'LATIN', family: null, given: null });
    for (const part of [r.name.given, r.name.middle, r.name.family, r.name.patronymic]) if (part) expect(name?.full).toContain(transliterate(part).toUpperCase());
  }
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

describe('KHM adapter against the simulated CNP API', () => {
  it('maps every published record without a MappingError, agreeing with the ground truth', async () => {
    const before = server.requests.length;
    const records = await allPages();
    expect(server.requests.length - before).toBe(Math.max(1, Math.ceil(truth.length / KHM.native.pageSize)));
    expect(records.filter((r) => r instanceof Error).map((e) => (e as Error).message)).toEqual([]);
    const mapped = records as PersonRecord[];
    expect(mapped.map((r) => r.id)).toEqual(truth.map((t) => `KHM:${t.agency}:${t.localId}`));
    mapped.forEach((record, i) => {
      const t = truth[i]!;
      expect(actual(record)).toEqual(expected(t));
      checkName(record, t);
      expect(record.identifiers.map((id) => id.raw).sort()).toEqual(unique([...t.phones, ...t.otherIdentifiers.map((o) => o.value)]).sort());
      // The CNP files places by province code: the place as the scenario wrote it survives in the locality.
      record.events.forEach((e, j) => expect(e.where?.locality ?? '').toContain(t.events[j]!.locality));
    });
  });

  it('fetches every record by id, in the order asked, with one native call per 200 ids', async () => {
    const ids = [...truth].reverse().map((t) => `KHM:${t.agency}:${t.localId}`);
    const before = server.requests.length;
    const slots = await adapter.fetchByIds(ids);
    expect(server.requests.length - before).toBe(Math.ceil(ids.length / 200));
    expect(slots.map((s) => (s && !(s instanceof Error) ? s.id : s))).toEqual(ids);
  });

  it.each(['http-500', 'garbage'] as const)('turns the fault %s into a NativeSourceError', async (fault) => {
    server.setFault(fault);
    await expect(adapter.fetchByIds([`KHM:CNP:${truth[0]!.localId}`])).rejects.toBeInstanceOf(NativeSourceError);
    await expect(adapter.fetchPage(null)).rejects.toBeInstanceOf(NativeSourceError);
  });

  it('gives up on a source that hangs, as a timeout', async () => {
    server.setFault('hang');
    await expect(adapter.fetchByIds([`KHM:CNP:${truth[0]!.localId}`])).rejects.toMatchObject({ name: 'NativeSourceError', timedOut: true });
  });
});

describe('the KHM adapter reads every word the CNP simulator writes', () => {
  const tables: [string, Record<string, string | null>, ReadonlyMap<string, string>][] = [
    ['person types', nativeWords.PERSON_TYPE, adapterWords.PERSON_TYPES],
    ['event types', nativeWords.EVENT_TYPE, adapterWords.EVENT_TYPES],
    ['genders', nativeWords.GENDER, adapterWords.GENDERS],
    ['document statuses', nativeWords.DOC_STATUS, adapterWords.DOCUMENT_STATUSES],
    ['document types', nativeWords.DOC_TYPE, adapterWords.DOCUMENT_TYPES],
    ['contact types', nativeWords.CONTACT_TYPE, adapterWords.CONTACT_TYPES],
    ['case stages', nativeWords.CASE_STAGE, adapterWords.CASE_STAGES],
  ];

  it.each(tables)('%s', (_what, written, read) => {
    for (const [ours, native] of Object.entries(written)) if (native !== null) expect([ours, read.get(adapterWords.word(native))]).toEqual([ours, ours]);
  });

  it('charges', () => {
    for (const [offence, charge] of Object.entries(nativeWords.CHARGE)) expect(offenceOf('charge', charge)).toBe(offence);
  });
});
