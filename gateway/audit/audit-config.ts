import { join } from 'node:path';
import { z } from 'zod';
import { isRedisUrl } from '../../subgraphs/kit/redis/redis-client';
import { parseSettings } from '../../subgraphs/kit/settings';

/** Where the embedded default keeps its trail: inside the checkout, so it outlives a reboot (unlike /tmp). */
export const DEFAULT_AUDIT_FILE = join(__dirname, '..', '..', 'var', 'audit', 'trail.jsonl');

/** An unset variable and an empty one mean the same: not configured. */
const optionalUrl = z
  .string()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.string().url().optional());

/**
 * The audit settings, as zod fields so the gateway's own config schema can take them in
 * (`schema.extend(auditConfigShape)`), read once with the rest of its configuration.
 */
export const auditConfigShape = {
  /** The record of truth. @default 'postgres' when DATABASE_URL is set, else 'file' */
  AUDIT_SINK: z.enum(['postgres', 'file']).optional(),
  /** The trail of the file sink. @default var/audit/trail.jsonl in the checkout */
  AUDIT_FILE: z.string().min(1).default(DEFAULT_AUDIT_FILE),
  /** PostgreSQL schema of audit_log and audit_head. @default 'public' */
  AUDIT_SCHEMA: z.string().min(1).max(63).default('public'),
  /** Redis stream of the audit feed, used whenever REDIS_URL is set. @default 'corridor:audit' */
  AUDIT_STREAM: z.string().min(1).default('corridor:audit'),
  /** Approximate bound on the feed (`MAXLEN ~`). @default 100000 */
  AUDIT_STREAM_MAXLEN: z.coerce.number().int().positive().default(100_000),
  DATABASE_URL: optionalUrl,
  /** One Redis server, or a Redis Cluster by two or more of its nodes, comma-separated. */
  REDIS_URL: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || isRedisUrl(v), 'must be a redis:// or rediss:// URL, or a comma-separated list of the nodes of a Redis Cluster'),
};

const schema = z.object(auditConfigShape);

export type AuditConfig = Readonly<z.output<typeof schema>>;

/** Read the audit settings once, validated and frozen; a bad value stops the start, naming it. */
export function loadAuditConfig(env: Record<string, string | undefined> = process.env): AuditConfig {
  return parseSettings(schema, env, 'audit configuration');
}

/** The durable sink the settings name (or default to), before checking it can be reached. */
export function namedDurableKind(config: Pick<AuditConfig, 'AUDIT_SINK' | 'DATABASE_URL'>): 'postgres' | 'file' {
  return config.AUDIT_SINK ?? (config.DATABASE_URL ? 'postgres' : 'file');
}

/** The durable sink the settings choose. */
export function durableKind(config: Pick<AuditConfig, 'AUDIT_SINK' | 'DATABASE_URL'>): 'postgres' | 'file' {
  const kind = namedDurableKind(config);
  if (kind === 'postgres' && !config.DATABASE_URL) throw new Error('invalid audit configuration: AUDIT_SINK="postgres" needs DATABASE_URL');
  return kind;
}
