// Every record a long-tail bureau publishes must come out of the generic adapter whole: the
// simulator's standard format and the adapter's reading of it must agree, for any country.
import { loadRegistry, type Jurisdiction } from '../../../../schema/registry/registry';
import type { PersonRecord } from '../../../kit/record/person-record';
import type { NativeAdapter } from '../../../kit/subgraph/native-adapter';
import { generateScenario, recordsOf } from '../../../scenario/generate';
import type { Scenario } from '../../../scenario/model';
import { createUmfAdapter } from '../../../umf/adapter';
import { mapUmfPerson } from '../../../umf/mapping';
import type { NativeServer } from '../../native-server';
import { renderUmfPerson } from '../render';
import { startUmfNativeSource } from '../server';
import { expected, projection } from './ground-truth';
import { NAMES, handMadeRecords } from './hand-made';

const registry = loadRegistry();
const longTail = registry.jurisdictions.filter((j) => j.adapter === 'umf');
// Sydney (DST, +10/+11), Seoul (Hangul, +09), Toronto (DST, negative offsets).
const COUNTRIES = ['AUS', 'KOR', 'CAN'].map((code) => registry.byCode(code)!);
const generated = generateScenario();
// The generated world plus hand-made records for every long-tail country, so that no country
// is tested on nothing while the generator does not yet give it records of its own.
const scenario: Scenario = { seed: generated.seed, records: [...generated.records, ...longTail.flatMap((j) => handMadeRecords(j.code))] };

async function allPages(adapter: NativeAdapter): Promise<(PersonRecord | Error)[]> {
  const records: (PersonRecord | Error)[] = [];
  let cursor: string | null = null;
  do {
    const page = await adapter.fetchPage(cursor);
    records.push(...page.records);
    cursor = page.next;
  } while (cursor !== null);
  return records;
}

describe.each(COUNTRIES)('the generic adapter against the simulated bureau of $code', (j: Jurisdiction) => {
  const truth = recordsOf(scenario, j.code);
  let server: NativeServer;
  let adapter: NativeAdapter;

  beforeAll(async () => {
    server = await startUmfNativeSource({ scenario, jurisdiction: j, port: 0 });
    adapter = createUmfAdapter({ jurisdiction: j, baseUrl: server.origin, timeoutMs: 10_000 });
  });
  afterAll(() => server.close());

  it('maps every published record, in registry-sized pages, agreeing with the scenario', async () => {
    expect(truth.length).toBeGreaterThanOrEqual(NAMES.length);
    const before = server.requests.length;
    const records = await allPages(adapter);
    expect(server.requests.length - before).toBe(Math.max(1, Math.ceil(truth.length / j.native.pageSize)));
    expect(records.filter((r) => r instanceof Error)).toEqual([]);
    expect(records.map((r) => (r as PersonRecord).id)).toEqual(truth.map((t) => `${j.code}:NCB:${t.localId}`));
    expect(records.map((r) => projection(r as PersonRecord))).toEqual(truth.map((t) => expected(t, j)));
  });

  it('fetches every record by id with one native call, in the order asked', async () => {
    const ids = [...truth].reverse().map((t) => `${j.code}:NCB:${t.localId}`);
    const before = server.requests.length;
    const slots = await adapter.fetchByIds([...ids, `${j.code}:NCB:NOT-HELD-1`]);
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(['/umf/persons/query']);
    expect(slots.map((s) => (s && !(s instanceof Error) ? s.id : s))).toEqual([...ids, null]);
  });

  it.each(['http-500', 'garbage'] as const)('turns the fault %s into a NativeSourceError', async (fault) => {
    server.setFault(fault);
    try {
      await expect(adapter.fetchByIds([`${j.code}:NCB:${truth[0]!.localId}`])).rejects.toMatchObject({ name: 'NativeSourceError' });
      await expect(adapter.fetchPage(null)).rejects.toMatchObject({ name: 'NativeSourceError' });
    } finally {
      server.setFault('none');
    }
  });

  it('gives up on a bureau that hangs, as a timeout', async () => {
    const impatient = createUmfAdapter({ jurisdiction: j, baseUrl: server.origin, timeoutMs: 150 });
    server.setFault('hang');
    try {
      await expect(impatient.fetchPage(null)).rejects.toMatchObject({ name: 'NativeSourceError', timedOut: true });
    } finally {
      server.setFault('none');
    }
  });
});

describe('every long-tail country, in process', () => {
  // Every country's hand-made records and a sample of its generated ones: the generated world is
  // large, and the three countries above go through HTTP with all of theirs.
  const SAMPLE = 10;
  it.each(longTail.map((j) => [j.code, j] as const))('%s: its records render and map back whole', (_code, j) => {
    const all = recordsOf(scenario, j.code);
    const truth = [...all.filter((t) => t.personKey.startsWith('hand-made-')), ...all.filter((t) => !t.personKey.startsWith('hand-made-')).slice(0, SAMPLE)];
    // JSON over the wire: what the adapter reads is the rendered record after serialisation.
    const records = truth.map((t) => mapUmfPerson(JSON.parse(JSON.stringify(renderUmfPerson(t, j))), j));
    expect(records.map(projection)).toEqual(truth.map((t) => expected(t, j)));
  });
});
