import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs, one logger per service. Never log personal data: ids, codes and counts only.
 */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name: service, level, base: { service } });
}

export type { Logger };
