import type { Logger } from '../../subgraphs/kit/log';
import { durableKind, type AuditConfig } from './audit-config';
import type { AuditSink } from './audit-sink';
import { dualSink } from './dual-sink';
import { fileSink } from './file-sink';
import { postgresSink } from './postgres-sink';
import { redisStreamSink } from './redis-stream-sink';

export interface ConfiguredAuditSink {
  readonly sink: AuditSink;
  /** One line for the start banner: where the trail goes (SPEC §7 asks the default to say so). */
  readonly description: string;
}

type SinkConfig = Pick<AuditConfig, 'AUDIT_SINK' | 'AUDIT_FILE' | 'AUDIT_SCHEMA' | 'AUDIT_STREAM' | 'AUDIT_STREAM_MAXLEN' | 'DATABASE_URL' | 'REDIS_URL'>;

/** The durable sink the configuration names, behind a Redis feed when REDIS_URL is set. */
export function createAuditSink(config: SinkConfig, log: Logger): ConfiguredAuditSink {
  const kind = durableKind(config);
  const durable =
    kind === 'postgres' ? postgresSink({ pool: config.DATABASE_URL!, schema: config.AUDIT_SCHEMA }) : fileSink({ path: config.AUDIT_FILE });
  const where = kind === 'postgres' ? `PostgreSQL (schema ${config.AUDIT_SCHEMA})` : `file ${config.AUDIT_FILE} (embedded default, one gateway process only)`;
  if (!config.REDIS_URL) return { sink: durable, description: `audit trail: ${where}` };
  const feed = redisStreamSink({ redis: config.REDIS_URL, stream: config.AUDIT_STREAM, maxLen: config.AUDIT_STREAM_MAXLEN });
  return { sink: dualSink({ durable, feed, log }), description: `audit trail: ${where}; feed: Redis stream ${config.AUDIT_STREAM}` };
}
