// The agency's records database (PostgreSQL), read with `pg`. SCAFFOLD: the statements are in
// queries.ts; this file holds the connection and what a well-formed answer looks like.
import { z } from 'zod';
import { pdrmConnectionString } from '../../../../../mys/connection-url';
import { openPdrmDatabase } from '../../../../../mys/database';
import { NativeSourceError } from '../../../../native/native-source-error';
import { recordQueries } from './queries';

export interface RecordKey {
  readonly agency: string;
  readonly ref: string;
}

export type QueryName = 'byKeys' | 'page';

export interface DatabaseOptions {
  /** Schema holding the agency's tables. @default 'zzx_records' */
  schema?: string;
  /** Where DATABASE_URL is read. @default process.env */
  env?: Record<string, string | undefined>;
  /** Called once per SQL statement sent (tests count round trips with it). */
  onQuery?: (name: QueryName) => void;
}

/** One row per person: its key, and the record left `unknown` (one bad record is that record's problem). */
export interface RecordRow {
  readonly ref: string;
  readonly agency: string;
  readonly record: unknown;
}

// Rows of the wrong shape mean the source as a whole is not answering right.
const rowsShape = z.array(z.object({ ref: z.string(), agency: z.string(), record: z.unknown() }));

/**
 * Which PostgreSQL holds the tables: `baseUrl` when it is a postgres:// URL (NATIVE_URL_ZZX), else
 * DATABASE_URL, else the embedded source on the registry's http://host:port (as MYS does).
 */
function connectionString(baseUrl: string, env: Record<string, string | undefined> | undefined): string {
  try {
    return pdrmConnectionString(baseUrl, env);
  } catch {
    throw new Error('the ZZX native URL must be postgres://…, or http://<host>:<port> of the embedded source');
  }
}

export function createRecordsClient(baseUrl: string, timeoutMs: number, options: DatabaseOptions = {}) {
  const sql = recordQueries(options.schema);
  const db = openPdrmDatabase<QueryName>({ connectionString: connectionString(baseUrl, options.env), timeoutMs, onQuery: options.onQuery });

  async function rows(name: QueryName, text: string, values: readonly unknown[]): Promise<RecordRow[]> {
    const parsed = rowsShape.safeParse(await db.query(name, text, values));
    if (!parsed.success) throw new NativeSourceError('native source answered rows of an unexpected shape');
    return parsed.data;
  }

  return {
    /** The persons with these keys, in one statement (the keys as two parallel array parameters). */
    lookup: (keys: readonly RecordKey[]) => rows('byKeys', sql.byKeys, [keys.map((k) => k.ref), keys.map((k) => k.agency)]),
    /** Up to `limit` persons after `after` (null: from the start), in key order. */
    page: (after: RecordKey | null, limit: number) => rows('page', sql.page, [after?.ref ?? null, after?.agency ?? null, limit]),
    close: () => db.close(),
  };
}
