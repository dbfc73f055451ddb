import cluster from 'node:cluster';
import { trace } from '@opentelemetry/api';
import pino, { type DestinationStream, type Logger } from 'pino';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Defence in depth: a careless `log.info({ headers })` or `log.info({ variables })` must not put a
 * token or a searched identifier in the logs. Callers log ids, codes and counts; these paths catch
 * the slips.
 */
const REDACTED_PATHS = ['authorization', 'headers', 'variables', 'query', '*.authorization', '*.headers', '*.variables', '*.query'];

/**
 * Structured JSON logs, one logger per service. Never log personal data: ids, codes and counts only.
 * Each line written inside a traced request carries its `traceId`, so a log line leads to its trace.
 * `destination` lets a test read what was written. @default stdout
 */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  // pino's own error for an unknown level names neither the variable nor the accepted values.
  if (!(LEVELS as readonly string[]).includes(level)) {
    throw new Error(`invalid configuration: LOG_LEVEL=${JSON.stringify(level)}: expected one of ${LEVELS.join(', ')}`);
  }
  const options: pino.LoggerOptions = {
    name: service,
    level,
    // In a cluster of gateway workers, which worker wrote the line.
    base: cluster.isWorker ? { service, worker: cluster.worker?.id } : { service },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    mixin() {
      const span = trace.getActiveSpan()?.spanContext();
      return span && span.traceFlags & 1 ? { traceId: span.traceId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
