import { sendJson } from '../../kit/http/listen';
import { recordsOf } from '../../scenario/generate';
import type { Scenario } from '../../scenario/model';
import { startNativeServer, type NativeServer } from '../native-server';
import { PERSONS_PATH, personsRoute } from './persons-route';
import { renderPnpPerson } from './render';

export interface PhlNativeSourceOptions {
  scenario: Scenario;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** @default 0 */
  latencyMs?: number;
}

/** The simulated PNP / Bureau of Immigration records API, serving the scenario's PHL records. */
export function startPhlNativeSource({ scenario, port, host, latencyMs = 0 }: PhlNativeSourceOptions): Promise<NativeServer> {
  // Rendered once: the records do not change while the server runs, and paging stays stable.
  const persons = Object.freeze(recordsOf(scenario, 'PHL').map(renderPnpPerson));
  return startNativeServer(
    {
      [PERSONS_PATH]: personsRoute(persons),
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok', records: persons.length }),
    },
    { port, host, latencyMs },
  );
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts). */
export const startNativeSource = startPhlNativeSource;
