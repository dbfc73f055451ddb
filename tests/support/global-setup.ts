// Tests use the real Redis and PostgreSQL (REDIS_URL, DATABASE_URL, defaulting to the local ports);
// say so clearly when one cannot be reached, before any test runs.
import Redis from 'ioredis';
import { Client } from 'pg';
import './env';

async function checkRedis(url: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`the tests need Redis at ${url} (set REDIS_URL, or start redis-server): ${(error as Error).message}`);
  } finally {
    redis.disconnect();
  }
}

async function checkPostgres(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new Error(`the tests need PostgreSQL at ${url} (set DATABASE_URL, or start PostgreSQL): ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

export default async function globalSetup(): Promise<void> {
  await Promise.all([checkRedis(process.env.REDIS_URL!), checkPostgres(process.env.DATABASE_URL!)]);
}
