import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How long close() lets in-flight requests finish. */
const CLOSE_GRACE_MS = 2000;

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

export interface Listening {
  readonly server: Server;
  readonly port: number;
  readonly origin: string;
  /** Stop accepting connections and wait for in-flight requests. */
  close(): Promise<void>;
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
  const server = createServer((req, res) => {
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
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
            // A keep-alive connection busy now turns idle later and would hold close() open for
            // ever; in-flight requests get a grace period, then every connection is closed.
            setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
          }),
      });
    });
  });
}
