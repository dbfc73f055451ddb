import { createRedisClient, type RedisClient } from '../../subgraphs/kit/redis/redis-client';
import type { Logger } from '../../subgraphs/kit/log';
import type { EntityStore, StoredEntity } from './entity-store';

export interface RedisEntityStoreOptions {
  /** A Redis URL; the store owns its two connections (commands, and the invalidation subscription). */
  url: string;
  /** Seconds an entry is served. */
  ttlSeconds: number;
  /** Prefix of every key. @default 'corridor:cache:' */
  prefix?: string;
  /** Pub/sub channel of changed record ids; a message drops that record's entries. @default 'corridor:records:changed' */
  channel?: string;
  /** Budget of one command; past it the lookup is a miss. @default 250 */
  commandTimeoutMs?: number;
  log: Pick<Logger, 'warn' | 'info' | 'debug'>;
}

// Deletes a record's entries and its index in one step, so an entry added between reading the
// set and deleting it is not left behind unindexed.
const INVALIDATE = `local keys = redis.call('SMEMBERS', KEYS[1])
for i = 1, #keys, 500 do redis.call('DEL', unpack(keys, i, math.min(i + 499, #keys))) end
redis.call('DEL', KEYS[1])
return #keys`;

/**
 * Entity items in Redis, shared by every gateway replica: `<prefix>e:<hash>` holds one item's JSON
 * with a TTL; `<prefix>record:<id>` is the set of a record's entry keys, so one message on the
 * channel drops everything cached of that record for every requester scope.
 *
 * Redis trouble never fails an answer: commands fail fast (no offline queue, short timeout) and a
 * failed lookup is a miss; the first failure of an outage is logged, the rest are not.
 */
export class RedisEntityStore implements EntityStore {
  readonly description = 'redis';
  private readonly redis: RedisClient;
  private readonly subscriber: RedisClient;
  private readonly prefix: string;
  private readonly ttlSeconds: number;
  private readonly log: RedisEntityStoreOptions['log'];
  private outage = false;
  /** Resolves once both connections are up and the channel subscribed (never rejects; tests wait for it). */
  readonly ready: Promise<void>;

  constructor({ url, ttlSeconds, prefix = 'corridor:cache:', channel = 'corridor:records:changed', commandTimeoutMs = 250, log }: RedisEntityStoreOptions) {
    this.prefix = prefix;
    this.ttlSeconds = ttlSeconds;
    this.log = log;
    this.redis = createRedisClient(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: commandTimeoutMs, connectTimeout: 1000, disconnectTimeout: 200 });
    // Trouble surfaces as rejected commands, handled below; without a listener ioredis prints every reconnect.
    this.redis.on('error', () => {});
    // The subscription keeps its offline queue: it is sent once connected and again after every reconnect.
    this.subscriber = createRedisClient(url, { maxRetriesPerRequest: null, connectTimeout: 1000, disconnectTimeout: 200 });
    this.subscriber.on('error', () => {});
    this.subscriber.on('message', (_channel: string, message: string) => {
      const id = message.trim();
      if (!id) return;
      this.invalidate([id]).catch((error: Error) => this.failed('invalidate', error));
    });
    const subscribed = this.subscriber.subscribe(channel).then(
      () => undefined,
      (error: Error) => this.failed('subscribe', error),
    );
    const connected = new Promise<void>((resolve) => this.redis.once('ready', () => resolve()));
    this.ready = Promise.all([subscribed, connected]).then(() => undefined);
  }

  async getMany(keys: readonly string[]): Promise<(string | undefined)[]> {
    if (keys.length === 0) return [];
    try {
      const values = await this.redis.mget(keys.map((k) => this.entryKey(k)));
      this.recovered();
      return values.map((v) => v ?? undefined);
    } catch (error) {
      this.failed('read', error as Error);
      return keys.map(() => undefined);
    }
  }

  async setMany(entries: readonly StoredEntity[]): Promise<void> {
    if (entries.length === 0) return;
    const multi = this.redis.multi();
    for (const { key, recordId, value } of entries) {
      const entryKey = this.entryKey(key);
      const recordKey = this.recordKey(recordId);
      multi.set(entryKey, value, 'EX', this.ttlSeconds);
      multi.sadd(recordKey, entryKey);
      // The index lives as long as its newest entry, so it never outgrows what it points to.
      multi.expire(recordKey, this.ttlSeconds);
    }
    try {
      await multi.exec();
      this.recovered();
    } catch (error) {
      this.failed('write', error as Error);
    }
  }

  async invalidate(recordIds: readonly string[]): Promise<number> {
    let dropped = 0;
    for (const id of recordIds) dropped += Number(await this.redis.eval(INVALIDATE, 1, this.recordKey(id)));
    if (dropped > 0) this.log.debug({ records: recordIds.length, dropped }, 'entity cache invalidated');
    return dropped;
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
    this.redis.disconnect();
  }

  private entryKey(key: string): string {
    return `${this.prefix}e:${key}`;
  }

  private recordKey(recordId: string): string {
    return `${this.prefix}record:${recordId}`;
  }

  private failed(operation: string, error: Error): void {
    if (this.outage) return;
    this.outage = true;
    this.log.warn({ operation, err: error.message }, 'entity cache: Redis does not answer; every lookup is a miss until it does');
  }

  private recovered(): void {
    if (!this.outage) return;
    this.outage = false;
    this.log.info('entity cache: Redis answers again');
  }
}
