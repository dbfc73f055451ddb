import { sendJson } from '../../kit/http/listen';
import type { NativeSourceOptions } from '../../kit/wiring/adapters';
import { recordsOf } from '../../scenario/generate';
import { startNativeServer, type NativeServer } from '../native-server';
import { PEOPLE_PATH, peopleRoute } from './people-route';
import { renderCnpPerson } from './render';

/**
 * The simulated Cambodian National Police records system, serving the scenario's KHM records in
 * its own JSON. Routes:
 * - `GET /cnp/v1/people?offset=N&limit=M`: `{ items, offset, limit, total }`;
 * - `GET /cnp/v1/people?ids=a,b`: `{ items }`, the records it holds, in its own order;
 * - `GET /healthz`.
 */
export function startKhmNativeSource({ scenario, port, host, latencyMs = 0 }: Omit<NativeSourceOptions, 'jurisdiction'>): Promise<NativeServer> {
  // Rendered once: the records do not change while the server runs, and paging stays stable.
  const people = Object.freeze(recordsOf(scenario, 'KHM').map(renderCnpPerson));
  return startNativeServer(
    {
      [PEOPLE_PATH]: peopleRoute(people),
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok', records: people.length }),
    },
    { port, host, latencyMs },
  );
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts). */
export const startNativeSource = (options: NativeSourceOptions): Promise<NativeServer> => startKhmNativeSource(options);
