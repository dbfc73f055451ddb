import { sendJson } from '../../kit/http/listen';
import type { NativeSourceOptions } from '../../kit/wiring/adapters';
import { recordsOf } from '../../scenario/generate';
import { startNativeServer, type NativeServer } from '../native-server';
import { renderSubject } from './render';
import { LOOKUP_PATH, SUBJECTS_PATH, lookupRoute, subjectsRoute } from './subject-routes';

/**
 * The simulated POLRI / Imigrasi subject system, serving the scenario's IDN records in its own
 * JSON. Routes:
 * - `GET /api/v2/subjek?batas=N&kursor=X`: `{ status, data, kursor_berikutnya, jumlah_total }`;
 * - `POST /api/v2/subjek/cari` with `{ kunci: [{ instansi, nomor_registrasi }] }`: `{ status, data }`;
 * - `GET /healthz`.
 */
export function startIdnNativeSource({ scenario, port, host, latencyMs = 0 }: Omit<NativeSourceOptions, 'jurisdiction'>): Promise<NativeServer> {
  // Rendered once: the records do not change while the server runs, and cursors stay valid.
  const subjects = Object.freeze(recordsOf(scenario, 'IDN').map(renderSubject));
  return startNativeServer(
    {
      [SUBJECTS_PATH]: subjectsRoute(subjects),
      [LOOKUP_PATH]: lookupRoute(subjects),
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'OK', records: subjects.length }),
    },
    { port, host, latencyMs },
  );
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts). */
export const startNativeSource = (options: NativeSourceOptions): Promise<NativeServer> => startIdnNativeSource(options);
