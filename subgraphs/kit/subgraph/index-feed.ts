import type { ServerResponse } from 'node:http';
import { blindKey } from '../identifiers/blind-key';
import { lookupKey } from '../identifiers/normalise';
import { recordIdentifiers } from '../identifiers/record-keys';
import { sendJson } from '../http/listen';
import type { Logger } from '../log';
import { NativeSourceError } from '../native/native-source-error';
import type { NativeAdapter } from './native-adapter';

/** One record as the index may know it: a reference and blind keys, no personal data. */
export interface FeedEntry {
  readonly id: string;
  readonly keys: string[];
}

/** A page of the feed a jurisdiction publishes to the index (`GET /index/feed?cursor=`). */
export interface FeedPage {
  readonly jurisdiction: string;
  readonly entries: FeedEntry[];
  /** Records the adapter could not map: counted, never silently dropped. */
  readonly invalid: number;
  readonly next: string | null;
}

export function indexFeedHandler(adapter: NativeAdapter, secret: string, log: Logger) {
  return async (_req: unknown, res: ServerResponse, url: URL): Promise<void> => {
    const cursor = url.searchParams.get('cursor');
    try {
      const page = await adapter.fetchPage(cursor);
      const entries: FeedEntry[] = [];
      let invalid = 0;
      for (const record of page.records) {
        if (record instanceof Error) {
          invalid += 1;
          continue;
        }
        entries.push({ id: record.id, keys: recordIdentifiers(record).map((n) => blindKey(lookupKey(n), secret)) });
      }
      if (invalid > 0) log.warn({ cursor, invalid }, 'native records that could not be mapped were left out of the index feed');
      const body: FeedPage = { jurisdiction: adapter.jurisdiction.code, entries, invalid, next: page.next };
      sendJson(res, 200, body);
    } catch (error) {
      const message = error instanceof NativeSourceError ? error.message : 'adapter failed';
      log.error({ cursor, err: message }, 'index feed page failed');
      sendJson(res, 502, { error: message });
    }
  };
}
