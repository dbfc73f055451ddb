import cluster from 'node:cluster';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AggregatorRegistry, type Registry } from 'prom-client';

/**
 * `/metrics` of a cluster of gateway workers. A scrape reaches whichever worker the primary hands
 * the connection to, so that worker asks the primary, which gathers every worker's registry
 * (prom-client's AggregatorRegistry: counters and histograms summed, gauges as each declares) and
 * answers with the sum: one scrape shows the whole process, not a random share of it.
 */

const REQUEST = 'corridor:metrics-request';
const ANSWER = 'corridor:metrics-answer';

interface MetricsRequest {
  readonly type: typeof REQUEST;
  readonly id: number;
}
interface MetricsAnswer {
  readonly type: typeof ANSWER;
  readonly id: number;
  readonly body?: string;
  readonly error?: string;
}

/** A scrape must not hang on a worker that is stuck: past this the scrape fails with 503. */
const ANSWER_TIMEOUT_MS = 6000;

/** In the primary: answer the workers' requests with the whole cluster's metrics. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: MetricsRequest) => {
    if (message?.type !== REQUEST) return;
    aggregator.clusterMetrics().then(
      (body) => worker.isConnected() && worker.send({ type: ANSWER, id: message.id, body } satisfies MetricsAnswer),
      (error: Error) => worker.isConnected() && worker.send({ type: ANSWER, id: message.id, error: error.message } satisfies MetricsAnswer),
    );
  });
}

/**
 * In a worker: report `registry` when the primary gathers, and serve `/metrics` by asking the
 * primary for the gathered text.
 */
export function clusterMetricsHandler(registry: Registry) {
  // Constructing one installs prom-client's answer to the primary's gathering in this worker.
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
  let next = 0;
  const waiting = new Map<number, (answer: MetricsAnswer) => void>();
  process.on('message', (message: MetricsAnswer) => {
    if (message?.type === ANSWER) waiting.get(message.id)?.(message);
  });
  const ask = () =>
    new Promise<MetricsAnswer>((resolve) => {
      const id = next++;
      const timer = setTimeout(() => settle({ type: ANSWER, id, error: 'the cluster primary did not answer in time' }), ANSWER_TIMEOUT_MS);
      const settle = (answer: MetricsAnswer) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(answer);
      };
      waiting.set(id, settle);
      process.send!({ type: REQUEST, id } satisfies MetricsRequest);
    });
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const answer = await ask();
    if (answer.body === undefined) {
      res.writeHead(503, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      res.end(`metrics unavailable: ${answer.error ?? 'no answer'}\n`);
      return;
    }
    res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
    res.end(answer.body);
  };
}
