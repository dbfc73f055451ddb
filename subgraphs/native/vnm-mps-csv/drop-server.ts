import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendJson } from '../../kit/http/listen';
import type { NativeFault, NativeServer } from '../native-server';
import type { ExportShelf } from './export-shelf';

export const EXPORTS_PATH = '/exports/';

export interface DropServerOptions {
  port: number;
  host?: string;
  /** @default 0 */
  latencyMs?: number;
  /** Records in the current state, for /healthz. */
  recordCount: () => number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * An HTTP file drop: `GET /exports/` lists the exports as JSON, `GET /exports/<name>` serves one.
 * The routing is by prefix (a directory), which the kit's exact-path native server does not do; the
 * latency and fault injection behave as in native-server.ts.
 */
export async function startDropServer(shelf: ExportShelf, options: DropServerOptions): Promise<NativeServer> {
  let fault: NativeFault = 'none';
  let latency = options.latencyMs ?? 0;
  const requests: { path: string; search: string }[] = [];

  const route = (req: IncomingMessage, res: ServerResponse, url: URL): void => {
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok', records: options.recordCount(), exports: shelf.list().length });
    if (url.pathname === '/exports') {
      res.writeHead(301, { location: EXPORTS_PATH });
      return void res.end();
    }
    if (!url.pathname.startsWith(EXPORTS_PATH)) return sendJson(res, 404, { error: 'not found' });
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET', 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ error: 'only GET is allowed' }));
    }
    if (url.pathname === EXPORTS_PATH) return sendJson(res, 200, { exports: shelf.list() });
    let name: string;
    try {
      name = decodeURIComponent(url.pathname.slice(EXPORTS_PATH.length));
    } catch {
      return sendJson(res, 400, { error: 'bad file name' });
    }
    const file = shelf.get(name);
    if (!file) return sendJson(res, 404, { error: 'no such export' });
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-length': String(file.bytes.length),
      'content-disposition': `attachment; filename="${file.entry.name}"`,
      etag: file.entry.etag,
      'last-modified': new Date(file.entry.mtime).toUTCString(),
    });
    res.end(file.bytes);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ path: url.pathname, search: url.search });
    if (latency > 0) await sleep(latency);
    if (fault === 'hang') return; // never answers; the client's timeout must fire
    if (fault === 'http-500') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      return void res.end('internal error');
    }
    if (fault === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      return void res.end('\u0000\u0001<<not what you asked for');
    }
    route(req, res, url);
  };

  const server = createServer((req, res) => {
    // A failure answers 500 without its text: it may carry native data.
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    origin: `http://${host}:${port}`,
    requests,
    setFault: (f) => {
      fault = f;
    },
    setLatency: (ms) => {
      latency = ms;
    },
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        // A hanging request would keep close() waiting for ever.
        server.closeAllConnections();
      }),
  };
}
