// Process entry of the simulated INTERPOL notices and SLTD system: `tsx subgraphs/native/interpol-notices/main.ts`.
import { createLogger } from '../../kit/log';
import { generateScenario } from '../../scenario/generate';
import { loadInterpolNativeConfig } from './config';
import { startInterpolNativeSource } from './server';

async function main(): Promise<void> {
  const log = createLogger('native-interpol-notices');
  try {
    const config = loadInterpolNativeConfig();
    const server = await startInterpolNativeSource({
      scenario: generateScenario(config.seed),
      port: config.port,
      host: config.host,
      latencyMs: config.latencyMs,
    });
    log.info({ url: server.origin, seed: config.seed, latencyMs: config.latencyMs }, 'native source ready');
    const stop = () => {
      log.info('stopping');
      server.close().then(() => process.exit(0));
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  } catch (error) {
    log.fatal({ err: (error as Error).message }, 'native source failed to start');
    process.exit(1);
  }
}

void main();
