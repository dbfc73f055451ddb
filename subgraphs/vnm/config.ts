import { z } from 'zod';

const schema = z.object({
  /** How long a look at the export listing stays good, in ms; 0 looks on every batch. */
  VNM_EXPORT_POLL_MS: z.coerce.number().int().min(0).max(3_600_000).default(0),
});

export interface VnmConfig {
  readonly pollIntervalMs: number;
}

/** The VNM adapter's own settings, read once when the adapter is made; a bad value stops the start, naming it. */
export function loadVnmConfig(env: Record<string, string | undefined> = process.env): VnmConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  return Object.freeze({ pollIntervalMs: parsed.data.VNM_EXPORT_POLL_MS });
}
