// Process entry of the operations (totals) subgraph.
import { loadRegistry } from '../../schema/registry/registry';
import { loadSubgraphConfig } from '../kit/config';
import { createLogger } from '../kit/log';
import { startOperationsSubgraph } from './operations-subgraph';

const log = createLogger('operations');

async function main(): Promise<void> {
  const config = loadSubgraphConfig();
  const server = await startOperationsSubgraph(config.PORT ?? loadRegistry().operations.port, config.HOST);
  log.info({ url: `${server.origin}/graphql` }, 'operations subgraph ready');
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: Error) => {
  log.fatal({ err: error.message }, 'operations subgraph failed to start');
  process.exit(1);
});
