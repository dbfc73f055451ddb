import { callAsGateway } from '../../../kit/context/gateway-call';
// Every notice the simulator publishes, through the INTERPOL adapter over real HTTP: it must map,
// carry its source record's identifiers, and speak the adapter's vocabulary. Then the SLTD check
// through the real INTERPOL subgraph against the simulated system.
import { loadRegistry } from '../../../../schema/registry/registry';
import { createInterpolAdapter } from '../../../interpol/adapter';
import type { InterpolRecord } from '../../../interpol/interpol-record';
import * as adapterWords from '../../../interpol/vocabulary';
import { lookupKey, normaliseIdentifier } from '../../../kit/identifiers/normalise';
import { recordIdentifiers } from '../../../kit/identifiers/record-keys';
import type { Listening } from '../../../kit/http/listen';
import { createLogger } from '../../../kit/log';
import { NativeSourceError } from '../../../kit/native/native-source-error';
import { startCountrySubgraph } from '../../../kit/subgraph/country-subgraph';
import { generateScenario } from '../../../scenario/generate';
import type { ScenarioDate, ScenarioRecord } from '../../../scenario/model';
import type { NativeServer } from '../../native-server';
import { noticeRequests } from '../derive-notices';
import { deriveSltd } from '../derive-sltd';
import { startInterpolNativeSource } from '../server';
import * as nativeWords from '../vocabulary';

const INTERPOL = loadRegistry().byCode('INTERPOL')!;
const scenario = generateScenario();
const requests = noticeRequests(scenario.records);
let server: NativeServer;
let adapter: ReturnType<typeof createInterpolAdapter>;

beforeAll(async () => {
  server = await startInterpolNativeSource({ scenario, jurisdiction: INTERPOL, port: 0 });
  adapter = createInterpolAdapter({ jurisdiction: INTERPOL, baseUrl: server.origin, timeoutMs: 10_000 });
});
afterAll(() => server.close());
afterEach(() => server.setFault('none'));

const isoOf = (d: ScenarioDate) => [String(d.year), d.month, d.day].filter((p) => p !== undefined).map((p) => String(p).padStart(2, '0')).join('-');
const unique = <T>(items: T[]) => [...new Set(items)];

/** The lookup keys the index would compute from the national record the notice came from. */
function sourceKeys(r: ScenarioRecord): string[] {
  const inputs = [
    ...r.documents.map((d) => ({ kind: 'TRAVEL_DOCUMENT' as const, value: d.number, country: d.issuingCountry })),
    ...r.phones.map((p) => ({ kind: 'PHONE' as const, value: p })),
    ...r.otherIdentifiers.map((o) => ({ kind: o.kind, value: o.value })),
  ];
  return unique(inputs.flatMap((input) => {
    try {
      return [lookupKey(normaliseIdentifier(input, r.jurisdiction))];
    } catch {
      return [];
    }
  })).sort();
}

async function allPages(): Promise<InterpolRecord[]> {
  const records: InterpolRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await adapter.fetchPage(cursor);
    for (const r of page.records) {
      if (r instanceof Error) throw r;
      records.push(r as InterpolRecord);
    }
    cursor = page.next;
  } while (cursor !== null);
  return records;
}

describe('INTERPOL adapter against the simulated I-24/7 system', () => {
  it('maps every notice, in registry-sized pages, carrying its source record\'s identifiers', async () => {
    const before = server.requests.length;
    const records = await allPages();
    expect(server.requests.length - before).toBe(Math.ceil(requests.length / INTERPOL.native.pageSize));
    expect(records.map((r) => r.id)).toEqual(requests.map(({ notice }) => `INTERPOL:IPSG:${notice.notice_id}`));
    records.forEach((record, i) => {
      const { record: source, notice } = requests[i]!;
      expect(recordIdentifiers(record).map(lookupKey).sort()).toEqual(sourceKeys(source));
      expect(record).toMatchObject({ sex: source.sex, nationalities: source.nationalities, notice: { colour: notice.colour, kind: notice.kind, requestingCountry: source.jurisdiction } });
      expect(record.dateOfBirth?.iso ?? null).toBe(source.birth && isoOf(source.birth));
      expect(record.documents.map((d) => [d.rawNumber, d.issuingCountry])).toEqual(source.documents.map((d) => [d.number, d.issuingCountry]));
      expect(record.cases[0]).toMatchObject({ reference: notice.notice_id, offences: unique(source.cases.flatMap((c) => c.offences)) });
      // Thai-script names keep the notice's Latin name as their romanisation.
      expect(`${record.names[0]?.full} ${record.names[0]?.romanised}`.toLowerCase()).toContain(source.name.given.toLowerCase());
      if (notice.colour === 'RED') expect(record.roles).toEqual(['SUSPECT']);
      if (notice.colour === 'YELLOW') expect(record.roles).toEqual(source.roles.includes('VICTIM') ? ['VICTIM'] : ['POTENTIAL_VICTIM']);
    });
  });

  it('fetches a whole batch of ids with one native call', async () => {
    const ids = [...requests].reverse().map(({ notice }) => `INTERPOL:IPSG:${notice.notice_id}`);
    const before = server.requests.length;
    const slots = await adapter.fetchByIds([...ids, 'INTERPOL:IPSG:2024/00001']);
    expect(server.requests.length - before).toBe(1);
    expect(slots.map((s) => (s && !(s instanceof Error) ? s.id : s))).toEqual([...ids, null]);
  });

  it.each(['http-500', 'garbage'] as const)('turns the fault %s into a NativeSourceError', async (fault) => {
    server.setFault(fault);
    await expect(adapter.fetchByIds([`INTERPOL:IPSG:${requests[0]!.notice.notice_id}`])).rejects.toBeInstanceOf(NativeSourceError);
    await expect(adapter.fetchPage(null)).rejects.toBeInstanceOf(NativeSourceError);
  });

  it('gives up on a source that hangs, as a timeout', async () => {
    server.setFault('hang');
    await expect(adapter.fetchPage(null)).rejects.toMatchObject({ name: 'NativeSourceError', timedOut: true });
  });
});

describe('SLTD through the INTERPOL subgraph against the simulated system', () => {
  let subgraph: Listening;
  beforeAll(async () => {
    subgraph = await startCountrySubgraph({ adapter, port: 0, indexKey: 'k'.repeat(32), log: createLogger('test', 'silent') });
  });
  afterAll(() => subgraph.close());

  it('flags every SLTD document as recorded by any jurisdiction, and clears the story recruiter, in one check', async () => {
    const entries = deriveSltd(scenario.records);
    const compact = (n: string) => n.toUpperCase().replace(/[^A-Z0-9]/g, '');
    // The documents as the national records wrote them (spacing, case), one per SLTD entry.
    const recorded = entries.map((e) => scenario.records.flatMap((r) => r.documents).find((d) => d.issuingCountry === e.issuing_country && compact(d.number) === e.document_number)!);
    const representations = [{ number: 'AA3318842', issuingCountry: 'THA' }, ...recorded.map((d) => ({ number: d.number, issuingCountry: d.issuingCountry }))].map((d) => ({ __typename: 'TravelDocument', ...d }));
    const before = server.requests.length;
    const { body } = await callAsGateway(`${subgraph.origin}/graphql`, 'interpol', 'query($r:[_Any!]!){ _entities(representations:$r){ ... on TravelDocument { sltd { reported status reportedBy } } } }', { r: representations });
    const { data, errors } = body as { data: { _entities: { sltd: { reported: boolean; status: string | null; reportedBy: string | null } }[] }; errors?: unknown };
    expect(errors).toBeUndefined();
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(['/sltd/check']);
    expect(data._entities[0]!.sltd).toEqual({ reported: false, status: null, reportedBy: null });
    expect(data._entities.slice(1).map((e) => e.sltd)).toEqual(entries.map((e) => ({ reported: true, status: e.status, reportedBy: e.reporting_country })));
  });
});

describe('the adapter reads every word the simulator writes', () => {
  it.each([
    ['charges', nativeWords.CHARGE, (w: string) => adapterWords.OFFENCES.get(adapterWords.word(w))],
    ['sexes', nativeWords.SEX_ID, (w: string) => adapterWords.SEXES.get(w)],
    ['document types', nativeWords.DOCUMENT_TYPE, (w: string) => adapterWords.DOCUMENT_TYPES.get(w)],
    ['other identifiers', nativeWords.OTHER_IDENTIFIER, (w: string) => adapterWords.OTHER_IDENTIFIERS.get(w)],
  ] as const)('%s', (_what, written, read) => {
    for (const [ours, native] of Object.entries(written)) expect([ours, read(native)]).toEqual([ours, ours]);
  });

  it('exploitation types', () => {
    for (const code of ['FORCED_CRIMINALITY', 'FORCED_LABOUR', 'SEXUAL_EXPLOITATION']) expect(adapterWords.exploitationCode(nativeWords.exploitationWords(code))).toBe(code);
  });
});
