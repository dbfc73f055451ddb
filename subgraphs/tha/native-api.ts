import { XMLBuilder } from 'fast-xml-parser';
import { fetchNativeText } from '../kit/native/fetch-native';
import { parseNativeXml } from './parse-xml';
import { readEnvelope, type PersonRecordsEnvelope } from './native-shape';

/** Most references the Thai system accepts in one lookup. */
export const RTP_MAX_REFS = 100;

/**
 * Most lookups one batch keeps in flight at once. A batch over RTP_MAX_REFS is split into lookups
 * of at most that many refs; they run a few at a time, not all at once: an agency system would
 * not welcome a burst of parallel lookups from one caller, and a burst makes each one slower.
 */
export const RTP_MAX_CONCURRENT_LOOKUPS = 4;

const builder = new XMLBuilder({ format: false });

export interface RtpClient {
  /** `GET /rtp/persons?page=&size=`: one page of every record. */
  page(page: number, size: number): Promise<PersonRecordsEnvelope>;
  /** `POST /rtp/persons/lookup`: the records with these refs that the system holds (at most RTP_MAX_REFS). */
  lookup(refs: readonly string[]): Promise<PersonRecordsEnvelope>;
}

/**
 * The Royal Thai Police / Immigration Bureau records API. Every failure of the source as a whole
 * (unreachable, slow, HTTP error, not XML, a DTD, another root) is a NativeSourceError.
 */
export function createRtpClient(baseUrl: string, timeoutMs: number): RtpClient {
  // Kept as a prefix, not resolved with new URL(): a real endpoint may sit under a path.
  const base = baseUrl.replace(/\/+$/, '');
  const headers = { accept: 'application/xml' };
  const read = (text: string) => readEnvelope(parseNativeXml(text, 'PersonRecords'));
  return {
    async page(page, size) {
      const query = new URLSearchParams({ page: String(page), size: String(size) });
      return read(await fetchNativeText(`${base}/rtp/persons?${query}`, { timeoutMs, headers }));
    },
    async lookup(refs) {
      if (refs.length > RTP_MAX_REFS) throw new RangeError(`at most ${RTP_MAX_REFS} refs per lookup`);
      const body = '<?xml version="1.0" encoding="UTF-8"?>' + builder.build({ Lookup: { Ref: [...refs] } });
      return read(
        await fetchNativeText(`${base}/rtp/persons/lookup`, {
          timeoutMs,
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/xml; charset=utf-8' },
          body,
        }),
      );
    },
  };
}
