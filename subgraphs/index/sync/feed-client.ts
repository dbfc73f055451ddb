import type { FeedPage } from '../../kit/subgraph/index-feed';

/** Where a jurisdiction's subgraph publishes its feed: beside its GraphQL endpoint. */
export function feedUrl(subgraphGraphqlUrl: string): string {
  return new URL('/index/feed', subgraphGraphqlUrl).toString();
}

function isFeedPage(body: unknown): body is FeedPage {
  const b = body as FeedPage;
  return (
    typeof b === 'object' && b !== null && Array.isArray(b.entries) && (b.next === null || typeof b.next === 'string') &&
    b.entries.every((e) => typeof e.id === 'string' && Array.isArray(e.keys) && e.keys.every((k) => typeof k === 'string'))
  );
}

/** One page of a jurisdiction's feed; throws with a reason fit for a status line. */
export async function fetchFeedPage(url: string, cursor: string | null, timeoutMs: number): Promise<FeedPage> {
  const target = new URL(url);
  if (cursor !== null) target.searchParams.set('cursor', cursor);
  let response: Response;
  try {
    response = await fetch(target, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new Error((error as Error).name === 'TimeoutError' ? `feed did not answer in ${timeoutMs} ms` : 'subgraph unreachable');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(`feed answered HTTP ${response.status}${(body as { error?: string })?.error ? `: ${(body as { error: string }).error}` : ''}`);
  if (!isFeedPage(body)) throw new Error('feed answered something that is not a feed page');
  return body;
}
