import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';

/**
 * `GET /metrics` in Prometheus' text format. Unauthenticated, like `/healthz`: it carries counts
 * and names of subgraphs and rules, never a requester or a record; expose it only on the
 * operators' network (docker-compose does not publish it beyond the gateway's port).
 */
export function metricsHandler(registry: Registry) {
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
    res.end(body);
  };
}
