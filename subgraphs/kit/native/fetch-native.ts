import { httpCall, HttpCutOff, HttpTimeout, type HttpAnswer } from '../http/http-call';
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
  let answer: HttpAnswer;
  try {
    // The budget covers reading the body too: a source that stalls mid-answer is as late as a silent one.
    answer = await httpCall(url, { ...init, timeoutMs });
  } catch (error) {
    if (error instanceof HttpTimeout) throw new NativeSourceError(`native source did not answer in ${timeoutMs} ms`, true);
    throw new NativeSourceError(error instanceof HttpCutOff ? 'native source broke off its answer' : 'native source unreachable');
  }
  if (!answer.ok) throw new NativeSourceError(`native source answered HTTP ${answer.status}`);
  return answer.text;
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
