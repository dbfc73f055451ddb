// Process entry of the cross-border index.
import { z } from 'zod';
import { loadRegistry, subgraphUrl } from '../../schema/registry/registry';
import { loadSubgraphConfig } from '../kit/config';
import { createLogger } from '../kit/log';
import { startIndex } from './index-subgraph';

const log = createLogger('index');

async function main(): Promise<void> {
  const config = loadSubgraphConfig();
  const syncIntervalMs = z.coerce.number().int().min(100).default(10_000).parse(process.env.INDEX_SYNC_INTERVAL_MS);
  // Feed pages are background work and can be large (500 records): their budget is not a query's.
  const feedTimeoutMs = z.coerce.number().int().min(100).default(30_000).parse(process.env.INDEX_FEED_TIMEOUT_MS);
  const registry = loadRegistry();
  const index = await startIndex({
    jurisdictions: registry.jurisdictions,
    sources: registry.jurisdictions.map((j) => ({ code: j.code, subgraphUrl: subgraphUrl(j), timeoutMs: feedTimeoutMs })),
    port: config.PORT ?? registry.index.port,
    host: config.HOST,
    indexKey: config.INDEX_KEY,
    syncIntervalMs,
    log,
  });
  log.info({ url: `${index.origin}/graphql`, jurisdictions: registry.jurisdictions.length }, 'index ready');
  const stop = () => void index.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: Error) => {
  log.fatal({ err: error.message }, 'index failed to start');
  process.exit(1);
});
