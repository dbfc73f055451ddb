import { sendJson } from '../../kit/http/listen';
import type { NativeSourceOptions } from '../../kit/wiring/adapters';
import { startNativeServer, type NativeServer } from '../native-server';
import { deriveNotices } from './derive-notices';
import { deriveSltd } from './derive-sltd';
import { LOOKUP_PATH, NOTICES_PATH, noticesLookupRoute, noticesPageRoute } from './notices-route';
import { SLTD_CHECK_PATH, sltdCheckRoute } from './sltd-route';

/** The registry hands every source its jurisdiction; this one needs only the scenario. */
export type InterpolNativeSourceOptions = Omit<NativeSourceOptions, 'jurisdiction'> & Partial<Pick<NativeSourceOptions, 'jurisdiction'>>;

/**
 * The simulated INTERPOL General Secretariat system (I-24/7-like JSON), with notices, diffusions
 * and SLTD derived from the other jurisdictions' scenario records. Routes:
 * - `GET /notices?page=N&resultPerPage=M`: a page of notices and diffusions;
 * - `POST /notices/lookup` with `{ "notice_ids": [...] }`: those found;
 * - `POST /sltd/check` with `{ "documents": [{ "number", "country" }] }`: the SLTD hits;
 * - `GET /healthz`.
 */
export function startInterpolNativeSource({ scenario, port, host, latencyMs = 0 }: InterpolNativeSourceOptions): Promise<NativeServer> {
  // Derived once: the scenario is frozen, so paging stays stable and answers repeat exactly.
  const notices = Object.freeze(deriveNotices(scenario.records));
  const sltd = Object.freeze(deriveSltd(scenario.records));
  return startNativeServer(
    {
      [NOTICES_PATH]: noticesPageRoute(notices),
      [LOOKUP_PATH]: noticesLookupRoute(notices),
      [SLTD_CHECK_PATH]: sltdCheckRoute(sltd),
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok', notices: notices.length, sltd: sltd.length }),
    },
    { port, host, latencyMs },
  );
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts). */
export const startNativeSource = startInterpolNativeSource;
