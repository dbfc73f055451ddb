import { fetchNativeJson } from '../kit/native/fetch-native';
import { NativeSourceError } from '../kit/native/native-source-error';
import { readListing, type ListedExport } from './listing';
import { fetchNativeBytes } from './native-http';

/** Largest export this adapter downloads. @default 64 MiB */
export const DEFAULT_MAX_EXPORT_BYTES = 64 * 1024 * 1024;

export interface MpsDropClient {
  /** `GET /exports/`: the exports on the drop. */
  listing(): Promise<ListedExport[]>;
  /** `GET /exports/<name>`: the file's bytes, checked against its listing entry. */
  download(entry: ListedExport): Promise<Buffer>;
}

/** A client of the MPS file drop. Every failure of the drop as a whole is a NativeSourceError. */
export function createMpsDropClient(baseUrl: string, timeoutMs: number, maxBytes = DEFAULT_MAX_EXPORT_BYTES): MpsDropClient {
  // Relative to the base, so a NATIVE_URL_VNM with a path prefix (an agency gateway) keeps it.
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return {
    async listing() {
      return readListing(await fetchNativeJson(new URL('exports/', base).toString(), { timeoutMs }));
    },
    async download(entry) {
      if (entry.size > maxBytes) throw new NativeSourceError(`native export is larger than ${maxBytes} bytes`);
      const url = new URL(`exports/${encodeURIComponent(entry.name)}`, base).toString();
      const { bytes, etag } = await fetchNativeBytes(url, { timeoutMs, maxBytes });
      // A file replaced or cut short between the listing and the download is not the export the
      // listing described: reading it would key the wrong content, or lose records silently.
      if ((etag !== null && etag !== entry.etag) || bytes.length !== entry.size) {
        throw new NativeSourceError('native export changed or was cut short while it was downloaded');
      }
      return bytes;
    },
  };
}
