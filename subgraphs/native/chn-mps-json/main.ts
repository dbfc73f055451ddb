// Process entry of the simulated MPS person-information interface: `tsx subgraphs/native/chn-mps-json/main.ts`.
import { z } from 'zod';
import { loadRegistry } from '../../../schema/registry/registry';
import { createLogger } from '../../kit/log';
import { DEFAULT_SEED, generateScenario } from '../../scenario/generate';
import { startChnNativeSource } from './server';

const log = createLogger('native-chn-mps');

/** The environment, read once; a bad value stops the start, naming it. */
function readConfig(env: NodeJS.ProcessEnv) {
  const chn = loadRegistry().byCode('CHN');
  if (!chn) throw new Error('jurisdiction CHN is not in the registry');
  const schema = z.object({
    PORT: z.coerce.number().int().min(0).max(65535).default(chn.native.port),
    HOST: z.string().min(1).default('127.0.0.1'),
    SCENARIO_SEED: z.coerce.number().int().default(DEFAULT_SEED),
    NATIVE_LATENCY_MS: z.coerce.number().int().min(0).default(0),
  });
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  return Object.freeze({ jurisdiction: chn, ...parsed.data });
}

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const server = await startChnNativeSource({
    scenario: generateScenario(config.SCENARIO_SEED),
    jurisdiction: config.jurisdiction,
    port: config.PORT,
    host: config.HOST,
    latencyMs: config.NATIVE_LATENCY_MS,
  });
  log.info({ url: `${server.origin}/mps/api/ryxx`, seed: config.SCENARIO_SEED, latencyMs: config.NATIVE_LATENCY_MS }, 'CHN native source ready');
  const stop = () => {
    log.info('stopping');
    server.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  log.fatal({ err: (error as Error).message }, 'CHN native source failed to start');
  process.exit(1);
});
