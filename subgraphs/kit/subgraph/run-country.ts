import { loadRegistry, nativeUrl } from '../../../schema/registry/registry';
import type { Jurisdiction } from '../../../schema/registry/registry';
import { loadSubgraphConfig } from '../config';
import { createLogger } from '../log';
import { startCountrySubgraph } from './country-subgraph';
import type { NativeAdapter } from './native-adapter';

export interface AdapterSettings {
  jurisdiction: Jurisdiction;
  /** Base URL of the agency's native source (registry default, or `NATIVE_URL_<CODE>`). */
  baseUrl: string;
  timeoutMs: number;
}

/** Entry point of a jurisdiction's subgraph process: configuration, adapter, server, signals. */
export async function runCountrySubgraph(code: string, createAdapter: (settings: AdapterSettings) => NativeAdapter): Promise<void> {
  const log = createLogger(`subgraph-${code.toLowerCase()}`);
  try {
    const config = loadSubgraphConfig();
    const jurisdiction = loadRegistry().byCode(code);
    if (!jurisdiction) throw new Error(`jurisdiction ${code} is not in the registry`);
    const baseUrl = nativeUrl(jurisdiction);
    const adapter = createAdapter({ jurisdiction, baseUrl, timeoutMs: config.NATIVE_TIMEOUT_MS });
    const server = await startCountrySubgraph({
      adapter,
      port: config.PORT ?? jurisdiction.subgraph.port,
      host: config.HOST,
      indexKey: config.INDEX_KEY,
      log,
    });
    log.info({ url: `${server.origin}/graphql`, native: baseUrl }, 'subgraph ready');
    const stop = () => {
      log.info('stopping');
      server.close().then(() => process.exit(0));
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  } catch (error) {
    log.fatal({ err: (error as Error).message }, 'subgraph failed to start');
    process.exit(1);
  }
}
