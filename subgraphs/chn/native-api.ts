import { z } from 'zod';
import { NativeSourceError } from '../kit/native/native-source-error';
import { decodeNativeBody } from './decode-body';

/** The MPS interface's documented limit of person numbers per query. */
export const MPS_MAX_IDS = 100;

/** `code` of a successful answer; the interface reports its own failures in the body, often with HTTP 200. */
export const MPS_OK = '0000';

// Items stay `unknown` here: one malformed record is that record's problem (a MappingError in its
// slot), while an envelope of the wrong shape means the source as a whole is not answering right.
const queryEnvelope = z.object({ code: z.literal(MPS_OK), data: z.object({ list: z.array(z.unknown()) }) });
const pageEnvelope = z.object({
  code: z.literal(MPS_OK),
  data: z.object({
    pageNo: z.number().int().positive(),
    pageSize: z.number().int().positive(),
    total: z.number().int().nonnegative(),
    list: z.array(z.unknown()),
  }),
});

export type MpsPage = z.output<typeof pageEnvelope>['data'];

function envelope<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const failed = typeof body === 'object' && body !== null && 'code' in body && body.code !== MPS_OK;
  throw new NativeSourceError(failed ? 'native source reported a failure in its answer' : 'native source answered JSON of an unexpected shape');
}

const timedOut = (error: unknown) => (error as Error).name === 'TimeoutError';

interface Exchange {
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/**
 * One HTTP exchange with the interface, as JSON. Like the kit's fetchNativeJson, but it reads bytes:
 * `Response.text()` always decodes UTF-8, and this source may answer in GB18030 (decode-body.ts).
 */
async function exchange(url: string, timeoutMs: number, init: Exchange): Promise<unknown> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  let bytes: Uint8Array;
  try {
    response = await fetch(url, { ...init, signal, headers: { accept: 'application/json', ...init.headers } });
    // The timeout covers the body too: a source that sends headers and then stalls is as slow.
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (timedOut(error)) throw new NativeSourceError(`native source did not answer in ${timeoutMs} ms`, true);
    throw new NativeSourceError('native source unreachable or broke off its answer');
  }
  if (!response.ok) throw new NativeSourceError(`native source answered HTTP ${response.status}`);
  const text = decodeNativeBody(bytes, response.headers.get('content-type'));
  try {
    return JSON.parse(text);
  } catch {
    throw new NativeSourceError('native source answered with a body that is not JSON');
  }
}

/**
 * A client of the MPS person-information interface (人员信息接口). Every failure of the source as a
 * whole is a NativeSourceError naming no data.
 * - `GET  <base>/mps/api/ryxx?pageNo=&pageSize=`: one page of every record;
 * - `POST <base>/mps/api/ryxx/cx` with `{"rybhList": [...]}`: the records with these person numbers.
 */
export function createMpsClient(baseUrl: string, timeoutMs: number) {
  // Kept as a prefix, not resolved with new URL(): a real endpoint may sit under a gateway path.
  const base = baseUrl.replace(/\/+$/, '');
  return {
    /** Raw records for up to MPS_MAX_IDS person numbers, in the source's order; unknown numbers are absent. */
    async query(rybhList: readonly string[]): Promise<unknown[]> {
      if (rybhList.length > MPS_MAX_IDS) throw new RangeError(`at most ${MPS_MAX_IDS} person numbers per query`);
      const body = JSON.stringify({ rybhList });
      const answer = await exchange(`${base}/mps/api/ryxx/cx`, timeoutMs, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body,
      });
      return envelope(queryEnvelope, answer).data.list;
    },
    /** One page (1-based) of `pageSize` records. */
    async page(pageNo: number, pageSize: number): Promise<MpsPage> {
      const query = new URLSearchParams({ pageNo: String(pageNo), pageSize: String(pageSize) });
      return envelope(pageEnvelope, await exchange(`${base}/mps/api/ryxx?${query}`, timeoutMs, { method: 'GET' })).data;
    },
  };
}

export type MpsClient = ReturnType<typeof createMpsClient>;
