// The real PostgreSQL the MYS tests load into, each test file into a schema of its own so that
// parallel test files sharing the `test` database never see each other's rows.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const TEST_DATABASE_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh schema name: `pdrm_test_<random>`. */
export const testSchemaName = (): string => `pdrm_test_${randomBytes(5).toString('hex')}`;

/** A client on the test database, or an error that says plainly what is missing. */
export async function connectTestDatabase(): Promise<Client> {
  const client = new Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000, application_name: 'corridor-mys-tests' });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    const where = new URL(TEST_DATABASE_URL);
    where.password = '';
    throw new Error(`the MYS tests need PostgreSQL at ${where.toString()} (set DATABASE_URL, or start postgres): ${(error as Error).message}`);
  }
  return client;
}
