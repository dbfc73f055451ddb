// A load balancer for tests: each request goes to the next upstream in turn, so a test knows which
// replica answered which request (a deployment would use nginx, HAProxy or a cloud balancer).
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Balancer {
  readonly url: string;
  /** Which upstream (index) answered each request so far, in order. */
  readonly answeredBy: number[];
  close(): Promise<void>;
}

export function startRoundRobinBalancer(upstreams: readonly string[]): Promise<Balancer> {
  let next = 0;
  const answeredBy: number[] = [];
  const server: Server = createServer((req, res) => {
    const which = next++ % upstreams.length;
    answeredBy.push(which);
    const target = new URL(req.url ?? '/', upstreams[which]);
    const forward = request(target, { method: req.method, headers: { ...req.headers, host: target.host }, agent: false }, (upstream) => {
      res.writeHead(upstream.statusCode ?? 502, upstream.headers);
      upstream.pipe(res);
    });
    forward.on('error', (error) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`upstream ${which} failed: ${error.message}`);
    });
    req.pipe(forward);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/graphql`,
        answeredBy,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
