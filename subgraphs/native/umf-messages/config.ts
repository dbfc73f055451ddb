import { z } from 'zod';
import { readShard } from '../../umf/shard';
import { DEFAULT_SEED } from '../../scenario/generate';

const schema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  SCENARIO_SEED: z.coerce.number().int().default(DEFAULT_SEED),
  NATIVE_LATENCY_MS: z.coerce.number().int().min(0).default(0),
});

export interface UmfHostConfig {
  readonly shard: number;
  readonly host: string;
  readonly seed: number;
  readonly latencyMs: number;
}

/** The simulated bureaus' environment, read once; a bad value stops the start, naming it. */
export function loadUmfHostConfig(env: Record<string, string | undefined> = process.env): UmfHostConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  const { HOST, SCENARIO_SEED, NATIVE_LATENCY_MS } = parsed.data;
  return Object.freeze({ shard: readShard(env), host: HOST, seed: SCENARIO_SEED, latencyMs: NATIVE_LATENCY_MS });
}
