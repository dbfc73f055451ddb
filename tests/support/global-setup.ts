// Tests use the real Redis (REDIS_URL, default the local port); say so clearly when it is not there.
import Redis from 'ioredis';

export default async function globalSetup(): Promise<void> {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
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
