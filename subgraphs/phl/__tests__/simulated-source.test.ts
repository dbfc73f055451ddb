// The adapter against the simulated PNP / BI API over real HTTP: every record the simulator
// publishes must map, agree with the scenario's ground truth, and speak the same vocabulary.
import { NativeSourceError } from '../../kit/native/native-source-error';
import type { PersonRecord } from '../../kit/record/person-record';
import type { NativeServer } from '../../native/native-server';
import { renderPnpPerson } from '../../native/phl-pnp-api/render';
import { startPhlNativeSource } from '../../native/phl-pnp-api/server';
import * as nativeWords from '../../native/phl-pnp-api/vocabulary';
import { generateScenario, recordsOf } from '../../scenario/generate';
import type { Offence, ScenarioDate, ScenarioRecord } from '../../scenario/model';
import { createPhlAdapter } from '../adapter';
import { mapPhlRecord } from '../mapping';
import { PNP_MAX_IDS } from '../native-api';
import { CASE_STATUSES, INCIDENT_TYPES, OFFENCES, OTHER_IDENTIFIERS, PASSPORT_STATUSES, ROLES, SEXES, exploitationCode, word } from '../vocabulary';
import { PHL } from './fixtures';

const scenario = generateScenario();
const truth = recordsOf(scenario, 'PHL');
let server: NativeServer;
let adapter: ReturnType<typeof createPhlAdapter>;

beforeAll(async () => {
  server = await startPhlNativeSource({ scenario, port: 0 });
  // A budget no busy machine exhausts: only the hanging source below is meant to time out.
  adapter = createPhlAdapter({ jurisdiction: PHL, baseUrl: server.origin, timeoutMs: 30_000 });
});
afterAll(() => server.close());
afterEach(() => server.setFault('none'));

const isoOf = (d: ScenarioDate) => [String(d.year), d.month, d.day].filter((p) => p !== undefined).map((p) => String(p).padStart(2, '0')).join('-');
/** The local time the agency recorded, `HH:mm`, or null. */
const timeOf = (d: ScenarioDate) => (d.hour === undefined ? null : `${String(d.hour).padStart(2, '0')}:${String(d.minute ?? 0).padStart(2, '0')}`);

async function allPages(): Promise<PersonRecord[]> {
  const records: PersonRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await adapter.fetchPage(cursor);
    for (const r of page.records) {
      if (r instanceof Error) throw r;
      records.push(r);
    }
    cursor = page.next;
  } while (cursor !== null);
  return records;
}

describe('PHL adapter against the simulated PNP / BI API', () => {
  it('maps every published record, in registry-sized pages, agreeing with the ground truth', async () => {
    const before = server.requests.length;
    const records = await allPages();
    expect(server.requests.length - before).toBe(Math.ceil(truth.length / PHL.native.pageSize));
    expect(records.map((r) => r.id)).toEqual(truth.map((t) => `PHL:${t.agency}:${t.localId}`));
    records.forEach((record, i) => {
      const t = truth[i]!;
      expect(record).toMatchObject({ roles: t.roles, sex: t.sex, nationalities: t.nationalities });
      // PNP forms have only first, middle and last name boxes: for a Malay patronymic ("binti
      // Abdullah") or an Indonesian mononym the clerk writes the patronymic, or the one name again,
      // in last_name, as the native system documents (native/phl-pnp-api/render.ts). The adapter
      // cannot tell that last_name apart from a family name, so it reads it as one.
      expect(record.names[0]).toMatchObject({ given: t.name.given, middle: t.name.middle ?? null, family: t.name.family ?? t.name.patronymic ?? t.name.given });
      expect(record.dateOfBirth?.iso ?? null).toBe(t.birth && isoOf(t.birth));
      expect(record.documents.map((d) => d.issuingCountry)).toEqual(t.documents.map((d) => d.issuingCountry));
      expect(record.events.map((e) => e.type)).toEqual(t.events.map((e) => e.type));
      // Local times read back as recorded, each with Manila's offset.
      expect(record.events.map((e) => [e.when?.iso, e.when?.time ?? null, e.when?.utcOffset ?? null])).toEqual(
        t.events.map((e) => [isoOf(e.when), timeOf(e.when), e.when.hour === undefined ? null : '+08:00']),
      );
      expect(record.cases).toEqual(t.cases.map(({ reference, role, status, exploitationTypes, offences }) => ({ reference, role, status, exploitationTypes, offences })));
      expect(record.identifiers.filter((id) => id.kind === 'PHONE').every((id) => /^\+\d{8,15}$/.test(id.value))).toBe(true);
    });
  });

  it(`fetches a batch within the API's limit (${PNP_MAX_IDS} ids, spread over every kind of record) with one native call`, async () => {
    // Every nth record, last first: the story, the trails, the Bamban sample and each operation's filler.
    const stride = Math.floor(truth.length / PNP_MAX_IDS);
    const ids = truth.filter((_, i) => i % stride === 0).slice(0, PNP_MAX_IDS).reverse().map((t) => `PHL:${t.agency}:${t.localId}`);
    expect(ids).toHaveLength(PNP_MAX_IDS);
    const before = server.requests.length;
    const slots = await adapter.fetchByIds(ids);
    expect(server.requests.length - before).toBe(1);
    expect(slots.map((s) => (s && !(s instanceof Error) ? s.id : s))).toEqual(ids);
  });

  it(`fetches a batch past the limit with one native call per ${PNP_MAX_IDS} ids`, async () => {
    const ids = truth.slice(0, 2 * PNP_MAX_IDS + 50).map((t) => `PHL:${t.agency}:${t.localId}`);
    const before = server.requests.length;
    const slots = await adapter.fetchByIds(ids);
    const made = server.requests.slice(before);
    expect(made).toHaveLength(3);
    // In flight together, so they may arrive in any order.
    expect(made.map((r) => new URLSearchParams(r.search).get('ids')!.split(',').length).sort((a, b) => b - a)).toEqual([PNP_MAX_IDS, PNP_MAX_IDS, 50]);
    expect(slots.map((s) => (s && !(s instanceof Error) ? s.id : s))).toEqual(ids);
  });

  it.each(['http-500', 'garbage'] as const)('turns the fault %s into a NativeSourceError', async (fault) => {
    server.setFault(fault);
    await expect(adapter.fetchByIds(['PHL:PNP:2024-000123'])).rejects.toBeInstanceOf(NativeSourceError);
    await expect(adapter.fetchPage(null)).rejects.toBeInstanceOf(NativeSourceError);
  });

  it('gives up on a source that hangs, as a timeout', async () => {
    server.setFault('hang');
    const impatient = createPhlAdapter({ jurisdiction: PHL, baseUrl: server.origin, timeoutMs: 300 });
    await expect(impatient.fetchByIds(['PHL:PNP:2024-000123'])).rejects.toMatchObject({ name: 'NativeSourceError', timedOut: true });
  });
});

describe('the adapter reads every word the simulator writes', () => {
  const tables: [string, Record<string, string | null>, ReadonlyMap<string, string>][] = [
    ['roles', nativeWords.INVOLVEMENT, ROLES],
    ['incident types', nativeWords.INCIDENT_TYPE, INCIDENT_TYPES],
    ['passport statuses', nativeWords.PASSPORT_STATUS, PASSPORT_STATUSES],
    ['sexes', nativeWords.SEX, SEXES],
    ['case statuses', nativeWords.CASE_STATUS, CASE_STATUSES],
    ['other identifiers', nativeWords.OTHER_IDENTIFIER, OTHER_IDENTIFIERS],
    ['offenses', nativeWords.OFFENSE, OFFENCES],
  ];

  it.each(tables)('%s', (_what, written, read) => {
    for (const [ours, native] of Object.entries(written)) if (native !== null) expect([ours, read.get(word(native))]).toEqual([ours, ours]);
  });

  it('exploitation types', () => {
    for (const code of ['FORCED_CRIMINALITY', 'FORCED_LABOUR', 'SEXUAL_EXPLOITATION']) expect(exploitationCode(nativeWords.exploitationWords(code))).toBe(code);
  });
});

describe('offences survive the PNP round-trip exactly', () => {
  const ALL: Offence[] = ['TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING', 'FRAUD', 'ILLEGAL_GAMBLING', 'DOCUMENT_FRAUD', 'MONEY_LAUNDERING', 'IMMIGRATION_OFFENCE'];
  const story = truth.find((t) => t.cases.length > 0)!;
  // JSON over the wire: what the adapter reads is the rendered record after serialisation.
  const roundTrip = (record: ScenarioRecord) => mapPhlRecord(JSON.parse(JSON.stringify(renderPnpPerson(record))), PHL);

  it('maps every offence, in order, and a case without offences to none', () => {
    const record: ScenarioRecord = {
      ...story,
      cases: [
        { ...story.cases[0]!, offences: ALL },
        { ...story.cases[0]!, reference: 'PHL-2024-0002', offences: [] },
        { ...story.cases[0]!, reference: 'PHL-2024-0003', offences: ['MIGRANT_SMUGGLING', 'TRAFFICKING_IN_PERSONS'] },
      ],
    };
    expect(roundTrip(record).cases.map((c) => c.offences)).toEqual([ALL, [], ['MIGRANT_SMUGGLING', 'TRAFFICKING_IN_PERSONS']]);
  });

  it.each(ALL)('%s', (offence) => {
    expect(roundTrip({ ...story, cases: [{ ...story.cases[0]!, offences: [offence] }] }).cases[0]?.offences).toEqual([offence]);
  });
});
