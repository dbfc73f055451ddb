// `npm start`: compose, then run every process of the embedded default under one supervisor.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadRegistry } from '../../schema/registry/registry';
import { createLogger } from '../../subgraphs/kit/log';
import { loadGatewayConfig } from '../config/gateway-config';
import { stackComponents } from './components';
import { EXAMPLE_TRACE, TOKEN_COMMAND, curlLine } from './example-trace';
import { Supervisor } from './supervisor';
import { waitReady } from './wait-ready';

const log = createLogger('stack');

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'schema', 'compose', 'main.ts')], { stdio: 'inherit' });
  const registry = loadRegistry();
  const components = stackComponents(registry, config.PORT);
  if (!process.env.REDIS_URL) log.info('REDIS_URL is not set: the embedded default keeps index and cache state in process memory');
  const supervisor = new Supervisor(components, { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' }, log);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping every process');
    void supervisor.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  supervisor.start();

  let up = 0;
  const ready = await Promise.all(
    components.map(async (c) => {
      const ok = (await Promise.all(c.readyUrls.map((u) => waitReady(u, 120_000)))).every(Boolean);
      if (ok) log.info({ component: c.name, ready: ++up, of: components.length }, 'ready');
      return ok;
    }),
  );
  const late = components.filter((_, i) => !ready[i]).map((c) => c.name);
  if (late.length > 0) log.warn({ components: late }, 'not ready after 120 s; still supervised');
  const url = `http://localhost:${config.PORT}/graphql`;
  process.stdout.write(
    [
      '',
      `Corridor is up: GraphQL at ${url} (health /healthz, readiness /readyz)`,
      '',
      'Example trace (a victim recorded by the Philippines and Thailand):',
      EXAMPLE_TRACE,
      '',
      'Every request needs a development token and a purpose; send it with:',
      curlLine(EXAMPLE_TRACE, url),
      '',
      `(the token alone: ${TOKEN_COMMAND})`,
      '',
      'Ctrl-C stops every process.',
      '',
    ].join('\n'),
  );
}

main().catch((error: Error) => {
  log.fatal({ err: error.message }, 'start failed');
  process.exit(1);
});
