import { z } from 'zod';
import type { Logger } from '../../kit/log';
import { MemoryDecisionStore, type LinkDecisionStore } from './decision-store';
import { postgresDecisionStore } from './postgres-decision-store';

const databaseUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
  .optional();

/**
 * The link decision store the index process runs with: PostgreSQL when DATABASE_URL is set (its
 * table is created at start), else process memory, said in the log. A bad DATABASE_URL stops the
 * start, named but not echoed (it may carry a password).
 */
export function decisionStoreFromEnv(env: Record<string, string | undefined>, log: Logger): LinkDecisionStore {
  const parsed = databaseUrl.safeParse(env.DATABASE_URL || undefined);
  if (!parsed.success) throw new Error(`invalid index configuration: DATABASE_URL: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  if (!parsed.data) {
    log.warn({ decisions: 'memory' }, 'DATABASE_URL is not set: link decisions are kept in process memory and lost when the index stops');
    return new MemoryDecisionStore();
  }
  log.info({ decisions: 'postgresql' }, 'link decisions in PostgreSQL (DATABASE_URL), table link_decisions');
  return postgresDecisionStore({ pool: parsed.data });
}
