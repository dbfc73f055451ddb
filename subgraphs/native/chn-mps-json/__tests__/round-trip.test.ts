// The CHN adapter against the simulated MPS interface over real HTTP: every CHN record of the
// scenario (and our own, which cover every native word) must map, with no MappingError, and agree
// with the ground truth it was rendered from.
import { DateTime } from 'luxon';
import { pinyin } from 'pinyin-pro';
import { loadRegistry } from '../../../../schema/registry/registry';
import { createChnAdapter } from '../../../chn/adapter';
import * as adapterWords from '../../../chn/vocabulary';
import { ARTICLES } from '../../../chn/offences';
import { normaliseIdentifier } from '../../../kit/identifiers/normalise';
import { countContribution } from '../../../kit/operation/count-contribution';
import { detectScript } from '../../../kit/mapping/names';
import { normaliseDocumentNumber } from '../../../kit/mapping/documents';
import { toE164 } from '../../../kit/mapping/phones';
import { NativeSourceError } from '../../../kit/native/native-source-error';
import type { PersonRecord } from '../../../kit/record/person-record';
import { recordsOf } from '../../../scenario/generate';
import { countScenario } from '../../../scenario/operation/operation-counts';
import type { ScenarioDate, ScenarioRecord } from '../../../scenario/model';
import type { NativeServer } from '../../native-server';
import { CRIMINAL_LAW } from '../criminal-law';
import { passportName } from '../native-values';
import { startChnNativeSource } from '../server';
import * as nativeWords from '../vocabulary';
import { scenarioWithChn } from './chn-records';

const CHN = loadRegistry().byCode('CHN')!;

/** A scenario time is the agency's wall clock: what the record must say of it in UTC. */
const instantOf = (d: ScenarioDate) =>
  d.hour === undefined ? null : DateTime.fromObject({ year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute }, { zone: CHN.timeZone }).toUTC().toISO({ suppressMilliseconds: true });
const scenario = scenarioWithChn();
const truth = recordsOf(scenario, 'CHN');
let server: NativeServer;
let adapter: ReturnType<typeof createChnAdapter>;

beforeAll(async () => {
  server = await startChnNativeSource({ scenario, jurisdiction: CHN, port: 0 });
  adapter = createChnAdapter({ jurisdiction: CHN, baseUrl: server.origin, timeoutMs: 300 });
});
afterAll(() => server.close());
afterEach(() => server.setFault('none'));

const isoOf = (d: ScenarioDate) => [String(d.year), d.month, d.month && d.day].filter(Boolean).map((p) => String(p).padStart(2, '0')).join('-');
const unique = <T>(items: T[]) => [...new Set(items)];
const spelt = (han: string) => pinyin(han, { toneType: 'none', surname: 'head', separator: '' }).toUpperCase();

/** The name the shared record must carry, from the ground truth. */
function expectedName(r: ScenarioRecord) {
  const han = r.name.nativeScript && detectScript(r.name.nativeScript) === 'HAN' ? r.name.nativeScript : null;
  if (han && r.nationalities.includes('CHN')) {
    return { full: han, romanised: [r.name.family, r.name.given].filter(Boolean).join(' ').toUpperCase() };
  }
  const { surname, given } = passportName(r.name, r.nationalities[0]);
  const latin = [surname, given].filter(Boolean).join(' ');
  return { full: han ?? latin, romanised: latin, family: surname, given };
}

function expected(r: ScenarioRecord) {
  return {
    id: `CHN:${r.agency}:${r.localId}`,
    roles: r.roles,
    sex: r.sex,
    birth: r.birth ? isoOf(r.birth) : null,
    nationalities: r.nationalities,
    documents: r.documents.map((d) => ({ type: d.type, number: normaliseDocumentNumber(d.number), rawNumber: d.number, issuingCountry: d.issuingCountry, status: d.status, expiry: d.expiry ? isoOf(d.expiry) : null })),
    identifiers: [...r.phones.map((p) => toE164(p, 'CHN') ?? p), ...r.otherIdentifiers.map((i) => normaliseIdentifier(i, 'CHN').value)],
    events: r.events.map((e) => ({ type: e.type, when: isoOf(e.when), instant: instantOf(e.when), country: e.country, locality: e.locality, facility: e.facility ?? null, operation: e.operation ?? null, summary: e.summary })),
    cases: r.cases.map((c) => ({ reference: c.reference, role: c.role, status: c.status, exploitationTypes: c.exploitationTypes, offences: unique(c.offences) })),
    handling: { code: r.handling.code, releasableTo: r.handling.releasableTo, contact: CHN.contact },
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
    identifiers: m.identifiers.map((i) => i.value),
    events: m.events.map((e) => ({ type: e.type, when: e.when?.iso, instant: e.when?.instant ?? null, country: e.where?.country, locality: e.where?.locality, facility: e.where?.facility, operation: e.operation, summary: e.summary })),
    cases: m.cases,
    handling: m.handling,
    updatedAt: m.updatedAt,
  };
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

describe('CHN adapter against the simulated MPS interface', () => {
  it('maps every CHN record, in registry-sized pages, agreeing with the ground truth', async () => {
    const before = server.requests.length;
    const records = await allPages();
    expect(server.requests.length - before).toBe(Math.max(1, Math.ceil(truth.length / CHN.native.pageSize)));
    const failed = records.flatMap((r, i) => (r instanceof Error ? [`${truth[i]?.localId}: ${r.message}`] : []));
    expect(failed).toEqual([]);
    expect(records.map((r) => (r as PersonRecord).id)).toEqual(truth.map((t) => `CHN:${t.agency}:${t.localId}`));
    records.forEach((record, i) => {
      const t = truth[i]!;
      const m = record as PersonRecord;
      expect(actual(m)).toEqual(expected(t));
      const name = m.names[0]!;
      expect(name).toMatchObject(expectedName(t));
      // A Han name splits into its own characters, the family part spelt as the passport spells it.
      if (name.script === 'HAN' && !name.family?.match(/[A-Z]/)) {
        expect(`${name.family}${name.given}`).toBe(name.full);
        expect(spelt(name.family!)).toBe(t.name.family?.toUpperCase());
      }
    });
  });

  it('fetches every record by id with one native call per 100 ids', async () => {
    const ids = [...truth].reverse().map((t) => `CHN:${t.agency}:${t.localId}`);
    const before = server.requests.length;
    const slots = await adapter.fetchByIds(ids);
    expect(server.requests.length - before).toBe(Math.ceil(ids.length / 100));
    expect(slots.map((s) => (s && !(s instanceof Error) ? s.id : s))).toEqual(ids);
  });

  it('gives the operation figures of the ground truth, trafficking and smuggling arrests counted from the articles', async () => {
    const counted = await countContribution(adapter, 'LIBERTERRA-II');
    expect(counted).toMatchObject({ ...countScenario(truth, 'LIBERTERRA-II'), country: 'CHN', skippedRecords: 0 });
    expect(counted.arrestsForTraffickingOrSmuggling).toBeGreaterThan(0);
  });

  it('answers null for a number the source does not hold', async () => {
    await expect(adapter.fetchByIds(['CHN:MPS:R0000000000000000'])).resolves.toEqual([null]);
  });

  it.each(['http-500', 'garbage'] as const)('turns the fault %s into a NativeSourceError', async (fault) => {
    server.setFault(fault);
    await expect(adapter.fetchByIds([`CHN:MPS:${truth[0]!.localId}`])).rejects.toBeInstanceOf(NativeSourceError);
    await expect(adapter.fetchPage(null)).rejects.toBeInstanceOf(NativeSourceError);
  });

  it('gives up on a source that hangs, as a timeout', async () => {
    server.setFault('hang');
    await expect(adapter.fetchPage(null)).rejects.toMatchObject({ name: 'NativeSourceError', timedOut: true });
  });
});

describe('the adapter reads every word the simulator writes', () => {
  const tables: [string, Record<string, string>, Readonly<Record<string, string>>][] = [
    ['roles', nativeWords.ROLE, adapterWords.ROLES],
    ['sexes', nativeWords.SEX, adapterWords.SEXES],
    ['event types', nativeWords.EVENT_TYPE, adapterWords.EVENT_TYPES],
    ['document statuses', nativeWords.DOCUMENT_STATUS, adapterWords.DOCUMENT_STATUSES],
    ['other identifiers', nativeWords.OTHER_IDENTIFIER, adapterWords.OTHER_IDENTIFIERS],
    ['handling codes', nativeWords.HANDLING, adapterWords.HANDLING],
    ['case statuses', { ...nativeWords.CASE_STATUS }, adapterWords.CASE_STATUSES],
    ['forms of exploitation', { ...nativeWords.EXPLOITATION }, adapterWords.EXPLOITATION_TYPES],
  ];

  it.each(tables)('%s', (_what, written, read) => {
    for (const [ours, native] of Object.entries(written)) expect([ours, adapterWords.decode('field', read, native)]).toEqual([ours, ours]);
  });

  it('document types', () => {
    expect(adapterWords.DOCUMENT_TYPES[nativeWords.DOCUMENT_TYPE.PASSPORT]).toBe('PASSPORT');
    expect(adapterWords.DOCUMENT_TYPES[nativeWords.DOCUMENT_TYPE.RESIDENT_ID]).toBe('NATIONAL_ID');
    expect(adapterWords.DOCUMENT_TYPES[nativeWords.DOCUMENT_TYPE.FOREIGN_ID]).toBe('NATIONAL_ID');
  });

  it('criminal law articles, mapped back to exactly the offence they render', () => {
    for (const [offence, { xftk }] of Object.entries(CRIMINAL_LAW)) expect([offence, ARTICLES[xftk]]).toEqual([offence, offence]);
  });
});
