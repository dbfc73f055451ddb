import { sendJson } from '../../kit/http/listen';
import { toAlpha2 } from '../../kit/mapping/countries';
import type { NativeSourceOptions } from '../../kit/wiring/adapters';
import { recordsOf } from '../../scenario/generate';
import { startNativeServer, type NativeServer } from '../native-server';
import type { Sender } from './envelope';
import { PERSONS_PATH, QUERY_PATH, personsPageRoute, personsQueryRoute } from './persons-routes';
import { renderUmfPerson } from './render';

/**
 * The simulated message system of one long-tail country's bureau, serving that country's scenario
 * records in the standard format. One call, one country: the shard host starts one per country,
 * each on its own registry port, so every country stays its own source that can fail alone.
 * Routes: `GET /umf/persons?offset=&limit=`, `POST /umf/persons/query`, `GET /healthz`.
 */
export async function startUmfNativeSource({ scenario, jurisdiction, port, host, latencyMs = 0 }: NativeSourceOptions): Promise<NativeServer> {
  const alpha2 = toAlpha2(jurisdiction.code);
  if (!alpha2) throw new Error(`${jurisdiction.code} has no ISO 3166 alpha-2 code to send messages under`);
  const sender: Sender = { alpha2, timeZone: jurisdiction.timeZone };
  // Rendered once: the scenario is frozen, and paging stays stable while the server runs.
  const persons = Object.freeze(recordsOf(scenario, jurisdiction.code).map((r) => renderUmfPerson(r, jurisdiction)));
  return startNativeServer(
    {
      [PERSONS_PATH]: personsPageRoute(persons, sender),
      [QUERY_PATH]: personsQueryRoute(persons, sender),
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok', jurisdiction: jurisdiction.code, records: persons.length }),
    },
    { port, host, latencyMs },
  );
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts). */
export const startNativeSource = startUmfNativeSource;
