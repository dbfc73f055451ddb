import { DatabaseError } from 'pg';
import { NativeSourceError } from '../kit/native/native-source-error';

// How `pg` and `pg-pool` say that time ran out: the client gave up on a query, or on connecting.
const CLIENT_TIMEOUTS = new Set(['Query read timeout', 'timeout exceeded when trying to connect', 'Connection terminated due to connection timeout']);

/** SQLSTATE 57014 query_canceled: the server's statement_timeout fired. */
const QUERY_CANCELED = '57014';

/**
 * A failure of the agency's database as a whole, as the kit reports it. The message names what
 * happened and at most a SQLSTATE: PostgreSQL's own messages can quote the values involved.
 */
export function nativeSourceError(error: unknown, timeoutMs: number): NativeSourceError {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === QUERY_CANCELED || CLIENT_TIMEOUTS.has(String(message))) {
    return new NativeSourceError(`native source did not answer in ${timeoutMs} ms`, true);
  }
  if (error instanceof DatabaseError) {
    // A DatabaseError without SQLSTATE is pg's way of saying the bytes were not PostgreSQL.
    return new NativeSourceError(code ? `native source answered SQL error ${String(code)}` : 'native source answered something that is not PostgreSQL');
  }
  // ECONNREFUSED, ENOTFOUND, ECONNRESET, …: the server is not there.
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return new NativeSourceError('native source unreachable');
  return new NativeSourceError('native source connection failed');
}
