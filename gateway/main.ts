// Process entry of the gateway: one gateway, or (GATEWAY_WORKERS > 1) the primary of a cluster of
// them on one port, and each of its workers.
import cluster from 'node:cluster';
import { createLogger, type Logger } from '../subgraphs/kit/log';
import { startTracing } from '../subgraphs/kit/tracing';
import { loadGatewayConfig } from './config/gateway-config';
import { runPrimary } from './cluster/run-primary';
import { startGateway } from './gateway-server';
import { onTerminationSignals } from './lifecycle/graceful-shutdown';

/** What stop() may take beyond the HTTP grace period: Apollo, the audit sink, the span exporter. */
const STOP_MARGIN_MS = 5000;

let log: Logger | undefined;

async function main(): Promise<void> {
  log = createLogger('gateway');
  // Validated here in the primary too, so a bad value stops the start once, before any fork.
  const config = loadGatewayConfig();
  if (config.GATEWAY_WORKERS > 1 && cluster.isPrimary) {
    await runPrimary({ workers: config.GATEWAY_WORKERS, log, deadlineMs: config.SHUTDOWN_GRACE_MS + 2 * STOP_MARGIN_MS });
    log.info({ port: config.PORT, workers: config.GATEWAY_WORKERS }, 'gateway ready');
    return;
  }
  // A worker stops when its primary says so (SIGTERM); the Ctrl-C a terminal sends to the whole
  // process group is the primary's to handle, or the worker would take the primary's SIGTERM as a
  // second, impatient signal.
  if (cluster.isWorker) process.on('SIGINT', () => {});
  // Before the gateway: its spans and the HTTP server spans go to whatever is registered here.
  const tracing = await startTracing({ service: 'corridor-gateway', endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT, traces: config.OTEL_TRACES });
  if (tracing) log.info({ traces: tracing.description }, 'tracing on');
  const gateway = await startGateway(config, log);
  log.info({ url: gateway.url, ...(cluster.isWorker && { worker: cluster.worker?.id }) }, cluster.isWorker ? 'gateway worker ready' : 'gateway ready');
  onTerminationSignals({
    ...(cluster.isWorker && { signals: ['SIGTERM'] as const }),
    log,
    deadlineMs: config.SHUTDOWN_GRACE_MS + STOP_MARGIN_MS,
    stop: async () => {
      await gateway.close(config.SHUTDOWN_GRACE_MS);
      await tracing?.shutdown();
    },
  });
}

main().catch((error: Error) => {
  // Also plainly on stderr: a bad setting must be readable by whoever started the process.
  process.stderr.write(`gateway failed to start: ${error.message}\n`);
  log?.fatal({ err: error.message }, 'gateway failed to start');
  process.exit(1);
});
