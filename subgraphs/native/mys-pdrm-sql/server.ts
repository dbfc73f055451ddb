import { createServer } from 'node:http';
import { loadRegistry, type Jurisdiction } from '../../../schema/registry/registry';
import { sendJson } from '../../kit/http/listen';
import type { NativeSourceOptions } from '../../kit/wiring/adapters';
import type { NativeFault, NativeServer } from '../native-server';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { openFrontDoor } from './front-door';
import { DEFAULT_SCHEMA, loadScenario, type LoadResult } from './load';
import { withLoaderClient } from '../sql-loader-client';

export interface MysNativeSourceOptions extends Omit<NativeSourceOptions, 'jurisdiction'> {
  /** @default the registry's MYS row */
  jurisdiction?: Jurisdiction;
  /** Schema the tables are loaded into (tests use one of their own). @default 'pdrm' */
  schema?: string;
  /** A real PostgreSQL to load into; null starts the embedded one. @default process.env.DATABASE_URL */
  databaseUrl?: string | null;
}

export interface MysNativeServer extends NativeServer {
  /** `postgresql`: loaded into DATABASE_URL; `embedded`: PGlite behind this server's port. */
  readonly mode: 'postgresql' | 'embedded';
  readonly schema: string;
  /** Person rows loaded. */
  readonly persons: number;
}

/**
 * The simulated PDRM / JIM records database, holding the scenario's MYS records in the agency's
 * own tables (schema.sql). With a PostgreSQL URL (DATABASE_URL) it loads them there and `origin`
 * is that URL. Without one it runs an embedded PGlite and serves it over the PostgreSQL wire
 * protocol on `port`, with latency and fault injection; `origin` is then its connection URL. In
 * both modes `port` also answers HTTP `GET /healthz`, the stack's readiness check.
 */
export async function startMysNativeSource(options: MysNativeSourceOptions): Promise<MysNativeServer> {
  const jurisdiction = options.jurisdiction ?? loadRegistry().byCode('MYS');
  if (!jurisdiction) throw new Error('MYS is not in the registry');
  const databaseUrl = options.databaseUrl === undefined ? process.env.DATABASE_URL || null : options.databaseUrl;
  const mode = databaseUrl ? 'postgresql' : 'embedded';
  // Latency and faults are injected where the adapter's connections pass: only the embedded
  // database is reached through this server. Refusing beats a benchmark that silently is not one.
  if (mode === 'postgresql' && (options.latencyMs ?? 0) > 0) throw new Error('simulated latency needs the embedded PostgreSQL: unset DATABASE_URL');

  let embedded: EmbeddedPostgres | null = null;
  try {
    embedded = databaseUrl ? null : await startEmbeddedPostgres();
    const loaded: LoadResult = await withLoaderClient(databaseUrl ?? embedded!.url, 'corridor-mys-loader', (client) =>
      loadScenario(client, options.scenario, { schema: options.schema ?? DEFAULT_SCHEMA, timeZone: jurisdiction.timeZone }),
    );
    const http = createServer((req, res) => {
      if (req.method === 'GET' && req.url === '/healthz') sendJson(res, 200, { status: 'ok', mode, schema: loaded.schema, records: loaded.persons });
      else sendJson(res, 404, { error: 'not found' });
    });
    const door = await openFrontDoor({
      port: options.port,
      host: options.host,
      http,
      upstream: embedded && { host: embedded.host, port: embedded.port },
      latencyMs: options.latencyMs,
    });
    const host = options.host ?? '127.0.0.1';
    const running = embedded;
    return {
      mode,
      schema: loaded.schema,
      persons: loaded.persons,
      server: http,
      port: door.port,
      origin: databaseUrl ?? `postgres://postgres@${host}:${door.port}/postgres`,
      requests: door.requests,
      setFault: (fault: NativeFault) => {
        if (mode === 'postgresql' && fault !== 'none') throw new Error('fault injection needs the embedded PostgreSQL: unset DATABASE_URL');
        door.setFault(fault);
      },
      setLatency: (ms: number) => {
        if (mode === 'postgresql' && ms > 0) throw new Error('simulated latency needs the embedded PostgreSQL: unset DATABASE_URL');
        door.setLatency(ms);
      },
      close: async () => {
        await door.close();
        await running?.close();
      },
    };
  } catch (error) {
    await embedded?.close();
    throw error;
  }
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts). */
export const startNativeSource = startMysNativeSource;
