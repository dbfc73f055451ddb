// Process entry of the simulated PDRM / JIM records database: `tsx subgraphs/native/mys-pdrm-sql/main.ts`.
import { createLogger } from '../../kit/log';
import { generateScenario } from '../../scenario/generate';
import { loadMysNativeConfig } from './config';
import { startMysNativeSource } from './server';

async function main(): Promise<void> {
  const log = createLogger('native-mys-pdrm');
  try {
    const config = loadMysNativeConfig();
    const server = await startMysNativeSource({
      scenario: generateScenario(config.seed),
      port: config.port,
      host: config.host,
      latencyMs: config.latencyMs,
      databaseUrl: config.databaseUrl,
    });
    // The connection URL is logged without its password: it is a credential.
    const where = new URL(server.origin);
    where.password = '';
    log.info(
      { mode: server.mode, database: where.toString(), schema: server.schema, records: server.persons, health: `http://${config.host}:${server.port}/healthz`, seed: config.seed },
      server.mode === 'postgresql' ? 'native source ready: loaded into the real PostgreSQL of DATABASE_URL' : 'native source ready: embedded PostgreSQL (PGlite) on the native port',
    );
    const stop = () => {
      log.info('stopping');
      server.close().then(() => process.exit(0));
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  } catch (error) {
    log.fatal({ err: (error as Error).message }, 'native source failed to start');
    process.exit(1);
  }
}

void main();
