import { createRedisClient, type RedisClient } from '../../kit/redis/redis-client';
import { assertOwnRecords, jurisdictionOf, type FeedCursor, type KeyStore, type RecordChange } from './key-store';

export interface RedisKeyStoreOptions {
  /** A client to share (left open by `close`), or a URL to open one with (closed by `close`). */
  redis: RedisClient | string;
  /**
   * Prefix of every key the store writes, so several indexes (or tests) can share one Redis.
   * @default 'corridor:index:'
   */
  prefix?: string;
  /** Per-command timeout of a client this store opens itself. @default 5000 */
  commandTimeoutMs?: number;
  /** Records per script call: a script blocks Redis while it runs. @default 500 */
  batchSize?: number;
}

/**
 * Applies changes of one jurisdiction, and then its cursor, atomically: the old keys of each
 * record come out of their sets before its new ones go in, so an update or a deletion removes
 * exactly what the record had published. A change is `[id]` (deleted) or `[id, "k1 k2 …"]`.
 * The keys touched depend on the data, so they cannot all be declared: this needs a standalone
 * Redis or, on a cluster, a prefix with a hash tag such as `{corridor:index}:` so that every key
 * lands in one slot; the one declared key (the jurisdiction's record set) routes the script there.
 */
const APPLY_SCRIPT = `
local prefix, jurisdiction = ARGV[1], ARGV[2]
local members = KEYS[1]
for _, change in ipairs(cjson.decode(ARGV[3])) do
  local id, keys = change[1], change[2]
  local recordKey = prefix .. 'r:' .. id
  local old = redis.call('GET', recordKey)
  if old ~= keys then
    if old then
      for key in string.gmatch(old, '%S+') do redis.call('SREM', prefix .. 'k:' .. key, id) end
    end
    if keys == nil then
      redis.call('DEL', recordKey)
    else
      for key in string.gmatch(keys, '%S+') do redis.call('SADD', prefix .. 'k:' .. key, id) end
      redis.call('SET', recordKey, keys)
    end
  end
  if keys == nil then redis.call('SREM', members, id) else redis.call('SADD', members, id) end
end
if ARGV[4] ~= '' then
  redis.call('HSET', prefix .. 'c:' .. jurisdiction, 'epoch', ARGV[4], 'keyId', ARGV[5], 'seq', ARGV[6])
end
return 0
`;

interface WithApply {
  corridorIndexApply(members: string, prefix: string, jurisdiction: string, changes: string, epoch: string, keyId: string, seq: string): Promise<number>;
}

/** Keys as the script and `r:` values hold them: unique, space-joined (blind keys have no spaces). */
function joinKeys(keys: readonly string[]): string {
  const unique = [...new Set(keys)];
  if (unique.some((k) => k === '' || /\s/.test(k))) throw new Error('a blind key is never empty and has no white space');
  return unique.join(' ');
}

function splitKeys(joined: string | null): string[] {
  return joined ? joined.split(' ') : [];
}

/**
 * The index's store in Redis: it survives a restart of the index (cursors included, so the index
 * goes on from where it was) and is shared by its replicas. Layout under the prefix:
 * `k:<key>` set of record ids, `r:<id>` the record's keys, `j:<code>` the jurisdiction's record
 * ids, `c:<code>` its feed cursor. Blind keys and record ids only.
 */
export class RedisKeyStore implements KeyStore {
  private readonly redis: RedisClient;
  private readonly owned: boolean;
  private readonly prefix: string;
  private readonly batchSize: number;

  constructor({ redis, prefix = 'corridor:index:', commandTimeoutMs = 5000, batchSize = 500 }: RedisKeyStoreOptions) {
    this.owned = typeof redis === 'string';
    this.redis = typeof redis === 'string' ? createRedisClient(redis, { maxRetriesPerRequest: 1, commandTimeout: commandTimeoutMs, disconnectTimeout: 500 }) : redis;
    // Connection trouble surfaces as rejected commands (a failed feed pass, a failed trace); without
    // a listener ioredis would print every reconnect attempt.
    if (this.owned) this.redis.on('error', () => {});
    if (!('corridorIndexApply' in this.redis)) this.redis.defineCommand('corridorIndexApply', { numberOfKeys: 1, lua: APPLY_SCRIPT });
    this.prefix = prefix;
    this.batchSize = batchSize;
  }

  async apply(jurisdiction: string, changes: readonly RecordChange[], cursor?: FeedCursor): Promise<void> {
    assertOwnRecords(jurisdiction, changes.map((c) => c.id));
    const encoded = changes.map((c) => (c.keys === null ? [c.id] : [c.id, joinKeys(c.keys)]));
    if (encoded.length === 0 && !cursor) return;
    // Only the last batch carries the cursor: it is saved with, never before, the changes it covers.
    for (let start = 0; start < encoded.length || start === 0; start += this.batchSize) {
      const last = start + this.batchSize >= encoded.length;
      await this.run(jurisdiction, encoded.slice(start, start + this.batchSize), last ? cursor : undefined);
    }
  }

  async replace(jurisdiction: string, records: ReadonlyMap<string, readonly string[]>, cursor: FeedCursor): Promise<void> {
    assertOwnRecords(jurisdiction, records.keys());
    await this.apply(jurisdiction, [...records].map(([id, keys]) => ({ id, keys })));
    const gone = (await this.recordsOf(jurisdiction)).filter((id) => !records.has(id));
    await this.apply(jurisdiction, gone.map((id) => ({ id, keys: null })), cursor);
  }

  async put(recordId: string, keys: readonly string[]): Promise<void> {
    return this.apply(jurisdictionOf(recordId), [{ id: recordId, keys }]);
  }

  async remove(recordId: string): Promise<void> {
    return this.apply(jurisdictionOf(recordId), [{ id: recordId, keys: null }]);
  }

  async lookup(keys: Iterable<string>): Promise<string[]> {
    const names = [...new Set(keys)].map((k) => `${this.prefix}k:${k}`);
    // One SUNION however many keys: a trace costs one round trip per hop, not one per key.
    return names.length === 0 ? [] : this.redis.sunion(...names);
  }

  async keysOf(recordId: string): Promise<readonly string[]> {
    return splitKeys(await this.redis.get(`${this.prefix}r:${recordId}`));
  }

  async keysOfMany(recordIds: readonly string[]): Promise<ReadonlyArray<readonly string[]>> {
    if (recordIds.length === 0) return [];
    const values = await this.redis.mget(...recordIds.map((id) => `${this.prefix}r:${id}`));
    return values.map(splitKeys);
  }

  recordsOf(jurisdiction: string): Promise<string[]> {
    return this.redis.smembers(`${this.prefix}j:${jurisdiction}`);
  }

  countOf(jurisdiction: string): Promise<number> {
    return this.redis.scard(`${this.prefix}j:${jurisdiction}`);
  }

  async cursorOf(jurisdiction: string): Promise<FeedCursor | null> {
    const { epoch, keyId, seq } = await this.redis.hgetall(`${this.prefix}c:${jurisdiction}`);
    // A cursor that does not read back whole is no cursor: the index then reads everything again.
    if (!epoch || !keyId || !seq || !/^\d{1,15}$/.test(seq)) return null;
    return { epoch, keyId, seq: Number(seq) };
  }

  async close(): Promise<void> {
    if (!this.owned || this.redis.status === 'end') return;
    // QUIT waits for a connection that may never come; a client that is not up is just dropped.
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }

  private async run(jurisdiction: string, changes: string[][], cursor: FeedCursor | undefined): Promise<void> {
    await (this.redis as unknown as WithApply).corridorIndexApply(
      `${this.prefix}j:${jurisdiction}`,
      this.prefix,
      jurisdiction,
      JSON.stringify(changes),
      cursor?.epoch ?? '',
      cursor?.keyId ?? '',
      String(cursor?.seq ?? 0),
    );
  }
}
