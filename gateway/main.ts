// Process entry of the gateway.
import { createLogger, type Logger } from '../subgraphs/kit/log';
import { startTracing } from '../subgraphs/kit/tracing';
import { loadGatewayConfig } from './config/gateway-config';
import { startGateway } from './gateway-server';
import { onTerminationSignals } from './lifecycle/graceful-shutdown';

/** What stop() may take beyond the HTTP grace period: Apollo, the audit sink, the span exporter. */
const STOP_MARGIN_MS = 5000;

let log: Logger | undefined;

async function main(): Promise<void> {
  log = createLogger('gateway');
  const config = loadGatewayConfig();
  // Before the gateway: its spans and the HTTP server spans go to whatever is registered here.
  const tracing = await startTracing({ service: 'corridor-gateway', endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT, traces: config.OTEL_TRACES });
  if (tracing) log.info({ traces: tracing.description }, 'tracing on');
  const gateway = await startGateway(config, log);
  log.info({ url: gateway.url }, 'gateway ready');
  onTerminationSignals({
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
