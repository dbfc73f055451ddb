import { feedPageSchema, type FeedInProgress, type FeedPage } from '../../kit/subgraph/index-feed';

/** Where a jurisdiction's subgraph publishes its feed: beside its GraphQL endpoint. */
export function feedUrl(subgraphGraphqlUrl: string): string {
  return new URL('/index/feed', subgraphGraphqlUrl).toString();
}

/** The largest page body read: 1000 changes of even a hundred keys each stay well below it. */
const MAX_BODY_BYTES = 32_000_000;

class TooLarge extends Error {}

/** The body as text, refusing to buffer more than `max` bytes of it. */
async function readCapped(response: Response, max: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw new TooLarge();
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Answers "in progress" taken in one page request, however the cycle moves: a bound of its own. */
const MAX_IN_PROGRESS_ANSWERS = 10_000;

/** One HTTP request for a page: its status and parsed body (undefined when not JSON). */
async function requestPage(target: URL, timeoutMs: number): Promise<{ status: number; body: unknown }> {
  let response: Response;
  let text: string;
  try {
    // One budget for the answer and its body: a feed that stalls mid-body is as late as a silent one.
    const signal = AbortSignal.timeout(timeoutMs);
    response = await fetch(target, { signal });
    text = await readCapped(response, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof TooLarge) throw new Error('feed answered a page larger than any feed page');
    throw new Error((error as Error).name === 'TimeoutError' ? `feed did not answer in ${timeoutMs} ms` : 'subgraph unreachable');
  }
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: undefined };
  }
}

function inProgress(status: number, body: unknown): body is FeedInProgress {
  const b = body as FeedInProgress | undefined;
  return status === 503 && b?.inProgress === true && Number.isSafeInteger(b.pagesRead);
}

/**
 * The changes after `since`, one page; throws with a reason fit for a status line. Anything that
 * is not a whole, well-formed page (wrong shape, out-of-order changes, a `next` that does not
 * move on) is refused here, before the store sees any of it.
 *
 * The first page of a pass may wait for the subgraph to read its whole native source. Each
 * request waits a third of the budget at most (the rest is for a busy event loop) and is then
 * told to come back; the read is given up only when it has not moved (no new native page) for a
 * whole budget, the same bound a single page had.
 */
export async function fetchFeedPage(url: string, since: number, timeoutMs: number): Promise<FeedPage> {
  const target = new URL(url);
  target.searchParams.set('since', String(since));
  target.searchParams.set('wait', String(Math.min(Math.floor(timeoutMs / 3), 60_000)));
  let lastPages = -1;
  let movedAt = performance.now();
  for (let answers = 0; answers < MAX_IN_PROGRESS_ANSWERS; answers++) {
    const { status, body } = await requestPage(target, timeoutMs);
    if (inProgress(status, body)) {
      if (body.pagesRead !== lastPages) [lastPages, movedAt] = [body.pagesRead, performance.now()];
      else if (performance.now() - movedAt > timeoutMs) throw new Error(`feed publication has not moved in ${timeoutMs} ms`);
      continue;
    }
    if (status < 200 || status > 299) {
      const reason = (body as { error?: unknown } | undefined)?.error;
      throw new Error(`feed answered HTTP ${status}${typeof reason === 'string' ? `: ${reason.slice(0, 200)}` : ''}`);
    }
    const page = feedPageSchema.safeParse(body);
    if (!page.success) throw new Error('feed answered something that is not a feed page');
    if (page.data.changes.some((c) => c.seq <= since)) throw new Error('feed answered changes it was not asked for');
    return page.data;
  }
  throw new Error(`feed was still publishing after ${MAX_IN_PROGRESS_ANSWERS} answers`);
}
