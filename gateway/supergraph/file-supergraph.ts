import { watchFile, unwatchFile } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '../../subgraphs/kit/log';

/** What `/readyz` says of the supergraph. */
export interface SupergraphState {
  /** `loading` until the gateway took the first file; `stopped` once the gateway let it go. */
  readonly status: 'loading' | 'loaded' | 'stopped';
  /** When the running supergraph was taken (ISO 8601). */
  readonly loadedAt?: string;
  /** Why the last change of the file was refused (the running supergraph stayed), until one is taken. */
  readonly lastReloadError?: string;
}

export interface FileSupergraph {
  readonly hook: SupergraphSdlHook;
  state(): SupergraphState;
}

/**
 * A static supergraph from a file, reloaded when the file changes. Composition happens offline
 * (`npm run compose`), so the gateway starts even when a subgraph is down. A bad new file is
 * refused by the gateway and the running supergraph stays; the refusal shows in `state()`.
 *
 * A reload never drops a request: Apollo Gateway plans each request against the schema it started
 * with, and swaps in the new one for the requests that start after it.
 */
export function watchedSupergraph(path: string, log: Logger, pollMs = 1000): FileSupergraph {
  let state: SupergraphState = { status: 'loading' };
  const hook: SupergraphSdlHook = async ({ update }) => {
    const initial = await readFile(path, 'utf8');
    let current = initial;
    const onChange = async () => {
      try {
        const next = await readFile(path, 'utf8');
        // An empty file is a writer half-way through replacing it, not a new supergraph.
        if (next === current || next.trim() === '') return;
        update(next);
        current = next;
        state = { status: 'loaded', loadedAt: new Date().toISOString() };
        log.info({ path }, 'supergraph reloaded');
      } catch (error) {
        const reason = (error as Error).message.split('\n')[0]!.slice(0, 300);
        state = { ...state, lastReloadError: reason };
        log.error({ path, err: reason }, 'supergraph reload refused; keeping the running one');
      }
    };
    // watchFile (stat polling) survives editors and `compose` replacing the file, unlike fs.watch.
    // Unwatch this listener only: another gateway in the process may watch the same file.
    const listener = () => void onChange();
    watchFile(path, { interval: pollMs }, listener);
    // Set before Apollo has composed the schema; start() rejects if it cannot, so /readyz (served
    // only after start) never sees this without a running supergraph.
    state = { status: 'loaded', loadedAt: new Date().toISOString() };
    return {
      supergraphSdl: initial,
      cleanup: async () => {
        unwatchFile(path, listener);
        state = { ...state, status: 'stopped' };
      },
    };
  };
  return { hook, state: () => state };
}
