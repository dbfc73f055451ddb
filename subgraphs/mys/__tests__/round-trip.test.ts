// Paging through the agency's tables in the real PostgreSQL of the test suite, and the round trip
// of every MYS record of the generated scenario (plus the hand-written samples and one bad row).
import type { PersonRecord } from '../../kit/record/person-record';
import { SAMPLE_RECORDS, globalId } from '../../native/mys-pdrm-sql/__tests__/sample-records';
import { generateScenario, recordsOf } from '../../scenario/generate';
import type { ScenarioRecord } from '../../scenario/model';
import type { MysAdapter } from '../adapter';
import { MYS } from './fixtures';
import { expectAgreesWithTruth } from './ground-truth';
import { loadTestSchema, type TestSchema } from './test-schema';

let truth: ScenarioRecord[];
let db: TestSchema;

const idOf = (slot: PersonRecord | Error) => (slot instanceof Error ? `error:${slot.message}` : slot.id);
const withPageSize = (pageSize: number) => ({ jurisdiction: { ...MYS, native: { ...MYS.native, pageSize } } });

beforeAll(async () => {
  truth = [...recordsOf(generateScenario(), 'MYS'), ...SAMPLE_RECORDS];
  db = await loadTestSchema(truth);
  await db.client.query(`INSERT INTO ${db.schema}.orang (no_rujukan, agensi, nama_penuh, jantina, dikemaskini) VALUES ('UJI/RUSAK/0001', 'PDRM', 'Zainal bin Ahmad', 'X', '2024-10-01T08:00:00')`);
}, 90_000);
afterAll(() => db?.drop());

async function everyPage(adapter: MysAdapter): Promise<{ items: (PersonRecord | Error)[]; pages: number }> {
  const items: (PersonRecord | Error)[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await adapter.fetchPage(cursor);
    items.push(...page.records);
    cursor = page.next;
    pages += 1;
  } while (cursor !== null);
  return { items, pages };
}

describe('createMysAdapter().fetchPage on a real PostgreSQL', () => {
  it('covers every row exactly once, in key order, one query per page, a malformed row as an Error', async () => {
    const pageSize = 333;
    let queries = 0;
    const { items, pages } = await everyPage(db.adapter(withPageSize(pageSize), { onQuery: () => (queries += 1) }));
    const { rows } = await db.client.query<{ id: string }>(`SELECT 'MYS:' || agensi || ':' || no_rujukan AS id FROM ${db.schema}.orang ORDER BY no_rujukan COLLATE "C", agensi COLLATE "C"`);
    expect(items.map(idOf)).toEqual(rows.map((r) => (r.id.includes('RUSAK') ? 'error:jantina: not a code of the PDRM / JIM system' : r.id)));
    expect(pages).toBe(Math.ceil(rows.length / pageSize));
    expect(queries).toBe(pages);
  });

  it('is not thrown off by rows added while the index reads', async () => {
    const tiny = db.adapter(withPageSize(5));
    const first = await tiny.fetchPage(null);
    await db.client.query(`INSERT INTO ${db.schema}.orang (no_rujukan, agensi, nama_penuh, dikemaskini) VALUES ('!BARU', 'PDRM', 'Baru', '2024-10-07T00:00:00')`);
    try {
      const second = await tiny.fetchPage(first.next);
      const seen = new Set(first.records.map(idOf));
      expect(second.records.map(idOf).filter((id) => seen.has(id))).toEqual([]);
    } finally {
      await db.client.query(`DELETE FROM ${db.schema}.orang WHERE no_rujukan = '!BARU'`);
    }
  });

  it('refuses a cursor it did not make, without a query', async () => {
    let queries = 0;
    const adapter = db.adapter({}, { onQuery: () => (queries += 1) });
    await expect(adapter.fetchPage('2')).rejects.toThrow(RangeError);
    await expect(adapter.fetchPage(Buffer.from('["a"]').toString('base64url'))).rejects.toThrow(RangeError);
    expect(queries).toBe(0);
  });

  it('round-trips every MYS record of the scenario with no MappingError, agreeing with the ground truth', async () => {
    let queries = 0;
    const { items } = await everyPage(db.adapter({}, { onQuery: () => (queries += 1) }));
    expect(queries).toBe(Math.ceil((truth.length + 1) / MYS.native.pageSize));
    const records = new Map(items.filter((r): r is PersonRecord => !(r instanceof Error)).map((r) => [r.id, r]));
    expect(items.filter((r) => r instanceof Error)).toHaveLength(1);
    expect(truth.filter((t) => !records.has(globalId(t))).map(globalId)).toEqual([]);
    for (const t of truth) expectAgreesWithTruth(records.get(globalId(t))!, t);
  });
});
