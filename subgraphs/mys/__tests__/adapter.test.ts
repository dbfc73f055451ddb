// The adapter against the agency's tables in the real PostgreSQL of the test suite, in a schema of
// this file's own: the hand-written samples, and two rows a careless desk could type.
import { createServer, type Server } from 'node:net';
import { MappingError } from '../../kit/mapping/mapping-error';
import { NativeSourceError } from '../../kit/native/native-source-error';
import type { PersonRecord } from '../../kit/record/person-record';
import { SAMPLE_RECORDS, dualNational, globalId, intercepted, repatriated, sparse, suspect, witness } from '../../native/mys-pdrm-sql/__tests__/sample-records';
import { TEST_DATABASE_URL, connectTestDatabase } from '../../native/mys-pdrm-sql/__tests__/test-database';
import { createMysAdapter, type MysAdapter } from '../adapter';
import { MYS } from './fixtures';
import { expectAgreesWithTruth } from './ground-truth';
import { loadTestSchema, type TestSchema } from './test-schema';

let db: TestSchema;
let adapter: MysAdapter;
let queries: string[] = [];

const idOf = (slot: PersonRecord | null | Error | undefined) => (slot instanceof Error || !slot ? slot : slot.id);

beforeAll(async () => {
  db = await loadTestSchema(SAMPLE_RECORDS);
  // What a careless desk types: a sex code the system never had, a month that does not exist.
  await db.client.query(
    `INSERT INTO ${db.schema}.orang (no_rujukan, agensi, nama_penuh, jantina, tahun_lahir, bulan_lahir, dikemaskini)
     VALUES ('UJI/RUSAK/0001', 'PDRM', 'Zainal bin Ahmad', 'X', 1980, NULL, '2024-10-01T08:00:00'),
            ('UJI/RUSAK/0002', 'JIM', 'Siti binti Omar', 'P', 1998, 13, '2024-10-01T08:00:00')`,
  );
  adapter = db.adapter({}, { onQuery: (name) => queries.push(name) });
});
afterAll(() => db?.drop());
beforeEach(() => {
  queries = [];
});

describe('createMysAdapter().fetchByIds on a real PostgreSQL', () => {
  it('maps representative records: bin / binti kept whole, partial dates, family-first and Thai-script names', async () => {
    const order = [suspect, witness, intercepted, repatriated, dualNational, sparse];
    const [s, w, i, r, d, x] = (await adapter.fetchByIds(order.map(globalId))) as PersonRecord[];
    expect(s!.names[0]).toEqual({ full: 'Mohd Faizal bin Osman', script: 'LATIN', romanised: 'Mohd Faizal bin Osman', family: null, given: 'Mohd Faizal', middle: null, kind: 'PRIMARY' });
    expect(s!.dateOfBirth).toMatchObject({ iso: '1984', precision: 'YEAR' });
    expect(w!.names[0]).toMatchObject({ full: 'Nor Azlina binti Hamid', given: 'Nor Azlina', family: null });
    expect(w!.dateOfBirth).toMatchObject({ iso: '1999-07', precision: 'MONTH' });
    expect(i!.names[0]).toMatchObject({ full: 'Rowena Santos Bautista', given: 'Rowena Santos', family: 'Bautista' });
    expect(r!.names[0]).toMatchObject({ full: 'Nguyễn Thị Lan', given: 'Thị Lan', family: 'Nguyễn' });
    expect(d!.names[0]).toMatchObject({ full: 'อนันต์ ศรีสุข', script: 'THAI', romanised: 'Anan Srisuk' });
    expect(d!.nationalities).toEqual(['THA', 'MMR']);
    expect(x).toMatchObject({ sex: 'UNKNOWN', dateOfBirth: null, nationalities: [], documents: [], events: [], cases: [] });
    [s, w, i, r, d, x].forEach((record, n) => expectAgreesWithTruth(record!, order[n]!));
  });

  it('fetches a whole batch with one SQL query and answers in the order asked', async () => {
    const ids = [...SAMPLE_RECORDS].reverse().map(globalId);
    const slots = await adapter.fetchByIds([...ids, ids[0]!]);
    expect(queries).toEqual(['byKeys']);
    expect(slots.map(idOf)).toEqual([...ids, ids[0]]);
  });

  it('answers null for ids it does not hold, of another jurisdiction or agency, or malformed, in one query', async () => {
    const slots = await adapter.fetchByIds([
      'THA:RTP:2567-ATPD-000871',
      globalId(suspect),
      'MYS:PDRM:UJI/TIADA/9999',
      `MYS:JIM:${suspect.localId}`,
      `MYS:PNP:${suspect.localId}`,
      'MYS:PDRM',
      'MYS:PDRM:a:b',
      `MYS:PDRM:${'x'.repeat(65)}`,
    ]);
    expect(slots.map(idOf)).toEqual([null, globalId(suspect), null, null, null, null, null, null]);
    expect(queries).toEqual(['byKeys']);
  });

  it('sends no query at all when no id is a MYS id', async () => {
    await expect(adapter.fetchByIds(['PHL:PNP:2024-000123', 'MYS:XYZ:1'])).resolves.toEqual([null, null]);
    expect(queries).toEqual([]);
  });

  it('puts a MappingError in the slot of a malformed row only; the others map', async () => {
    const [a, bad1, b, bad2] = await adapter.fetchByIds([globalId(suspect), 'MYS:PDRM:UJI/RUSAK/0001', globalId(witness), 'MYS:JIM:UJI/RUSAK/0002']);
    expect([idOf(a), idOf(b)]).toEqual([globalId(suspect), globalId(witness)]);
    expect(bad1).toBeInstanceOf(MappingError);
    expect((bad1 as MappingError).field).toBe('jantina');
    expect(bad2).toBeInstanceOf(MappingError);
    expect((bad2 as MappingError).message).toBe('tarikh_lahir: no such month');
    expect(queries).toEqual(['byKeys']);
  });

  it('treats SQL in an id as a reference that does not exist, and the tables stay whole', async () => {
    const count = async () => (await db.client.query(`SELECT count(*)::int AS n FROM ${db.schema}.orang`)).rows[0].n as number;
    const before = await count();
    const slots = await adapter.fetchByIds([
      "MYS:PDRM:x' OR '1'='1",
      `MYS:PDRM:'); DROP TABLE ${db.schema}.orang; --`,
      `MYS:PDRM:${suspect.localId}' --`,
      'MYS:PDRM:\\x27 OR 1=1',
      globalId(suspect),
    ]);
    expect(slots.map(idOf)).toEqual([null, null, null, null, globalId(suspect)]);
    expect(await count()).toBe(before);
  });
});

describe('createMysAdapter() when the database fails', () => {
  it('rejects quickly with a NativeSourceError when nothing listens', async () => {
    const down = db.adapter({ baseUrl: 'postgres://postgres@127.0.0.1:1/test' });
    const started = Date.now();
    const error = await down.fetchByIds([globalId(suspect)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NativeSourceError);
    expect(error).toMatchObject({ timedOut: false, message: 'native source unreachable' });
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(down.fetchPage(null)).rejects.toBeInstanceOf(NativeSourceError);
  });

  it('rejects as timed out when the server accepts but never speaks', async () => {
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const mute = db.adapter({ baseUrl: `postgres://postgres@127.0.0.1:${port}/test`, timeoutMs: 300 });
      await expect(mute.fetchByIds([globalId(suspect)])).rejects.toMatchObject({ name: 'NativeSourceError', timedOut: true });
    } finally {
      silent.close();
    }
  });

  it('rejects as timed out when a query overruns the statement timeout (a lock held elsewhere)', async () => {
    const locker = await connectTestDatabase();
    try {
      await locker.query('BEGIN');
      await locker.query(`LOCK TABLE ${db.schema}.orang IN ACCESS EXCLUSIVE MODE`);
      const slow = db.adapter({ timeoutMs: 300 });
      const error = await slow.fetchByIds([globalId(suspect)]).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'NativeSourceError', timedOut: true, message: 'native source did not answer in 300 ms' });
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
  });

  it('reports an SQL error by its SQLSTATE only', async () => {
    const lost = db.adapter({}, { schema: 'pdrm_schema_yang_tiada' });
    await expect(lost.fetchByIds([globalId(suspect)])).rejects.toMatchObject({ name: 'NativeSourceError', timedOut: false, message: 'native source answered SQL error 42P01' });
  });

  it('refuses a schema name that is not a plain identifier before connecting', () => {
    expect(() => createMysAdapter({ jurisdiction: MYS, baseUrl: TEST_DATABASE_URL, timeoutMs: 1000 }, { schema: 'pdrm; DROP SCHEMA pdrm' })).toThrow(/schema name/);
  });
});
