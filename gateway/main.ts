// Process entry of the gateway.
import { createLogger } from '../subgraphs/kit/log';
import { loadGatewayConfig } from './config/gateway-config';
import { startGateway } from './gateway-server';

const log = createLogger('gateway');

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const gateway = await startGateway(config, log);
  log.info({ url: gateway.url }, 'gateway ready');
  const stop = () => void gateway.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: Error) => {
  log.fatal({ err: error.message }, 'gateway failed to start');
  process.exit(1);
});
