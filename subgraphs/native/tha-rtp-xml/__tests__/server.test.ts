import { loadRegistry } from '../../../../schema/registry/registry';
import type { PersonRecord } from '../../../kit/record/person-record';
import { generateScenario, recordsOf } from '../../../scenario/generate';
import { createThaAdapter } from '../../../tha/adapter';
import { RTP_MAX_REFS } from '../../../tha/native-api';
import { parseNativeXml } from '../../../tha/parse-xml';
import type { NativeServer } from '../../native-server';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, startThaNativeSource } from '../server';

const scenario = generateScenario();
const refs = recordsOf(scenario, 'THA').map((r) => r.localId);
let server: NativeServer;

beforeAll(async () => {
  server = await startThaNativeSource({ scenario, port: 0 });
});
afterAll(() => server.close());

const get = (path: string) => fetch(`${server.origin}${path}`);
const lookup = (body: string) =>
  fetch(`${server.origin}/rtp/persons/lookup`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body });
const lookupBody = (list: string[]) => `<Lookup>${list.map((r) => `<Ref>${r}</Ref>`).join('')}</Lookup>`;
const refsIn = (root: Record<string, unknown>) => ((root.Person ?? []) as Record<string, string>[]).map((p) => String(p['@refNo']));

describe('simulated RTP / TIB records system', () => {
  it('pages through every THA record of the scenario, in order', async () => {
    const seen: string[] = [];
    const pages = Math.ceil(refs.length / MAX_PAGE_SIZE);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page += 1) {
      const res = await get(`/rtp/persons?page=${page}&size=${MAX_PAGE_SIZE}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
      const root = parseNativeXml(await res.text(), 'PersonRecords');
      expect(root).toMatchObject({ '@page': String(page), '@pages': String(pages), '@total': String(refs.length) });
      seen.push(...refsIn(root));
    }
    expect(seen).toEqual(refs);
  });

  it('uses its own default page size and answers an empty page past the end', async () => {
    const first = parseNativeXml(await (await get('/rtp/persons')).text(), 'PersonRecords');
    expect(refsIn(first)).toEqual(refs.slice(0, DEFAULT_PAGE_SIZE));
    const past = parseNativeXml(await (await get('/rtp/persons?page=99&size=100')).text(), 'PersonRecords');
    expect(refsIn(past)).toEqual([]);
  });

  it.each(['size=0', 'size=101', 'size=ten', 'page=0', 'page=-1', 'page=1.5'])('answers 400 with an XML error for %s', async (query) => {
    const res = await get(`/rtp/persons?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(parseNativeXml(await res.text(), 'Error')).toMatchObject({ '@code': 'BAD_REQUEST' });
  });

  it('answers a lookup with the found records only, in the order asked, once each', async () => {
    const asked = [refs[2]!, 'NO-SUCH-REF', refs[0]!, refs[2]!];
    const res = await lookup(lookupBody(asked));
    expect(res.status).toBe(200);
    const root = parseNativeXml(await res.text(), 'PersonRecords');
    expect(refsIn(root)).toEqual([refs[2], refs[0]]);
    expect(root['@total']).toBe('2');
  });

  it.each([
    ['over 100 refs', lookupBody(Array.from({ length: 101 }, (_, i) => `R-${i}`))],
    ['a DTD', `<!DOCTYPE Lookup [<!ENTITY e SYSTEM "file:///etc/passwd">]><Lookup><Ref>&e;</Ref></Lookup>`],
    ['a body that is not XML', 'refs=1,2,3'],
    ['another root', '<Query><Ref>R-1</Ref></Query>'],
    ['a ref that is not a reference', '<Lookup><Ref>R 1; DROP</Ref></Lookup>'],
  ])('refuses a lookup with %s', async (_what, body) => {
    const res = await lookup(body);
    expect(res.status).toBe(400);
    expect(parseNativeXml(await res.text(), 'Error')).toMatchObject({ '@code': 'BAD_REQUEST' });
  });

  it('answers 405 to the wrong method', async () => {
    const res = await fetch(`${server.origin}/rtp/persons`, { method: 'POST', body: '<Lookup/>' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
  });

  it('renders deterministically: same bytes on every call and from another server of the same seed', async () => {
    const other = await startThaNativeSource({ scenario: generateScenario(), port: 0 });
    try {
      const a = await (await get('/rtp/persons?page=2&size=7')).text();
      const b = await (await get('/rtp/persons?page=2&size=7')).text();
      const c = await (await fetch(`${other.origin}/rtp/persons?page=2&size=7`)).text();
      expect(b).toBe(a);
      expect(c).toBe(a);
    } finally {
      await other.close();
    }
  });

  it('answers health', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(parseNativeXml(await res.text(), 'Health')).toMatchObject({ '@status': 'ok', '@records': String(refs.length) });
  });

  describe('serves the THA adapter', () => {
    const adapter = () => createThaAdapter({ jurisdiction: loadRegistry().byCode('THA')!, baseUrl: server.origin, timeoutMs: 2000 });
    const lookups = () => server.requests.filter((r) => r.path === '/rtp/persons/lookup').length;
    // Every record through the adapter's pages, once; the batches below are checked against them.
    const records: (PersonRecord | Error)[] = [];
    const paged = () => records.filter((r): r is PersonRecord => !(r instanceof Error));
    beforeAll(async () => {
      let cursor: string | null = null;
      do {
        const page = await adapter().fetchPage(cursor);
        records.push(...page.records);
        cursor = page.next;
      } while (cursor !== null);
    });

    it('every record maps, through the pages', () => {
      expect(records.filter((r) => r instanceof Error)).toEqual([]);
      expect(paged().map((r) => r.id)).toEqual(recordsOf(scenario, 'THA').map((r) => `THA:${r.agency}:${r.localId}`));
    });

    it(`a batch within the lookup limit (${RTP_MAX_REFS} ids, spread over every kind of record) is one lookup, in the order asked`, async () => {
      const all = paged();
      // Every nth record, last first: the story, the trails and each operation's filler.
      const stride = Math.floor(all.length / RTP_MAX_REFS);
      const sample = all.filter((_, i) => i % stride === 0).slice(0, RTP_MAX_REFS).reverse();
      expect(sample).toHaveLength(RTP_MAX_REFS);
      const before = lookups();
      const byId = await adapter().fetchByIds(sample.map((r) => r.id));
      expect(lookups() - before).toBe(1);
      expect(byId).toEqual(sample);
    });

    it(`a batch past the limit is one lookup per ${RTP_MAX_REFS} ids`, async () => {
      const batch = paged().slice(0, 2 * RTP_MAX_REFS + 50);
      const before = server.requests.length;
      const byId = await adapter().fetchByIds(batch.map((r) => r.id));
      const made = server.requests.slice(before);
      expect(made.map((r) => r.path)).toEqual(Array(3).fill('/rtp/persons/lookup'));
      expect(byId).toEqual(batch);
    });
  });

  it('fails the adapter with a NativeSourceError under fault injection', async () => {
    const adapter = createThaAdapter({ jurisdiction: loadRegistry().byCode('THA')!, baseUrl: server.origin, timeoutMs: 300 });
    try {
      for (const fault of ['http-500', 'garbage', 'hang'] as const) {
        server.setFault(fault);
        await expect(adapter.fetchPage(null)).rejects.toMatchObject({ name: 'NativeSourceError', timedOut: fault === 'hang' });
      }
    } finally {
      server.setFault('none');
    }
  });
});
