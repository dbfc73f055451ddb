import { recordsOf } from '../../scenario/generate';
import type { NativeSourceOptions } from '../../kit/wiring/adapters';
import { startNativeServer, type NativeServer } from '../native-server';
import { renderMpsPerson } from './render';
import { PERSONS_PATH, QUERY_PATH, pageRoute, queryRoute, sendMps } from './routes';

/**
 * The simulated Ministry of Public Security person-information interface (人员信息接口), serving the
 * scenario's CHN records in its own JSON. Routes:
 * - `GET /mps/api/ryxx?pageNo=N&pageSize=M`: a page, `{code, msg, data: {pageNo, pageSize, total, list}}`;
 * - `POST /mps/api/ryxx/cx` with `{"rybhList": [...]}`: the records held, `{code, msg, data: {list}}`;
 * - `GET /healthz`.
 */
export function startChnNativeSource({ scenario, port, host, latencyMs = 0 }: NativeSourceOptions): Promise<NativeServer> {
  // Rendered once: the scenario is frozen, and paging stays stable while the server runs.
  const persons = Object.freeze(recordsOf(scenario, 'CHN').map(renderMpsPerson));
  return startNativeServer(
    {
      [PERSONS_PATH]: pageRoute(persons),
      [QUERY_PATH]: queryRoute(persons),
      '/healthz': (_req, res) => sendMps(res, 200, { code: '0000', msg: '成功', data: { status: 'ok', records: persons.length } }),
    },
    { port, host, latencyMs },
  );
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts). */
export const startNativeSource = startChnNativeSource;
