// Process entry of one shard of the simulated long-tail bureaus:
// `UMF_SHARD=0 tsx subgraphs/native/umf-messages/host.ts`. One process serves every long-tail
// country of its shard, each on its own registry native port.
import { loadRegistry } from '../../../schema/registry/registry';
import { createLogger } from '../../kit/log';
import { generateScenario } from '../../scenario/generate';
import { shardJurisdictions } from '../../umf/shard';
import { closeOnSignals, startEach } from '../../umf/start-each';
import { loadUmfHostConfig } from './config';
import { startUmfNativeSource } from './server';

async function main(): Promise<void> {
  const log = createLogger('native-umf');
  try {
    const config = loadUmfHostConfig();
    const jurisdictions = shardJurisdictions(loadRegistry().jurisdictions, config.shard);
    if (jurisdictions.length === 0) throw new Error(`no long-tail jurisdiction is in shard ${config.shard}`);
    // Once for the process: every country's source serves its slice of the same world.
    const scenario = generateScenario(config.seed);
    const shardLog = log.child({ shard: config.shard });
    shardLog.info({ countries: jurisdictions.length, seed: config.seed, latencyMs: config.latencyMs }, 'starting native sources');
    const servers = await startEach(
      jurisdictions,
      (j) => startUmfNativeSource({ scenario, jurisdiction: j, port: j.native.port, host: config.host, latencyMs: config.latencyMs }),
      shardLog,
      'native sources',
    );
    shardLog.info({ ports: jurisdictions.map((j) => j.native.port) }, 'native sources ready');
    closeOnSignals(servers, shardLog);
  } catch (error) {
    log.fatal({ err: (error as Error).message }, 'native sources failed to start');
    process.exit(1);
  }
}

void main();
