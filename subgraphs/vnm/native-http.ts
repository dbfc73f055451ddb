import { NativeSourceError } from '../kit/native/native-source-error';

export interface BytesRequest {
  /** Abort after this many milliseconds, body included. */
  timeoutMs: number;
  /** Refuse a body larger than this, without buffering the rest. */
  maxBytes: number;
}

export interface NativeBytes {
  readonly bytes: Buffer;
  /** The ETag header, when the source sent one. */
  readonly etag: string | null;
}

const tooLarge = (maxBytes: number) => new NativeSourceError(`native file is larger than ${maxBytes} bytes`);

/**
 * GET a file as bytes. The kit's fetchNativeText decodes as UTF-8 and silently replaces what is
 * not UTF-8, which would let a wrongly encoded export through as mojibake; here the caller decodes
 * the bytes strictly. Every failure is a NativeSourceError, as in the kit.
 */
export async function fetchNativeBytes(url: string, { timeoutMs, maxBytes }: BytesRequest): Promise<NativeBytes> {
  const timedOut = (error: unknown) => (error as Error).name === 'TimeoutError';
  const timeout = () => new NativeSourceError(`native source did not answer in ${timeoutMs} ms`, true);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw timedOut(error) ? timeout() : new NativeSourceError('native source unreachable');
  }
  const reader = response.body?.getReader();
  const refuse = async (error: NativeSourceError) => {
    await reader?.cancel().catch(() => undefined);
    return error;
  };
  if (!response.ok) throw await refuse(new NativeSourceError(`native source answered HTTP ${response.status}`));
  if (Number(response.headers.get('content-length')) > maxBytes) throw await refuse(tooLarge(maxBytes));
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    let part: ReadableStreamReadResult<Uint8Array>;
    try {
      part = await reader.read();
    } catch (error) {
      throw timedOut(error) ? timeout() : new NativeSourceError('native source broke off its answer');
    }
    if (part.done) break;
    size += part.value.length;
    if (size > maxBytes) throw await refuse(tooLarge(maxBytes));
    chunks.push(part.value);
  }
  return { bytes: Buffer.concat(chunks), etag: response.headers.get('etag') };
}
