// The feed a jurisdiction publishes to the index: changes since a sequence number, over real HTTP.
import { listen, type Listening } from '../../http/listen';
import { createLogger } from '../../log';
import { feedPageSchema, indexFeedHandler, indexKeyId, type FeedPage } from '../index-feed';
import type { PublicationOptions } from '../publication';
import { memoryAgency, person, unmappable, type MemoryAgency } from './memory-agency';

const KEY = 'index-feed-test-key-0123456789abcdef';
const log = createLogger('test', 'silent');

let agency: MemoryAgency;
let server: Listening;

async function serve(options: PublicationOptions = { minIntervalMs: 0 }) {
  await server?.close();
  server = await listen({ '/index/feed': indexFeedHandler(agency.adapter, KEY, log, options) }, 0);
}

async function get(query: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.origin}/index/feed${query}`);
  return { status: res.status, body: await res.json() };
}

beforeEach(async () => {
  agency = memoryAgency([person('PHL:PNP:1', 'P1111111A', '+639170000001'), person('PHL:PNP:2', 'P2222222B', '+639170000002'), person('PHL:PNP:3', 'P3333333C', '+639170000002')]);
  await serve();
});
afterAll(() => server.close());

describe('index feed', () => {
  it('answers every record from 0 as a well-formed page of blind keys, with its epoch, key id and head', async () => {
    const { status, body } = await get('?since=0');
    expect(status).toBe(200);
    expect(feedPageSchema.safeParse(body).success).toBe(true);
    const page = body as FeedPage;
    expect(page).toMatchObject({ jurisdiction: 'PHL', keyId: indexKeyId(KEY), head: 3, floor: 0, invalid: 0, next: null });
    expect(page.changes.map((c) => [c.seq, c.op, c.id])).toEqual([[1, 'UPSERT', 'PHL:PNP:1'], [2, 'UPSERT', 'PHL:PNP:2'], [3, 'UPSERT', 'PHL:PNP:3']]);
    expect(JSON.stringify(page)).not.toMatch(/P1111111A|639170000001/);
    expect(indexKeyId(KEY)).not.toBe(indexKeyId(`${KEY}-rotated`));
    expect(JSON.stringify(page)).not.toContain(KEY);
  });

  it('reads from 0 when since is not given', async () => {
    expect((await get('')).body.changes).toHaveLength(3);
  });

  it('after a cycle, answers only what changed at the source: an update and a deletion', async () => {
    const first = (await get('?since=0')).body as FeedPage;
    agency.records.splice(0, 1); // PHL:PNP:1 deleted at the source
    agency.records[0] = person('PHL:PNP:2', 'P2222222B', '+639179999999');
    const page = (await get(`?since=${first.head}`)).body as FeedPage;
    expect(page.epoch).toBe(first.epoch);
    expect(page.changes.map((c) => [c.op, c.id])).toEqual([['UPSERT', 'PHL:PNP:2'], ['DELETE', 'PHL:PNP:1']]);
    expect((await get(`?since=${page.head}`)).body.changes).toEqual([]);
  });

  it('pages with limit; next is the since of the following page', async () => {
    const one = (await get('?since=0&limit=2')).body as FeedPage;
    expect(one.changes.map((c) => c.seq)).toEqual([1, 2]);
    expect(one.next).toBe(2);
    const two = (await get(`?since=${one.next}&limit=2`)).body as FeedPage;
    expect(two.changes.map((c) => c.seq)).toEqual([3]);
    expect(two.next).toBeNull();
  });

  it.each([
    ['a word', 'since=abc', /since/],
    ['a negative number', 'since=-1', /since/],
    ['a fraction', 'since=1.5', /since/],
    ['an empty value', 'since=', /since/],
    ['a number past 15 digits', 'since=1234567890123456', /since/],
    ['a zero limit', 'since=0&limit=0', /limit/],
    ['a limit past the bound', 'since=0&limit=5000', /limit/],
    ['a limit that is not a number', 'since=0&limit=all', /limit/],
    ['a wait that is not a number', 'since=0&wait=long', /wait/],
    ['a wait past the bound', 'since=0&wait=600000', /wait/],
  ])('refuses %s with HTTP 400 and a JSON error, without reading the source', async (_what, query, message) => {
    const { status, body } = await get(`?${query}`);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
    expect(agency.pageReads).toBe(0);
  });

  it('counts records that cannot be mapped, and publishes the rest', async () => {
    agency.records.push(unmappable());
    const page = (await get('?since=0')).body as FeedPage;
    expect(page.invalid).toBe(1);
    expect(page.changes).toHaveLength(3);
  });

  it('answers 502 when the source fails, and loses nothing: the next good cycle goes on from the same log', async () => {
    const first = (await get('?since=0')).body as FeedPage;
    agency.failing = true;
    expect(await get(`?since=${first.head}`)).toEqual({ status: 502, body: { error: 'native source answered HTTP 500' } });
    agency.failing = false;
    const after = (await get(`?since=${first.head}`)).body as FeedPage;
    expect(after).toMatchObject({ epoch: first.epoch, head: first.head, changes: [] });
  });

  it('never takes a partial read for deletions: a source failing on its second page changes nothing', async () => {
    const first = (await get('?since=0')).body as FeedPage;
    agency.failing = '2';
    expect((await get(`?since=${first.head}`)).status).toBe(502);
    agency.failing = false;
    expect((await get(`?since=${first.head}`)).body.changes).toEqual([]);
  });

  it('lets the pages of one pass, and readers arriving together, share one read of the source', async () => {
    await serve({ minIntervalMs: 60_000 });
    const [a, b] = await Promise.all([get('?since=0&limit=1'), get('?since=0&limit=1')]);
    expect(a.body.changes).toEqual(b.body.changes);
    await get('?since=1&limit=1');
    await get('?since=2&limit=1');
    expect(agency.pageReads).toBe(2); // three records, two a page: one cycle
  });

  it('tells a reader to come back while a slow cycle runs past its wait, showing the pages read so far', async () => {
    agency.pageDelayMs = 80; // two pages
    const early = await get('?since=0&wait=100');
    expect(early).toEqual({ status: 503, body: { error: 'publication cycle in progress', inProgress: true, pagesRead: 1 } });
    const done = await get('?since=0&wait=1000');
    expect(done.status).toBe(200);
    expect(done.body.changes).toHaveLength(3);
    expect(agency.pageReads).toBe(2); // the second request joined the cycle in flight
  });

  it('answers a failure that came after its reader was told to come back, before reading again', async () => {
    agency.pageDelayMs = 60;
    agency.failing = '2'; // the second page fails, after the reader stopped waiting
    expect((await get('?since=0&wait=10')).status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const reads = agency.pageReads;
    expect(await get('?since=0&wait=1000')).toEqual({ status: 502, body: { error: 'native source answered HTTP 500' } });
    expect(agency.pageReads).toBe(reads);
    agency.failing = false;
    expect((await get('?since=0&wait=1000')).body.changes).toHaveLength(3);
  });

  it('serves a reader behind the head from the log, reading the source only for a reader that has caught up', async () => {
    const first = (await get('?since=0')).body as FeedPage;
    const reads = agency.pageReads;
    agency.records.push(person('PHL:PNP:4', 'P4444444D', '+639170000004'));
    expect((await get('?since=1')).body.changes.map((c: { id: string }) => c.id)).toEqual(['PHL:PNP:2', 'PHL:PNP:3']);
    expect((await get('?since=0')).body.changes).toHaveLength(3);
    expect(agency.pageReads).toBe(reads);
    expect((await get(`?since=${first.head}`)).body.changes.map((c: { id: string }) => c.id)).toEqual(['PHL:PNP:4']);
    expect(agency.pageReads).toBeGreaterThan(reads);
  });

  it('starts a new epoch with a new server: its sequence numbers start again', async () => {
    const first = (await get('?since=0')).body as FeedPage;
    await serve();
    const again = (await get('?since=0')).body as FeedPage;
    expect(again.epoch).not.toBe(first.epoch);
    expect(again.head).toBe(3);
  });
});
