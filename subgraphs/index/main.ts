// Process entry of the cross-border index.
import { loadRegistry, subgraphUrl } from '../../schema/registry/registry';
import { createRedisClient, type RedisClient } from '../kit/redis/redis-client';
import { loadSubgraphConfig } from '../kit/config';
import { publishRecordChanges, RECORDS_CHANGED_CHANNEL } from '../kit/records-changed';
import { createLogger } from '../kit/log';
import { loadIndexConfig } from './config/index-config';
import { startIndex } from './index-subgraph';
import { decisionStoreFromEnv } from './links/decision-store-config';
import { MemoryKeyStore, type KeyStore } from './store/key-store';
import { RedisKeyStore } from './store/redis-key-store';

const log = createLogger('index');

async function main(): Promise<void> {
  const config = loadSubgraphConfig();
  const indexConfig = loadIndexConfig();
  const registry = loadRegistry();
  let store: KeyStore;
  // Changed records are announced on Redis so every gateway drops what it cached of them.
  const announcer = indexConfig.REDIS_URL ? createRedisClient(indexConfig.REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: false }) : null;
  if (indexConfig.REDIS_URL) {
    store = new RedisKeyStore({ redis: indexConfig.REDIS_URL, prefix: indexConfig.INDEX_REDIS_PREFIX });
    log.info({ store: 'redis', prefix: indexConfig.INDEX_REDIS_PREFIX }, 'blind keys and feed cursors in Redis: a restart goes on from each feed cursor');
  } else {
    store = new MemoryKeyStore();
    log.info({ store: 'memory' }, 'REDIS_URL is not set: blind keys in process memory, every feed is read again at each start');
  }
  const decisions = decisionStoreFromEnv(process.env, log);
  const index = await startIndex({
    jurisdictions: registry.jurisdictions,
    sources: registry.jurisdictions.map((j) => ({ code: j.code, subgraphUrl: subgraphUrl(j), timeoutMs: indexConfig.INDEX_FEED_TIMEOUT_MS })),
    port: config.PORT ?? registry.index.port,
    host: config.HOST,
    indexKey: config.INDEX_KEY,
    syncIntervalMs: indexConfig.INDEX_SYNC_INTERVAL_MS,
    store,
    decisions,
    ...(announcer && { onChanged: (ids: string[]) => publishRecordChanges(announcer, ids, process.env.CACHE_CHANNEL || RECORDS_CHANGED_CHANNEL) }),
    log,
  });
  log.info({ url: `${index.origin}/graphql`, jurisdictions: registry.jurisdictions.length }, 'index ready');
  const stop = () =>
    void index
      .close()
      .then(() => store.close())
      .then(() => decisions.close())
      .then(() => announcer?.quit())
      .then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: Error) => {
  log.fatal({ err: error.message }, 'index failed to start');
  process.exit(1);
});
