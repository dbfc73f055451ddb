// Process entry of the simulated ZZX agency database: `tsx subgraphs/native/zzx-native/main.ts`.
// Configuration is read once and checked; the connection URL is logged without its password.
import { z } from 'zod';
import { loadRegistry } from '../../../../../../schema/registry/registry';
import { createLogger } from '../../../../log';
import { DEFAULT_SEED, generateScenario } from '../../../../../scenario/generate';
import { startNativeSource } from './server';

const schema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  SCENARIO_SEED: z.coerce.number().int().default(DEFAULT_SEED),
  NATIVE_LATENCY_MS: z.coerce.number().int().min(0).default(0),
  // An empty value means unset, as shells and compose files often leave it.
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// connection URL').optional()),
});

async function main(): Promise<void> {
  const log = createLogger('native-zzx');
  try {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) throw new Error(`invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const { HOST, PORT, SCENARIO_SEED, NATIVE_LATENCY_MS, DATABASE_URL } = parsed.data;
    const jurisdiction = loadRegistry().byCode('ZZX');
    if (!jurisdiction) throw new Error('ZZX is not in the registry');
    const server = await startNativeSource({
      scenario: generateScenario(SCENARIO_SEED),
      jurisdiction,
      port: PORT ?? jurisdiction.native.port,
      host: HOST,
      latencyMs: NATIVE_LATENCY_MS,
      databaseUrl: DATABASE_URL ?? null,
    });
    const where = new URL(server.origin);
    where.password = '';
    log.info(
      { mode: server.mode, database: where.toString(), schema: server.schema, records: server.persons, health: `http://${HOST}:${server.port}/healthz`, seed: SCENARIO_SEED },
      server.mode === 'postgresql' ? 'native source ready: loaded into the real PostgreSQL of DATABASE_URL' : 'native source ready: embedded PostgreSQL (PGlite) on the native port',
    );
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
