import { createRedisClient, type RedisClient } from '../../subgraphs/kit/redis/redis-client';
import { touchesJurisdiction, type AuditEvent } from './audit-event';
import type { AuditSink, ReadFilter } from './audit-sink';
import { checkedAppend } from './checked-append';
import { groupCommit } from './group-commit';
import { canonicalJson, chainEntries, GENESIS, type ChainedEntry, type ChainHead } from './hash-chain';
import { parseStoredEntry, UnreadableEntry } from './stored-entry';

export interface RedisStreamSinkOptions {
  /** A client to share (left open by `close`), or a URL to open one with (closed by `close`). */
  redis: RedisClient | string;
  /**
   * The stream; the chain head lives at `<stream>:head`. On Redis Cluster give the key a hash tag
   * (`{corridor:audit}`) so both keys share a slot, which the append script needs.
   * @default 'corridor:audit'
   */
  stream?: string;
  /** Approximate bound on the stream (`XADD MAXLEN ~`); the oldest entries are trimmed. @default 100_000 */
  maxLen?: number;
  /** A batch of appends racing other replicas for the head gives up after this many lost races. @default 50 */
  maxAttempts?: number;
  /** Per-command timeout of a client this sink opens itself. @default 2000 */
  commandTimeoutMs?: number;
}

/**
 * Compare-and-append of a batch, atomic inside Redis: the entries are added only if the head is
 * still the one the first of them was chained onto; otherwise nothing is written and the current
 * head comes back for the caller to re-chain the whole batch onto. The hashes cannot be computed in
 * the script (Redis Lua has no SHA-256), hence the optimistic round.
 * When the head key is missing (deleted, or an older stream) it is recovered from the last entry.
 * Stream ids are `<seq>-0`, so Redis itself refuses an entry that would go backwards; the batch's
 * seqs are consecutive, so only its first XADD can be refused, before anything is written.
 *
 * ARGV: expected head seq and hash, MAXLEN, the genesis hash, then seq, hash, entry JSON of each
 * entry in chain order.
 */
const APPEND_MANY_SCRIPT = `
if #ARGV < 7 or (#ARGV - 4) % 3 ~= 0 then
  return redis.error_reply('ERR corridorAuditAppendMany: expected head, MAXLEN, genesis, then seq/hash/entry triples')
end
local head = redis.call('HMGET', KEYS[2], 'seq', 'hash')
local seq, hash = head[1], head[2]
if not seq then
  local last = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)
  if #last == 0 then
    seq, hash = '0', ARGV[4]
  else
    seq = string.match(last[1][1], '^(%d+)-')
    local fields = last[1][2]
    for i = 1, #fields, 2 do
      if fields[i] == 'hash' then hash = fields[i + 1] end
    end
  end
end
if seq ~= ARGV[1] or hash ~= ARGV[2] then
  return {0, seq or '', hash or ''}
end
for i = 5, #ARGV, 3 do
  redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[3], ARGV[i] .. '-0', 'hash', ARGV[i + 1], 'entry', ARGV[i + 2])
end
redis.call('HSET', KEYS[2], 'seq', ARGV[#ARGV - 2], 'hash', ARGV[#ARGV - 1])
return {1}
`;

type AppendReply = [1] | [0, string, string];

// A name of its own: a client that still carries an older single-entry definition cannot collide.
interface WithAppendMany {
  corridorAuditAppendMany(stream: string, headKey: string, ...args: string[]): Promise<AppendReply>;
}

const PAGE = 500;

function fieldOf(fields: string[], name: string): string | undefined {
  for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === name) return fields[i + 1];
  return undefined;
}

function parseStreamEntry([id, fields]: [string, string[]]): ChainedEntry {
  const seq = Number(id.split('-')[0]);
  const text = fieldOf(fields, 'entry');
  if (text === undefined) throw new UnreadableEntry(seq, `stream entry ${id} has no chained entry`);
  try {
    return parseStoredEntry(JSON.parse(text), seq);
  } catch (error) {
    if (error instanceof UnreadableEntry) throw error;
    throw new UnreadableEntry(seq, `stream entry ${id} is not JSON`);
  }
}

/**
 * A hash-chained audit stream in Redis: the fast feed readers can tail (`XREAD`), and with it a
 * chain of its own that several gateway replicas extend safely. Appends that arrive together go down
 * in one script call (group commit). Redis trims and may lose recent writes on failover, so this is
 * not the record of truth; `dualSink` puts it behind a durable one.
 */
export function redisStreamSink({
  redis: clientOrUrl,
  stream = 'corridor:audit',
  maxLen = 100_000,
  maxAttempts = 50,
  commandTimeoutMs = 2000,
}: RedisStreamSinkOptions): AuditSink {
  const owned = typeof clientOrUrl === 'string';
  const redis =
    typeof clientOrUrl === 'string'
      ? createRedisClient(clientOrUrl, { maxRetriesPerRequest: 1, commandTimeout: commandTimeoutMs, disconnectTimeout: 500 })
      : clientOrUrl;
  // Connection trouble surfaces as rejected appends, which the caller handles; without a listener
  // ioredis would print every reconnect attempt.
  if (owned) redis.on('error', () => {});
  if (!('corridorAuditAppendMany' in redis)) redis.defineCommand('corridorAuditAppendMany', { numberOfKeys: 2, lua: APPEND_MANY_SCRIPT });
  const headKey = `${stream}:head`;
  // Only a guess to save a round trip: the script checks it against Redis.
  let knownHead: ChainHead = GENESIS;

  async function readHead(): Promise<ChainHead> {
    const [seq, hash] = await redis.hmget(headKey, 'seq', 'hash');
    if (seq && hash) return { seq: Number(seq), hash };
    const last = (await redis.xrevrange(stream, '+', '-', 'COUNT', 1)) as [string, string[]][];
    if (last.length === 0) return GENESIS;
    const entry = parseStreamEntry(last[0]!);
    return { seq: entry.seq, hash: entry.hash };
  }

  // Concurrent appends share one script call (group commit); a lost race re-chains the whole batch.
  const commit = groupCommit(async (events: readonly AuditEvent[]) => {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const from = knownHead;
      const { entries, head: last } = chainEntries(from, events);
      const reply = await (redis as unknown as WithAppendMany).corridorAuditAppendMany(
        stream,
        headKey,
        String(from.seq),
        from.hash,
        String(maxLen),
        GENESIS.hash,
        ...entries.flatMap((entry) => [String(entry.seq), entry.hash, canonicalJson(entry)]),
      );
      if (reply[0] === 1) {
        knownHead = last;
        return entries;
      }
      // Another replica appended first: chain onto what it wrote and try again.
      knownHead = { seq: Number(reply[1]), hash: reply[2] };
    }
    throw new Error(`audit stream ${stream}: lost the race for the chain head ${maxAttempts} times`);
  });

  const append = checkedAppend(commit);

  return {
    append,

    async read({ jurisdiction, limit = Infinity, afterSeq = 0 }: ReadFilter = {}) {
      const out: ChainedEntry[] = [];
      let start = afterSeq > 0 ? `(${afterSeq}-0` : '-';
      while (out.length < limit) {
        const page = (await redis.xrange(stream, start, '+', 'COUNT', PAGE)) as [string, string[]][];
        for (const item of page) {
          const entry = parseStreamEntry(item);
          if (jurisdiction && !touchesJurisdiction(entry.event, jurisdiction)) continue;
          out.push(entry);
          if (out.length >= limit) break;
        }
        if (page.length < PAGE) break;
        start = `(${page[page.length - 1]![0]}`;
      }
      return out;
    },

    head: readHead,

    async close() {
      if (!owned || redis.status === 'end') return;
      // QUIT waits for a connection that may never come; a client that is not up is just dropped.
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}
