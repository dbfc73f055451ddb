import { watchFile, unwatchFile } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '../../subgraphs/kit/log';

/**
 * A static supergraph from a file, reloaded when the file changes. Composition happens offline
 * (`npm run compose`), so the gateway starts even when a subgraph is down. A bad new file is
 * refused by the gateway and the running supergraph stays.
 */
export function fileSupergraph(path: string, log: Logger, pollMs = 1000): SupergraphSdlHook {
  return async ({ update }) => {
    const initial = await readFile(path, 'utf8');
    let current = initial;
    const onChange = async () => {
      try {
        const next = await readFile(path, 'utf8');
        if (next === current || next.trim() === '') return;
        update(next);
        current = next;
        log.info({ path }, 'supergraph reloaded');
      } catch (error) {
        log.error({ path, err: (error as Error).message }, 'supergraph reload refused; keeping the running one');
      }
    };
    // watchFile (stat polling) survives editors and `compose` replacing the file, unlike fs.watch.
    // Unwatch this listener only: another gateway in the process may watch the same file.
    const listener = () => void onChange();
    watchFile(path, { interval: pollMs }, listener);
    return { supergraphSdl: initial, cleanup: async () => unwatchFile(path, listener) };
  };
}
