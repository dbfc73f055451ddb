import type { IncomingMessage, ServerResponse } from 'node:http';
import { listen, type Listening, type RouteHandler } from '../kit/http/listen';

/** How a simulated agency system misbehaves, to test that one bad source harms only its jurisdiction. */
export type NativeFault = 'none' | 'http-500' | 'garbage' | 'hang';

export interface NativeServerOptions {
  port: number;
  host?: string;
  /** Added to every answer, to simulate a distant agency. @default 0 */
  latencyMs?: number;
}

export interface NativeServer extends Listening {
  /** Switch the fault mode at run time (tests, demos). */
  setFault(fault: NativeFault): void;
  /** Change the simulated latency at run time (benchmarks). */
  setLatency(ms: number): void;
  /** Requests answered so far, per path (tests check batching with it). */
  readonly requests: { path: string; search: string }[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A local HTTP server standing in for an agency's native system, with latency and fault injection. */
export async function startNativeServer(routes: Record<string, RouteHandler>, options: NativeServerOptions): Promise<NativeServer> {
  let fault: NativeFault = 'none';
  let latency = options.latencyMs ?? 0;
  const requests: { path: string; search: string }[] = [];
  const wrap =
    (handler: RouteHandler): RouteHandler =>
    async (req: IncomingMessage, res: ServerResponse, url: URL) => {
      requests.push({ path: url.pathname, search: url.search });
      if (latency > 0) await sleep(latency);
      if (fault === 'hang') return; // never answers; the client's timeout must fire
      if (fault === 'http-500') {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('internal error');
        return;
      }
      if (fault === 'garbage') {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end('\u0000\u0001<<not what you asked for');
        return;
      }
      await handler(req, res, url);
    };
  const wrapped = Object.fromEntries(Object.entries(routes).map(([path, h]) => [path, wrap(h)]));
  const listening = await listen(wrapped, options.port, options.host);
  return {
    ...listening,
    requests,
    setFault: (f) => {
      fault = f;
    },
    setLatency: (ms) => {
      latency = ms;
    },
    close: async () => {
      // A hanging request would keep close() waiting for ever.
      listening.server.closeAllConnections();
      await listening.close();
    },
  };
}
