// Process entry of one shard of the long tail: `UMF_SHARD=0 tsx subgraphs/umf/host.ts` starts the
// subgraph of every long-tail country of shard 0, each on its own registry port, in one process.
import { loadRegistry, nativeUrl } from '../../schema/registry/registry';
import { loadSubgraphConfig } from '../kit/config';
import { createLogger } from '../kit/log';
import { startCountrySubgraph } from '../kit/subgraph/country-subgraph';
import { createUmfAdapter } from './adapter';
import { readShard, shardJurisdictions } from './shard';
import { closeOnSignals, startEach } from './start-each';

async function main(): Promise<void> {
  const log = createLogger('subgraph-umf');
  try {
    // PORT is ignored: every country listens on its own registry port.
    const config = loadSubgraphConfig();
    const shard = readShard();
    const jurisdictions = shardJurisdictions(loadRegistry().jurisdictions, shard);
    if (jurisdictions.length === 0) throw new Error(`no long-tail jurisdiction is in shard ${shard}`);
    const shardLog = log.child({ shard });
    shardLog.info({ countries: jurisdictions.length }, 'starting subgraphs');
    const servers = await startEach(
      jurisdictions,
      (j) =>
        startCountrySubgraph({
          adapter: createUmfAdapter({ jurisdiction: j, baseUrl: nativeUrl(j), timeoutMs: config.NATIVE_TIMEOUT_MS }),
          port: j.subgraph.port,
          host: config.HOST,
          indexKey: config.INDEX_KEY,
          log: shardLog.child({ jurisdiction: j.code }),
        }),
      shardLog,
      'subgraphs',
    );
    shardLog.info({ ports: jurisdictions.map((j) => j.subgraph.port) }, 'subgraphs ready');
    closeOnSignals(servers, shardLog);
  } catch (error) {
    log.fatal({ err: (error as Error).message }, 'long-tail shard failed to start');
    process.exit(1);
  }
}

void main();
