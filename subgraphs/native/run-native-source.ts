import { z } from 'zod';
import { loadRegistry } from '../../schema/registry/registry';
import { createLogger } from '../kit/log';
import { nativeSourceStarter } from '../kit/wiring/adapters';
import { DEFAULT_SEED, generateScenario } from '../scenario/generate';

const schema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  SCENARIO_SEED: z.coerce.number().int().default(DEFAULT_SEED),
  NATIVE_LATENCY_MS: z.coerce.number().int().min(0).default(0),
});

/**
 * Process entry of one simulated agency system: configuration read once (a bad value stops the
 * start, naming it), the registry's port unless PORT says otherwise, structured logs, signals.
 */
export async function runNativeSource(code: string): Promise<void> {
  const log = createLogger(`native-${code.toLowerCase()}`);
  try {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) throw new Error(`invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const { HOST, PORT, SCENARIO_SEED, NATIVE_LATENCY_MS } = parsed.data;
    const jurisdiction = loadRegistry().byCode(code);
    if (!jurisdiction) throw new Error(`${code} is not in the registry`);
    const server = await nativeSourceStarter(jurisdiction)({
      scenario: generateScenario(SCENARIO_SEED),
      jurisdiction,
      port: PORT ?? jurisdiction.native.port,
      host: HOST,
      latencyMs: NATIVE_LATENCY_MS,
    });
    log.info({ url: server.origin, seed: SCENARIO_SEED, latencyMs: NATIVE_LATENCY_MS }, 'native source ready');
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
