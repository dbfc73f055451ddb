import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PGlite serves one session; the socket server multiplexes client connections onto it, one
 * query at a time. Enough for the adapter's small pool, the loader and a test's own client.
 */
const MAX_CONNECTIONS = 16;

export interface EmbeddedPostgres {
  readonly host: string;
  readonly port: number;
  /** Connection URL (PGlite takes any user and password). */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * PGlite loads its WASM runtime with dynamic `import()`, which a jest worker refuses (jest's module
 * sandbox needs --experimental-vm-modules for it). Say what to do instead of jest's riddle.
 */
async function createPglite(): Promise<PGlite> {
  try {
    return await PGlite.create();
  } catch (error) {
    if (!/experimental-vm-modules/.test((error as Error).message)) throw error;
    throw new Error(
      'the embedded PostgreSQL (PGlite) cannot start inside a jest worker: set DATABASE_URL to load into a real PostgreSQL, or run the native source as a process (main.ts)',
    );
  }
}

/**
 * An in-memory PostgreSQL (PGlite, real PostgreSQL compiled to WASM) speaking the PostgreSQL wire
 * protocol on a local port, so the adapter talks to it exactly as to a real server.
 */
export async function startEmbeddedPostgres(host = '127.0.0.1', port = 0): Promise<EmbeddedPostgres> {
  const db = await createPglite();
  const server = new PGLiteSocketServer({ db, host, port, maxConnections: MAX_CONNECTIONS });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  // `host:port`; the port is the one the OS picked when asked for 0.
  const actual = Number(server.getServerConn().split(':').pop());
  return {
    host,
    port: actual,
    url: `postgres://postgres@${host}:${actual}/postgres`,
    close: async () => {
      await server.stop();
      await db.close();
    },
  };
}
