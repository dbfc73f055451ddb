// A schema of the test file's own in the real PostgreSQL of the test suite, loaded with records.
import type { Client } from 'pg';
import { dropSchema, loadRecords } from '../../native/mys-pdrm-sql/load';
import { TEST_DATABASE_URL, connectTestDatabase, testSchemaName } from '../../native/mys-pdrm-sql/__tests__/test-database';
import type { ScenarioRecord } from '../../scenario/model';
import { createMysAdapter, type MysAdapter, type MysAdapterOptions } from '../adapter';
import { MYS } from './fixtures';

type Settings = Parameters<typeof createMysAdapter>[0];

export interface TestSchema {
  readonly schema: string;
  /** A client of its own on the test database, for setting scenes (bad rows, locks). */
  readonly client: Client;
  /** An adapter on this schema (registry settings unless overridden), closed by drop(). */
  adapter(settings?: Partial<Settings>, options?: MysAdapterOptions): MysAdapter;
  /** Close every adapter, drop the schema, disconnect. */
  drop(): Promise<void>;
}

export async function loadTestSchema(records: readonly ScenarioRecord[]): Promise<TestSchema> {
  const schema = testSchemaName();
  const client = await connectTestDatabase();
  await loadRecords(client, records, { schema, timeZone: MYS.timeZone });
  const adapters: MysAdapter[] = [];
  return {
    schema,
    client,
    adapter(settings = {}, options = {}) {
      const a = createMysAdapter({ jurisdiction: MYS, baseUrl: TEST_DATABASE_URL, timeoutMs: 1000, ...settings }, { schema, ...options });
      adapters.push(a);
      return a;
    },
    async drop() {
      await Promise.all(adapters.map((a) => a.close()));
      await dropSchema(client, schema);
      await client.end();
    },
  };
}
