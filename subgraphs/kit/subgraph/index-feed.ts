import { createHmac } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { sendJson } from '../http/listen';
import type { Logger } from '../log';
import { NativeSourceError } from '../native/native-source-error';
import type { Change } from './change-log';
import type { NativeAdapter } from './native-adapter';
import { Publication, type PublicationOptions } from './publication';

/** How long a request waits for a publication cycle when the reader does not say (`wait`). */
export const DEFAULT_FEED_WAIT_MS = 30_000;
/** The longest a reader may ask a request to wait for a cycle. */
const MAX_FEED_WAIT_MS = 60_000;

/**
 * The answer (HTTP 503) while a publication cycle runs past the reader's `wait`: ask again. The
 * cycle goes on meanwhile; `pagesRead` shows it is moving, so a reader can tell slow from stuck.
 */
export interface FeedInProgress {
  readonly error: string;
  readonly inProgress: true;
  readonly pagesRead: number;
}

/** Changes per page when the reader does not say. */
export const DEFAULT_FEED_LIMIT = 500;
/** Most changes one page may carry. */
export const MAX_FEED_LIMIT = 1000;

/**
 * A page of the feed a jurisdiction publishes to the index: `GET /index/feed?since=<seq>&limit=<n>&wait=<ms>`
 * answers the changes after `since`, oldest first. Only blind keys and record ids, no personal data.
 */
export interface FeedPage {
  readonly jurisdiction: string;
  /** New at every start of the subgraph: sequence numbers of another epoch mean nothing here. */
  readonly epoch: string;
  /** Which INDEX_KEY the keys are hashed with (`indexKeyId`): a different one means read everything again. */
  readonly keyId: string;
  /** Sequence number of the newest change. */
  readonly head: number;
  /** Deletions up to here were forgotten: a reader whose cursor is in (0, floor) must read from 0. */
  readonly floor: number;
  /** Records the last publication cycle could not map: counted, never silently dropped. */
  readonly invalid: number;
  readonly changes: Change[];
  /** The `since` of the next page; null when this page reaches `head`. */
  readonly next: number | null;
}

/**
 * A short fingerprint of the blind-key secret, safe to publish: an HMAC of a fixed label under the
 * key reveals nothing of it, and it tells the index whether the feed's keys were hashed with the
 * key it holds (they change together when INDEX_KEY is rotated).
 */
export function indexKeyId(secret: string): string {
  return createHmac('sha256', secret).update('corridor index key id').digest('base64url').slice(0, 16);
}

const seq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const recordId = z.string().min(3).max(512);
// Keys are printable ASCII without spaces: the index stores a record's keys space-joined.
const key = z.string().regex(/^[\x21-\x7e]{1,200}$/);

/** What a reader accepts as a feed page; anything else is garbage and changes nothing. */
export const feedPageSchema = z
  .object({
    jurisdiction: z.string().min(1).max(64),
    epoch: z.string().min(1).max(64),
    keyId: z.string().min(1).max(64),
    head: seq,
    floor: seq,
    invalid: seq,
    changes: z
      .array(
        z.discriminatedUnion('op', [
          z.object({ seq, op: z.literal('UPSERT'), id: recordId, keys: z.array(key).max(1000) }),
          z.object({ seq, op: z.literal('DELETE'), id: recordId }),
        ]),
      )
      .max(MAX_FEED_LIMIT),
    next: seq.nullable(),
  })
  .refine((p) => p.floor <= p.head, 'floor above head')
  .refine((p) => p.changes.every((c, i) => c.seq <= p.head && (i === 0 || c.seq > p.changes[i - 1]!.seq)), 'changes out of order or past head')
  .refine((p) => p.next === null || (p.next <= p.head && p.changes.length > 0 && p.next === p.changes[p.changes.length - 1]!.seq), 'next is not the last change');

/** `since`, `limit` and `wait` of a feed request, or why they are refused. */
function feedQuery(url: URL): { since: number; limit: number; wait: number } | { error: string } {
  const since = url.searchParams.get('since') ?? '0';
  const limit = url.searchParams.get('limit') ?? String(DEFAULT_FEED_LIMIT);
  const wait = url.searchParams.get('wait') ?? String(DEFAULT_FEED_WAIT_MS);
  if (!/^\d{1,15}$/.test(since)) return { error: 'since must be a sequence number (a non-negative integer)' };
  if (!/^\d{1,4}$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_FEED_LIMIT) {
    return { error: `limit must be an integer from 1 to ${MAX_FEED_LIMIT}` };
  }
  if (!/^\d{1,5}$/.test(wait) || Number(wait) > MAX_FEED_WAIT_MS) return { error: `wait must be milliseconds from 0 to ${MAX_FEED_WAIT_MS}` };
  return { since: Number(since), limit: Number(limit), wait: Number(wait) };
}

/**
 * `GET /index/feed?since=`: read the source again if this reader has caught up (`readyFor`), then
 * page the change log. The log is this handler's: a new subgraph server is a new epoch.
 */
export function indexFeedHandler(adapter: NativeAdapter, secret: string, log: Logger, options: PublicationOptions = {}) {
  const publication = new Publication(adapter, secret, log, options);
  const jurisdiction = adapter.jurisdiction.code;
  const keyId = indexKeyId(secret);
  return async (_req: unknown, res: ServerResponse, url: URL): Promise<void> => {
    const query = feedQuery(url);
    if ('error' in query) return sendJson(res, 400, { error: query.error });
    try {
      // A whole native read can outlast the reader's budget for one request: past `wait` the
      // reader is told to come back, rather than timing out on a cycle that is only slow.
      if (!(await publication.readyFor(query.since, query.wait))) {
        const busy: FeedInProgress = { error: 'publication cycle in progress', inProgress: true, pagesRead: publication.pagesRead };
        return sendJson(res, 503, busy);
      }
    } catch (error) {
      const message = error instanceof NativeSourceError ? error.message : 'adapter failed';
      log.error({ since: query.since, err: message }, 'index publication cycle failed');
      return sendJson(res, 502, { error: message });
    }
    const changes = publication.log;
    const page = changes.read(query.since, query.limit);
    const body: FeedPage = {
      jurisdiction,
      epoch: changes.epoch,
      keyId,
      head: changes.head,
      floor: changes.floor,
      invalid: publication.invalid,
      ...page,
    };
    sendJson(res, 200, body);
  };
}
