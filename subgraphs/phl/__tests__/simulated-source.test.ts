// The adapter against the simulated PNP / BI API over real HTTP: every record the simulator
// publishes must map, agree with the scenario's ground truth, and speak the same vocabulary.
import { NativeSourceError } from '../../kit/native/native-source-error';
import type { PersonRecord } from '../../kit/record/person-record';
import type { NativeServer } from '../../native/native-server';
import { startPhlNativeSource } from '../../native/phl-pnp-api/server';
import * as nativeWords from '../../native/phl-pnp-api/vocabulary';
import { generateScenario, recordsOf } from '../../scenario/generate';
import type { ScenarioDate } from '../../scenario/model';
import { createPhlAdapter } from '../adapter';
import { CASE_STATUSES, INCIDENT_TYPES, OTHER_IDENTIFIERS, PASSPORT_STATUSES, ROLES, SEXES, exploitationCode, word } from '../vocabulary';
import { PHL } from './fixtures';

const scenario = generateScenario();
const truth = recordsOf(scenario, 'PHL');
let server: NativeServer;
let adapter: ReturnType<typeof createPhlAdapter>;

beforeAll(async () => {
  server = await startPhlNativeSource({ scenario, port: 0 });
  adapter = createPhlAdapter({ jurisdiction: PHL, baseUrl: server.origin, timeoutMs: 300 });
});
afterAll(() => server.close());
afterEach(() => server.setFault('none'));

const isoOf = (d: ScenarioDate) => [String(d.year), d.month, d.day].filter((p) => p !== undefined).map((p) => String(p).padStart(2, '0')).join('-');

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
      expect(record.names[0]).toMatchObject({ given: t.name.given, middle: t.name.middle ?? null, family: t.name.family });
      expect(record.dateOfBirth?.iso ?? null).toBe(t.birth && isoOf(t.birth));
      expect(record.documents.map((d) => d.issuingCountry)).toEqual(t.documents.map((d) => d.issuingCountry));
      expect(record.events.map((e) => e.type)).toEqual(t.events.map((e) => e.type));
      expect(record.identifiers.filter((id) => id.kind === 'PHONE').every((id) => /^\+\d{8,15}$/.test(id.value))).toBe(true);
    });
  });

  it('fetches a whole batch of ids with one native call', async () => {
    const ids = [...truth].reverse().map((t) => `PHL:${t.agency}:${t.localId}`);
    const before = server.requests.length;
    const slots = await adapter.fetchByIds(ids);
    expect(server.requests.length - before).toBe(1);
    expect(slots.map((s) => (s && !(s instanceof Error) ? s.id : s))).toEqual(ids);
  });

  it.each(['http-500', 'garbage'] as const)('turns the fault %s into a NativeSourceError', async (fault) => {
    server.setFault(fault);
    await expect(adapter.fetchByIds(['PHL:PNP:2024-000123'])).rejects.toBeInstanceOf(NativeSourceError);
    await expect(adapter.fetchPage(null)).rejects.toBeInstanceOf(NativeSourceError);
  });

  it('gives up on a source that hangs, as a timeout', async () => {
    server.setFault('hang');
    await expect(adapter.fetchByIds(['PHL:PNP:2024-000123'])).rejects.toMatchObject({ name: 'NativeSourceError', timedOut: true });
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
  ];

  it.each(tables)('%s', (_what, written, read) => {
    for (const [ours, native] of Object.entries(written)) if (native !== null) expect([ours, read.get(word(native))]).toEqual([ours, ours]);
  });

  it('exploitation types', () => {
    for (const code of ['FORCED_CRIMINALITY', 'FORCED_LABOUR', 'SEXUAL_EXPLOITATION']) expect(exploitationCode(nativeWords.exploitationWords(code))).toBe(code);
  });
});
