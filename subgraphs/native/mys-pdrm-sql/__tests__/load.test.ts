import type { Client } from 'pg';
import { checkSchemaName, dropSchema, loadRecords } from '../load';
import { SAMPLE_RECORDS, suspect } from './sample-records';
import { connectTestDatabase, testSchemaName } from './test-database';

const ZONE = 'Asia/Kuala_Lumpur';
const schema = testSchemaName();
let client: Client;

beforeAll(async () => {
  client = await connectTestDatabase();
});
afterAll(async () => {
  await dropSchema(client, schema);
  await client.end();
});

async function counts(): Promise<Record<string, number>> {
  const { rows } = await client.query<{ table_name: string; n: number }>(
    `SELECT c.relname AS table_name, (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text::int AS n
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
    [schema],
  );
  return Object.fromEntries(rows.map((r) => [r.table_name, r.n]));
}

describe('loadRecords into a real PostgreSQL', () => {
  it('creates the agency tables in their own schema and fills every one', async () => {
    const result = await loadRecords(client, SAMPLE_RECORDS, { schema, timeZone: ZONE });
    expect(result).toEqual({ schema, persons: SAMPLE_RECORDS.length, reused: false });
    expect(await counts()).toEqual({
      orang: 6,
      peranan: 8,
      dokumen_perjalanan: 5,
      telefon: 4,
      pengenal_lain: 5,
      peristiwa: 6,
      kes: 2,
      kes_orang: 4,
      kes_kesalahan: 8,
    });
    const { rows } = await client.query(`SELECT tarikh_lahir::text, tahun_lahir, dikemaskini::text FROM ${schema}.orang WHERE no_rujukan = $1`, [suspect.localId]);
    expect(rows).toEqual([{ tarikh_lahir: null, tahun_lahir: 1984, dikemaskini: '2024-10-03 09:30:00' }]);
  });

  it('leaves a schema that already holds the same rows alone, and replaces one that does not', async () => {
    await client.query(`UPDATE ${schema}.orang SET nama_penuh = nama_penuh WHERE no_rujukan = $1`, [suspect.localId]);
    expect((await loadRecords(client, SAMPLE_RECORDS, { schema, timeZone: ZONE })).reused).toBe(true);
    const fewer = await loadRecords(client, SAMPLE_RECORDS.slice(0, 2), { schema, timeZone: ZONE });
    expect(fewer).toMatchObject({ persons: 2, reused: false });
    expect((await counts()).orang).toBe(2);
  });

  it('serialises concurrent loads of one schema instead of failing them', async () => {
    const other = await connectTestDatabase();
    try {
      const results = await Promise.all([
        loadRecords(client, SAMPLE_RECORDS, { schema, timeZone: ZONE }),
        loadRecords(other, SAMPLE_RECORDS, { schema, timeZone: ZONE }),
      ]);
      expect(results.map((r) => r.reused).sort()).toEqual([false, true]);
      expect((await counts()).orang).toBe(SAMPLE_RECORDS.length);
    } finally {
      await other.end();
    }
  });

  it('rolls back a load that fails, leaving the previous rows', async () => {
    const duplicate = [suspect, suspect];
    await expect(loadRecords(client, duplicate, { schema, timeZone: ZONE })).rejects.toThrow(/duplicate key/);
    expect((await counts()).orang).toBe(SAMPLE_RECORDS.length);
  });

  it.each(['Pdrm', 'pdrm; DROP SCHEMA public', 'pdrm"x', '', '1pdrm'])('refuses the schema name %j', (name) => {
    expect(() => checkSchemaName(name)).toThrow(/schema name/);
  });
});
