import { z } from 'zod';
import { loadRegistry } from '../../../schema/registry/registry';
import { DEFAULT_SEED } from '../../scenario/generate';

const schema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  SCENARIO_SEED: z.coerce.number().int().default(DEFAULT_SEED),
  NATIVE_LATENCY_MS: z.coerce.number().int().min(0).default(0),
});

export interface InterpolNativeConfig {
  readonly host: string;
  readonly port: number;
  readonly seed: number;
  readonly latencyMs: number;
}

/** The simulated INTERPOL system's environment, read once; a bad value stops the start, naming it. */
export function loadInterpolNativeConfig(env: Record<string, string | undefined> = process.env): InterpolNativeConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  const { HOST, PORT, SCENARIO_SEED, NATIVE_LATENCY_MS } = parsed.data;
  const port = PORT ?? loadRegistry().byCode('INTERPOL')?.native.port;
  if (port === undefined) throw new Error('INTERPOL is not in the registry and PORT is not set');
  return Object.freeze({ host: HOST, port, seed: SCENARIO_SEED, latencyMs: NATIVE_LATENCY_MS });
}
