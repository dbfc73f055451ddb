import { readFileSync } from 'node:fs';
import nock from 'nock';
import { MappingError } from '../../kit/mapping/mapping-error';
import { NativeSourceError } from '../../kit/native/native-source-error';
import type { PersonRecord } from '../../kit/record/person-record';
import { createThaAdapter } from '../adapter';
import { RTP_MAX_CONCURRENT_LOOKUPS, RTP_MAX_REFS } from '../native-api';
import { BILLION_LAUGHS, GARBAGE, NATIVE_BASE, SUSPECT, SUSPECT_ID, VICTIM, VICTIM_ID, VICTIM_MRZ, XXE, caseWith, mrz, person, personRecords, settings } from './fixtures';

const XML = { 'content-type': 'application/xml; charset=utf-8' };
const adapter = createThaAdapter(settings);

/** The refs of a `<Lookup>` body, as the native system would read them. */
const refsOf = (body: string) => [...body.matchAll(/<Ref>([^<]*)<\/Ref>/g)].map((m) => m[1] ?? '');

/** Intercept one lookup, answer `persons`, and record the refs it asked for. */
function lookupOnce(persons: string[], asked: string[][] = []) {
  return nock(NATIVE_BASE)
    .post('/rtp/persons/lookup', (body: string) => {
      asked.push(refsOf(body));
      return true;
    })
    .matchHeader('content-type', /application\/xml/)
    .reply(200, personRecords(persons), XML);
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('THA adapter fetchByIds', () => {
  it('answers a batch with one native call, one slot per id in order', async () => {
    const asked: string[][] = [];
    const scope = lookupOnce([SUSPECT, VICTIM], asked);
    const results = await adapter.fetchByIds([VICTIM_ID, 'PHL:PNP:2024-000123', 'THA:RTP:2567-ATPD-999999', SUSPECT_ID, 'THA:XYZ:1']);
    expect(scope.isDone()).toBe(true);
    expect(asked).toEqual([['2567-TIB-004512', '2567-ATPD-999999', '2567-ATPD-000871']]);
    expect(results.map((r) => (r === null ? null : (r as PersonRecord).id))).toEqual([VICTIM_ID, null, null, SUSPECT_ID, null]);
  });

  it('chunks a batch over 100 refs, one call per 100', async () => {
    const asked: string[][] = [];
    const scope = lookupOnce([], asked);
    const scope2 = lookupOnce([person('R-150')], asked);
    const ids = Array.from({ length: 150 }, (_, i) => `THA:RTP:R-${i + 1}`);
    const results = await adapter.fetchByIds(ids);
    expect(scope.isDone() && scope2.isDone()).toBe(true);
    expect(asked.map((a) => a.length).sort()).toEqual([100, 50]);
    expect(results.filter((r) => r !== null).map((r) => (r as PersonRecord).id)).toEqual(['THA:RTP:R-150']);
  });

  /**
   * Intercept `times` lookups that each take `delayMs`, answering the first ref of each with a
   * record (or at once with HTTP 500 for the lookup numbered `failAt`); record the refs asked and
   * the most lookups ever in flight at once.
   */
  function slowLookups(times: number, delayMs: number, failAt?: number) {
    const seen = { asked: [] as string[][], inFlight: 0, maxInFlight: 0 };
    nock(NATIVE_BASE)
      .post('/rtp/persons/lookup')
      .times(times)
      .reply((_uri, body, callback) => {
        const refs = refsOf(String(body));
        const n = seen.asked.push(refs);
        seen.inFlight += 1;
        seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
        setTimeout(() => {
          seen.inFlight -= 1;
          callback(null, n === failAt ? [500, 'internal error'] : [200, personRecords([person(refs[0]!)]), XML]);
        }, n === failAt ? 0 : delayMs);
      });
    return seen;
  }

  it(`runs the lookups of a large batch ${RTP_MAX_CONCURRENT_LOOKUPS} at a time, one call per ${RTP_MAX_REFS} refs, each ref asked once`, async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `THA:RTP:R-${i + 1}`);
    const seen = slowLookups(10, 30);
    const results = await adapter.fetchByIds(ids);
    expect(seen.asked).toHaveLength(10);
    expect(seen.asked.every((refs) => refs.length === RTP_MAX_REFS)).toBe(true);
    expect(seen.asked.flat().sort()).toEqual(ids.map((id) => id.slice('THA:RTP:'.length)).sort());
    // Bounded, yet overlapping: not one at a time either.
    expect(seen.maxInFlight).toBeLessThanOrEqual(RTP_MAX_CONCURRENT_LOOKUPS);
    expect(seen.maxInFlight).toBeGreaterThan(1);
    expect(results).toHaveLength(1000);
    const found = seen.asked.map((refs) => `THA:RTP:${refs[0]}`);
    expect(results.filter((r) => r !== null).map((r) => (r as PersonRecord).id)).toEqual(ids.filter((id) => found.includes(id)));
  });

  it('fails a large batch with NativeSourceError when one lookup fails, and starts no lookup after it', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `THA:RTP:R-${i + 1}`);
    const seen = slowLookups(10, 30, 1);
    await expect(adapter.fetchByIds(ids)).rejects.toBeInstanceOf(NativeSourceError);
    // The first lookup fails while the next three are in flight: those finish, none follows.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.asked).toHaveLength(RTP_MAX_CONCURRENT_LOOKUPS);
  });

  it('makes no call when no id is a THA id', async () => {
    await expect(adapter.fetchByIds(['PHL:PNP:1', 'garbage'])).resolves.toEqual([null, null]);
  });

  it('answers null for a ref the system holds under another agency', async () => {
    lookupOnce([VICTIM]);
    await expect(adapter.fetchByIds(['THA:RTP:2567-TIB-004512'])).resolves.toEqual([null]);
  });

  it('puts a malformed record in its own slot as an Error', async () => {
    lookupOnce([VICTIM, person('R-BAD', '<BirthDate>31/02/2541</BirthDate>')]);
    const [victim, bad] = await adapter.fetchByIds([VICTIM_ID, 'THA:RTP:R-BAD']);
    expect((victim as PersonRecord).id).toBe(VICTIM_ID);
    expect(bad).toBeInstanceOf(MappingError);
    expect((bad as MappingError).field).toBe('BirthDate');
  });

  it('maps case offences, and fails only the record charged with an offence code it does not know', async () => {
    lookupOnce([VICTIM, person('R-OFF', caseWith(['TIP2551-6', 'IMM2522-99']))]);
    const [victim, bad] = await adapter.fetchByIds([VICTIM_ID, 'THA:RTP:R-OFF']);
    expect((victim as PersonRecord).cases.map((c) => c.offences)).toEqual([['TRAFFICKING_IN_PERSONS']]);
    expect(bad).toBeInstanceOf(MappingError);
    expect((bad as MappingError).field).toBe('Case[0].Offence[1].@code');
    expect((bad as MappingError).message).not.toContain('IMM2522-99');
  });

  it('checks a scanned MRZ: a good one gives the number, a bad check digit fails that record only', async () => {
    const badCheckDigit = [VICTIM_MRZ[0], `${VICTIM_MRZ[1].slice(0, 9)}7${VICTIM_MRZ[1].slice(10)}`];
    const scope = lookupOnce([VICTIM, person('R-MRZ', `<Passport no="P 4821937 B" country="PH">${mrz(badCheckDigit)}</Passport>`, 'TIB')]);
    const [victim, bad] = await adapter.fetchByIds([VICTIM_ID, 'THA:TIB:R-MRZ']);
    expect(scope.isDone()).toBe(true);
    expect((victim as PersonRecord).documents[0]).toMatchObject({ number: 'P4821937B', rawNumber: 'P 4821937 B' });
    expect(bad).toBeInstanceOf(MappingError);
    expect((bad as MappingError).message).toBe('Passport[0].Mrz: document number check digit is not valid (ICAO 9303)');
  });

  it('does not claim "not held" when the answer holds a record without a refNo', async () => {
    lookupOnce([VICTIM, '<Person agency="RTP"><NameEn><Surname>X</Surname></NameEn></Person>']);
    const [victim, unknown] = await adapter.fetchByIds([VICTIM_ID, SUSPECT_ID]);
    expect((victim as PersonRecord).id).toBe(VICTIM_ID);
    expect(unknown).toBeInstanceOf(MappingError);
  });

  it.each([
    ['HTTP 500', () => nock(NATIVE_BASE).post('/rtp/persons/lookup').reply(500, 'internal error')],
    ['garbage', () => nock(NATIVE_BASE).post('/rtp/persons/lookup').reply(200, GARBAGE, { 'content-type': 'application/octet-stream' })],
    ['an error document', () => nock(NATIVE_BASE).post('/rtp/persons/lookup').reply(200, '<Error code="DOWN">maintenance</Error>', XML)],
    ['a broken envelope', () => nock(NATIVE_BASE).post('/rtp/persons/lookup').reply(200, personRecords([VICTIM], 'total="many"'), XML)],
  ])('fails the whole batch with NativeSourceError on %s', async (_what, intercept) => {
    const scope = intercept();
    await expect(adapter.fetchByIds([VICTIM_ID])).rejects.toBeInstanceOf(NativeSourceError);
    expect(scope.isDone()).toBe(true);
  });

  it('refuses an XXE answer without ever reading the file', async () => {
    nock(NATIVE_BASE).post('/rtp/persons/lookup').reply(200, XXE, XML);
    const error = await adapter.fetchByIds([VICTIM_ID]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NativeSourceError);
    const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')[0] ?? 'root:';
    expect(JSON.stringify({ message: (error as Error).message, error })).not.toContain(passwd.slice(0, 12));
  });

  it('refuses a billion-laughs answer at once', async () => {
    nock(NATIVE_BASE).post('/rtp/persons/lookup').reply(200, BILLION_LAUGHS, XML);
    const started = Date.now();
    await expect(adapter.fetchByIds([VICTIM_ID])).rejects.toBeInstanceOf(NativeSourceError);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('THA adapter fetchPage', () => {
  const size = String(settings.jurisdiction.native.pageSize);

  it('reads page 1 and points at page 2', async () => {
    const scope = nock(NATIVE_BASE)
      .get('/rtp/persons')
      .query({ page: '1', size })
      .reply(200, personRecords([VICTIM, person('R-BAD', '<Gender>?</Gender>')], 'page="1" pages="2" total="27"'), XML);
    const page = await adapter.fetchPage(null);
    expect(scope.isDone()).toBe(true);
    expect(page.next).toBe('2');
    expect((page.records[0] as PersonRecord).id).toBe(VICTIM_ID);
    expect((page.records[1] as MappingError).field).toBe('Gender');
  });

  it('stops after the last page', async () => {
    const scope = nock(NATIVE_BASE).get('/rtp/persons').query({ page: '2', size }).reply(200, personRecords([SUSPECT], 'page="2" pages="2" total="27"'), XML);
    const page = await adapter.fetchPage('2');
    expect(scope.isDone()).toBe(true);
    expect(page).toMatchObject({ next: null, records: [expect.objectContaining({ id: SUSPECT_ID })] });
  });

  it('reads an empty listing as one empty last page', async () => {
    nock(NATIVE_BASE).get('/rtp/persons').query(true).reply(200, '<PersonRecords page="1" pages="1" total="0"/>', XML);
    await expect(adapter.fetchPage(null)).resolves.toEqual({ records: [], next: null });
  });

  it('fails as a source when a page does not say how many pages there are', async () => {
    nock(NATIVE_BASE).get('/rtp/persons').query(true).reply(200, personRecords([VICTIM]), XML);
    await expect(adapter.fetchPage(null)).rejects.toBeInstanceOf(NativeSourceError);
  });

  it.each(['0', '-1', 'abc', '1.5', ''])('refuses the cursor %j without a native call', async (cursor) => {
    await expect(adapter.fetchPage(cursor)).rejects.toBeInstanceOf(RangeError);
  });
});
