import { z } from 'zod';
import { loadRegistry } from '../../../schema/registry/registry';
import { DEFAULT_SEED } from '../../scenario/generate';

const postgresUrl = z
  .string()
  .refine((url) => /^postgres(ql)?:\/\//.test(url), 'a postgres:// or postgresql:// connection URL')
  .optional();

const schema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  SCENARIO_SEED: z.coerce.number().int().default(DEFAULT_SEED),
  NATIVE_LATENCY_MS: z.coerce.number().int().min(0).default(0),
  // An empty value means unset, as shells and compose files often leave it.
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), postgresUrl),
});

export interface MysNativeConfig {
  readonly host: string;
  readonly port: number;
  readonly seed: number;
  readonly latencyMs: number;
  /** Real PostgreSQL to load into; null runs the embedded one. */
  readonly databaseUrl: string | null;
}

/** The simulated PDRM / JIM database's environment, read once; a bad value stops the start, naming it. */
export function loadMysNativeConfig(env: Record<string, string | undefined> = process.env): MysNativeConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  const { HOST, PORT, SCENARIO_SEED, NATIVE_LATENCY_MS, DATABASE_URL } = parsed.data;
  const port = PORT ?? loadRegistry().byCode('MYS')?.native.port;
  if (port === undefined) throw new Error('MYS is not in the registry and PORT is not set');
  return Object.freeze({ host: HOST, port, seed: SCENARIO_SEED, latencyMs: NATIVE_LATENCY_MS, databaseUrl: DATABASE_URL ?? null });
}
