import type { Jurisdiction } from '../../schema/registry/registry';
import type { Logger } from '../kit/log';

export interface Closable {
  close(): Promise<void>;
}

/**
 * Start one server per jurisdiction, all at once, logging each as it comes up ("12/28 subgraphs
 * up"). If any fails (a port in use), the ones already up are closed before the error is thrown:
 * a half-started shard would hold ports that its restart then cannot bind.
 */
export async function startEach<T extends Closable>(
  jurisdictions: readonly Jurisdiction[],
  start: (j: Jurisdiction) => Promise<T>,
  log: Logger,
  what: string,
): Promise<T[]> {
  let up = 0;
  const total = jurisdictions.length;
  const results = await Promise.allSettled(
    jurisdictions.map(async (j) => {
      const server = await start(j);
      up += 1;
      log.info({ jurisdiction: j.code, up, total }, `${up}/${total} ${what} up`);
      return server;
    }),
  );
  const failed = results.findIndex((r) => r.status === 'rejected');
  if (failed === -1) return results.map((r) => (r as PromiseFulfilledResult<T>).value);
  await Promise.allSettled(results.map((r) => (r.status === 'fulfilled' ? r.value.close() : undefined)));
  const reason = (results[failed] as PromiseRejectedResult).reason as Error;
  throw new Error(`${jurisdictions[failed]?.code}: ${reason?.message ?? String(reason)}`);
}

/** On SIGTERM or SIGINT, close every server, then exit. */
export function closeOnSignals(servers: readonly Closable[], log: Logger): void {
  const stop = () => {
    log.info({ servers: servers.length }, 'stopping');
    void Promise.allSettled(servers.map((s) => s.close())).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
