// The source in its real-PostgreSQL mode, in-process. Its embedded mode (PGlite) cannot start in a
// jest worker; subgraphs/mys/__tests__/embedded-source.test.ts runs it as a process instead.
import { Client } from 'pg';
import type { Scenario } from '../../../scenario/model';
import { dropSchema } from '../load';
import { startMysNativeSource, type MysNativeServer } from '../server';
import { SAMPLE_RECORDS } from './sample-records';
import { TEST_DATABASE_URL, connectTestDatabase, testSchemaName } from './test-database';

const world: Scenario = { seed: 0, records: SAMPLE_RECORDS };
const schema = testSchemaName();
let server: MysNativeServer;

beforeAll(async () => {
  server = await startMysNativeSource({ scenario: world, port: 0, databaseUrl: TEST_DATABASE_URL, schema });
});
afterAll(async () => {
  await server?.close();
  const admin = await connectTestDatabase();
  await dropSchema(admin, schema);
  await admin.end();
});

describe('the simulated PDRM / JIM database loaded into a real PostgreSQL (DATABASE_URL)', () => {
  it('loads the tables there, and its origin is that database', async () => {
    expect(server).toMatchObject({ mode: 'postgresql', schema, persons: SAMPLE_RECORDS.length, origin: TEST_DATABASE_URL });
    const client = new Client(server.origin);
    await client.connect();
    const { rows } = await client.query(`SELECT agensi, count(*)::int AS n FROM ${schema}.orang GROUP BY agensi ORDER BY agensi`);
    await client.end();
    expect(rows).toEqual([
      { agensi: 'JIM', n: 3 },
      { agensi: 'PDRM', n: 3 },
    ]);
  });

  it('answers the stack health check on its port', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect([res.status, await res.json()]).toEqual([200, { status: 'ok', mode: 'postgresql', schema, records: SAMPLE_RECORDS.length }]);
  });

  it('refuses latency and faults it cannot inject: the adapter does not pass through it', async () => {
    expect(() => server.setFault('hang')).toThrow(/embedded/);
    expect(() => server.setLatency(20)).toThrow(/embedded/);
    expect(() => server.setFault('none')).not.toThrow();
    await expect(startMysNativeSource({ scenario: world, port: 0, databaseUrl: TEST_DATABASE_URL, schema, latencyMs: 20 })).rejects.toThrow(/embedded/);
  });

  it('starts again on the same schema without disturbing it (a second stack on one database)', async () => {
    const second = await startMysNativeSource({ scenario: world, port: 0, databaseUrl: TEST_DATABASE_URL, schema });
    await second.close();
    expect(second.persons).toBe(SAMPLE_RECORDS.length);
  });
});
