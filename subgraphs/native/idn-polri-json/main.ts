// Process entry of the simulated POLRI / Imigrasi subject API: `tsx subgraphs/native/idn-polri-json/main.ts`.
import { createLogger } from '../../kit/log';
import { generateScenario } from '../../scenario/generate';
import { loadIdnNativeConfig } from './config';
import { startIdnNativeSource } from './server';

async function main(): Promise<void> {
  const log = createLogger('native-idn-polri');
  try {
    const config = loadIdnNativeConfig();
    const server = await startIdnNativeSource({
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
