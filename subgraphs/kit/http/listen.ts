import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How long close() lets in-flight requests finish, unless told otherwise. */
const CLOSE_GRACE_MS = 2000;

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

export interface Listening {
  readonly server: Server;
  readonly port: number;
  readonly origin: string;
  /**
   * Stop accepting connections at once, let the requests in flight finish, then close every
   * connection; connections still busy after `graceMs` are cut. @default graceMs 2000
   */
  close(graceMs?: number): Promise<void>;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * An HTTP server routing by path. Port 0 picks a free port (tests run beside a live stack).
 * An unhandled route error answers 500 without the error's text: it may carry native data.
 */
export function listen(routes: Record<string, RouteHandler>, port: number, host = '127.0.0.1'): Promise<Listening> {
  let closing = false;
  const inFlight = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    // A keep-alive connection outlives server.close(): the answers sent while closing tell the
    // client to go elsewhere, and the connection is closed as soon as it is idle.
    if (closing) res.setHeader('connection', 'close');
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes[url.pathname];
    if (!route) return sendJson(res, 404, { error: 'not found' });
    Promise.resolve(route(req, res, url)).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = (server.address() as AddressInfo).port;
      resolve({
        server,
        port: actual,
        origin: `http://${host}:${actual}`,
        close: (graceMs = CLOSE_GRACE_MS) =>
          new Promise<void>((done) => {
            closing = true;
            for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
            // Without the timer a request that never ends would hold close() open for ever.
            const cut = setTimeout(() => server.closeAllConnections(), graceMs);
            cut.unref();
            server.close(() => {
              clearTimeout(cut);
              done();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}
