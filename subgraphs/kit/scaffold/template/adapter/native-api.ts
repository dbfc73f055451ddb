// The agency's records API. SCAFFOLD: replace with the agency's own routes and limits.
//   GET  /records?limit=N&cursor=C   one page; the next cursor in `x-next-cursor` (absent after the last)
//   POST /records/lookup             body: one `<agency>:<ref>` a line; the records held, in any order
import { NativeSourceError } from '../../../native/native-source-error';
import { decodeRecords, MEDIA_TYPE } from './codec-json';

/** The API's documented limit of keys per lookup. */
export const MAX_KEYS = 500;
/** The source's paging cursor: opaque, but only ever these characters. */
export const CURSOR = /^[A-Za-z0-9_-]{1,128}$/;

export interface RecordKey {
  readonly agency: string;
  readonly ref: string;
}

async function call(url: string, timeoutMs: number, init: RequestInit = {}): Promise<{ body: string; next: string | null }> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: MEDIA_TYPE, ...init.headers }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new NativeSourceError(timedOut ? `native source did not answer in ${timeoutMs} ms` : 'native source unreachable', timedOut);
  }
  const body = await response.text().catch((error: Error) => {
    if (error.name === 'TimeoutError') throw new NativeSourceError(`native source did not answer in ${timeoutMs} ms`, true);
    throw new NativeSourceError('native source broke off its answer');
  });
  if (!response.ok) throw new NativeSourceError(`native source answered HTTP ${response.status}`);
  const next = response.headers.get('x-next-cursor');
  if (next !== null && !CURSOR.test(next)) throw new NativeSourceError('native source answered a malformed cursor');
  return { body, next };
}

export function createRecordsClient(baseUrl: string, timeoutMs: number) {
  return {
    /** The records with these keys, in one call. */
    async lookup(keys: readonly RecordKey[]): Promise<unknown[]> {
      const { body } = await call(new URL('/records/lookup', baseUrl).href, timeoutMs, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: keys.map((k) => `${k.agency}:${k.ref}`).join('\n'),
      });
      return decodeRecords(body);
    },
    /** One page of every record, from `cursor`. */
    async page(cursor: string | null, limit: number): Promise<{ records: unknown[]; next: string | null }> {
      const url = new URL('/records', baseUrl);
      url.searchParams.set('limit', String(limit));
      if (cursor !== null) url.searchParams.set('cursor', cursor);
      const { body, next } = await call(url.href, timeoutMs);
      return { records: decodeRecords(body), next };
    },
  };
}
