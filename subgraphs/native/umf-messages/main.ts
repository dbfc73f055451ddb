// Process entry of ONE long-tail bureau's simulated message system:
// `JURISDICTION=AUS tsx subgraphs/native/umf-messages/main.ts` (the shard host runs them by shard).
import { z } from 'zod';
import { loadRegistry } from '../../../schema/registry/registry';
import { createLogger } from '../../kit/log';
import { DEFAULT_SEED, generateScenario } from '../../scenario/generate';
import { startUmfNativeSource } from './server';

const schema = z.object({
  JURISDICTION: z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  SCENARIO_SEED: z.coerce.number().int().default(DEFAULT_SEED),
  NATIVE_LATENCY_MS: z.coerce.number().int().min(0).default(0),
});

async function main(): Promise<void> {
  const log = createLogger('native-umf');
  try {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) throw new Error(`invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const config = parsed.data;
    const jurisdiction = loadRegistry().byCode(config.JURISDICTION);
    if (!jurisdiction || jurisdiction.native.service !== 'umf-messages') throw new Error(`${config.JURISDICTION} is not a long-tail jurisdiction of the registry`);
    const server = await startUmfNativeSource({
      scenario: generateScenario(config.SCENARIO_SEED),
      jurisdiction,
      port: config.PORT ?? jurisdiction.native.port,
      host: config.HOST,
      latencyMs: config.NATIVE_LATENCY_MS,
    });
    log.info({ jurisdiction: jurisdiction.code, url: server.origin, seed: config.SCENARIO_SEED }, 'native source ready');
    const stop = () => {
      log.info('stopping');
      void server.close().then(() => process.exit(0));
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  } catch (error) {
    log.fatal({ err: (error as Error).message }, 'native source failed to start');
    process.exit(1);
  }
}

void main();
