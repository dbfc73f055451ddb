import { NativeSourceError } from './native-source-error';

export interface NativeRequest {
  /** Abort after this many milliseconds. @default 2000 */
  timeoutMs?: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/** GET/POST to a native agency API; any failure becomes a NativeSourceError that names no data. */
export async function fetchNativeText(url: string, { timeoutMs = 2000, ...init }: NativeRequest = {}): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    throw new NativeSourceError(timedOut ? `native source did not answer in ${timeoutMs} ms` : 'native source unreachable', timedOut);
  }
  const text = await response.text().catch((error: Error) => {
    // The time budget covers reading the body too: a timeout here is still a timeout.
    if (error.name === 'TimeoutError') throw new NativeSourceError(`native source did not answer in ${timeoutMs} ms`, true);
    throw new NativeSourceError('native source broke off its answer');
  });
  if (!response.ok) throw new NativeSourceError(`native source answered HTTP ${response.status}`);
  return text;
}

/** fetchNativeText for JSON APIs: a body that is not JSON is a NativeSourceError. */
export async function fetchNativeJson(url: string, request: NativeRequest = {}): Promise<unknown> {
  const text = await fetchNativeText(url, { ...request, headers: { accept: 'application/json', ...request.headers } });
  try {
    return JSON.parse(text);
  } catch {
    throw new NativeSourceError('native source answered with a body that is not JSON');
  }
}
