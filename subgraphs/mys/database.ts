import { Pool } from 'pg';
import { nativeSourceError } from './source-error';

/**
 * Connections per adapter. The kit's loader sends one batch per request, so a few connections
 * carry a subgraph; the agency's database serves many other clients.
 */
const POOL_MAX = 4;

/**
 * The client gives up this long after the server's statement_timeout, so that on a real
 * PostgreSQL the server cancels first (and stops working for nobody). PGlite has no timer of its
 * own, so there the client's limit is the one that fires.
 */
const CLIENT_GRACE_MS = 250;

export interface PdrmDatabaseOptions<Name extends string> {
  connectionString: string;
  /** Limit for connecting, and for each statement. */
  timeoutMs: number;
  /** Called once per statement sent, before sending it (tests count round trips with it). */
  onQuery?: (name: Name) => void;
}

export interface PdrmDatabase<Name extends string> {
  /** Run one statement; any failure is a NativeSourceError. */
  query(name: Name, text: string, values: readonly unknown[]): Promise<unknown[]>;
  close(): Promise<void>;
}

/** A small pool on the agency's PostgreSQL, with its time limits. */
export function openPdrmDatabase<Name extends string>({ connectionString, timeoutMs, onQuery }: PdrmDatabaseOptions<Name>): PdrmDatabase<Name> {
  const pool = new Pool({
    connectionString,
    max: POOL_MAX,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs + CLIENT_GRACE_MS,
    idleTimeoutMillis: 30_000,
    // An idle pool must not keep a process (or a test run) alive.
    allowExitOnIdle: true,
    application_name: 'corridor-mys-adapter',
  });
  // An idle connection the server dropped: the pool discards it and the next query opens another.
  pool.on('error', () => undefined);
  return {
    async query(name, text, values) {
      onQuery?.(name);
      try {
        return (await pool.query(text, [...values])).rows;
      } catch (error) {
        throw nativeSourceError(error, timeoutMs);
      }
    },
    close: () => pool.end(),
  };
}
