import nock from 'nock';
import { MappingError } from '../../kit/mapping/mapping-error';
import { NativeSourceError } from '../../kit/native/native-source-error';
import type { PersonRecord } from '../../kit/record/person-record';
import { createUmfAdapter } from '../adapter';
import { AUS, AUS_URL, AUS_VICTIM_MRZ, KOR, KOR_URL, PERSONS_PATH, QUERY_PATH, ausVictim, bureau, korSuspect, message, page, persons, settings, sparsePerson } from './fixtures';

const VICTIM = 'AUS:NCB:AUS-2024-000417';
const SPARSE = 'AUS:NCB:AUS-2024-000500';
const SUSPECT = 'KOR:NCB:KNPA-2024-0815';
const aus = createUmfAdapter(settings(AUS, AUS_URL));
const kor = createUmfAdapter(settings(KOR, KOR_URL));
const KOR_PREFIX = new URL(KOR_URL).pathname;

// Every request nock could not match: the proof that no call beyond the expected ones was made.
let unmatched: string[] = [];
const recordUnmatched = (req: { method?: string; path?: string }) => unmatched.push(`${req.method} ${req.path}`);

beforeAll(() => {
  nock.disableNetConnect();
  nock.emitter.on('no match', recordUnmatched);
});
afterAll(() => {
  nock.emitter.off('no match', recordUnmatched);
  nock.enableNetConnect();
});
beforeEach(() => {
  unmatched = [];
});
afterEach(() => {
  expect(unmatched).toEqual([]);
  nock.cleanAll();
});

const query = (personIds: string[]) => bureau(AUS_URL).post(QUERY_PATH, { personIds });
const idOf = (slot: PersonRecord | null | Error | undefined) => (slot instanceof Error || !slot ? slot : slot.id);

describe('createUmfAdapter().fetchByIds', () => {
  it('fetches a batch with exactly one native call and answers in the order asked', async () => {
    // The bureau answers in its own order, not ours.
    const scope = query(['AUS-2024-000500', 'AUS-2024-000417']).reply(200, persons('AU', [ausVictim(), sparsePerson()]));
    const slots = await aus.fetchByIds([SPARSE, VICTIM]);
    expect(scope.isDone()).toBe(true);
    expect(slots.map(idOf)).toEqual([SPARSE, VICTIM]);
  });

  it('serves a second country from the same code, under its own base path and sender', async () => {
    const scope = bureau(KOR_URL).post(`${KOR_PREFIX}${QUERY_PATH}`, { personIds: ['KNPA-2024-0815'] }).reply(200, persons('KR', [korSuspect()]));
    const [suspect] = await kor.fetchByIds([SUSPECT]);
    expect(scope.isDone()).toBe(true);
    expect(suspect).toMatchObject({ id: SUSPECT, jurisdiction: 'KOR', agency: 'NCB', names: [expect.objectContaining({ full: '김민준', romanised: 'Kim Minjun' }), expect.anything()] });
  });

  it('answers null for ids the bureau does not hold and for ids that are not its own, asking only for its own', async () => {
    const scope = query(['AUS-2024-000417', 'AUS-2024-999999']).reply(200, persons('AU', [ausVictim()]));
    const slots = await aus.fetchByIds([SUSPECT, VICTIM, 'AUS:NCB:AUS-2024-999999', 'AUS:AFP:AUS-2024-000417', 'AUS:NCB:a b', VICTIM]);
    expect(scope.isDone()).toBe(true);
    expect(slots.map(idOf)).toEqual([null, VICTIM, null, null, null, VICTIM]);
  });

  it('makes no call at all when no id is its own', async () => {
    await expect(aus.fetchByIds([SUSPECT, 'PHL:PNP:2024-000123'])).resolves.toEqual([null, null]);
  });

  it('puts a MappingError in the slot of a malformed person only; the others map', async () => {
    const broken = sparsePerson({ dateOfBirth: '1990-13' });
    query(['AUS-2024-000417', 'AUS-2024-000500']).reply(200, persons('AU', [broken, ausVictim()]));
    const [victim, bad] = await aus.fetchByIds([VICTIM, SPARSE]);
    expect(idOf(victim)).toBe(VICTIM);
    expect(bad).toBeInstanceOf(MappingError);
    expect((bad as MappingError).field).toBe('dateOfBirth');
  });

  it('serves the number of a good passport MRZ, and fails only the person whose MRZ has a wrong check digit', async () => {
    const [line1, line2] = AUS_VICTIM_MRZ as [string, string];
    const badCheckDigit = sparsePerson({ travelDocuments: [{ documentType: 'P', documentNumber: 'P1234567A', mrz: [line1, `${line2.slice(0, 9)}7${line2.slice(10)}`] }] });
    const scope = query(['AUS-2024-000417', 'AUS-2024-000500']).reply(200, persons('AU', [ausVictim(), badCheckDigit]));
    const [victim, bad] = await aus.fetchByIds([VICTIM, SPARSE]);
    expect(scope.isDone()).toBe(true);
    expect((victim as PersonRecord).documents[0]).toMatchObject({ number: 'P1234567A', rawNumber: 'p 1234567 a' });
    expect(bad).toBeInstanceOf(MappingError);
    expect((bad as MappingError).message).toBe('travelDocuments[0].mrz: document number check digit is not valid (ICAO 9303)');
  });

  it('fails only the person whose text arrived in another encoding (Latin-1 bytes in UTF-8 JSON)', async () => {
    const latin1 = sparsePerson({ names: [{ surname: 'Muñoz', forename: 'José' }] });
    const body = Buffer.from(JSON.stringify(persons('AU', [ausVictim(), latin1])), 'latin1');
    query(['AUS-2024-000417', 'AUS-2024-000500']).reply(200, body, { 'content-type': 'application/json; charset=iso-8859-1' });
    const [victim, bad] = await aus.fetchByIds([VICTIM, SPARSE]);
    expect(idOf(victim)).toBe(VICTIM);
    expect((bad as MappingError).field).toBe('names[0].surname');
  });

  it('puts an Error in the unmatched slot when the bureau answers a person without a personId', async () => {
    const { personId: _dropped, ...withoutId } = sparsePerson();
    query(['AUS-2024-000417', 'AUS-2024-000500']).reply(200, persons('AU', [ausVictim(), withoutId]));
    const [victim, sparse] = await aus.fetchByIds([VICTIM, SPARSE]);
    expect(idOf(victim)).toBe(VICTIM);
    expect((sparse as MappingError).field).toBe('personId');
  });

  it('splits more than 1000 ids into queries of 1000, one per chunk', async () => {
    const refs = Array.from({ length: 1500 }, (_, i) => `AUS-2024-${String(1000 + i).padStart(6, '0')}`);
    const first = query(refs.slice(0, 1000)).reply(200, persons('AU', []));
    const second = query(refs.slice(1000)).reply(200, persons('AU', [sparsePerson({ personId: refs[1200] })]));
    const slots = await aus.fetchByIds(refs.map((r) => `AUS:NCB:${r}`));
    expect(first.isDone() && second.isDone()).toBe(true);
    expect(slots.filter((s) => s !== null).map(idOf)).toEqual([`AUS:NCB:${refs[1200]}`]);
  });

  it.each([
    ['HTTP 500', () => query(['AUS-2024-000417']).reply(500, 'internal error')],
    ['a body that is not JSON', () => query(['AUS-2024-000417']).reply(200, '<html>maintenance</html>')],
    ['JSON that is no UMF message', () => query(['AUS-2024-000417']).reply(200, { data: [ausVictim()] })],
    ['persons that are not a list', () => query(['AUS-2024-000417']).reply(200, message('AU', { persons: ausVictim() }))],
    ['another major version of the format', () => query(['AUS-2024-000417']).reply(200, message('AU', { persons: [ausVictim()] }, '2.0'))],
    ['a message from another sender', () => query(['AUS-2024-000417']).reply(200, persons('NZ', [ausVictim()]))],
    ['a dropped connection', () => query(['AUS-2024-000417']).replyWithError('socket hang up')],
  ])('rejects the whole batch with a NativeSourceError on %s', async (_what, reply) => {
    const scope = reply();
    await expect(aus.fetchByIds([VICTIM])).rejects.toBeInstanceOf(NativeSourceError);
    expect(scope.isDone()).toBe(true);
  });

  it('rejects with a timed-out NativeSourceError when the bureau is too slow', async () => {
    query(['AUS-2024-000417']).delay(2500).reply(200, persons('AU', []));
    const error = await aus.fetchByIds([VICTIM]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NativeSourceError);
    expect((error as NativeSourceError).timedOut).toBe(true);
  });
});

describe('createUmfAdapter().fetchPage', () => {
  const limit = String(AUS.native.pageSize);
  const slice = (offset: number) => bureau(AUS_URL).get(PERSONS_PATH).query({ offset: String(offset), limit });

  it('pages by offset with the registry page size until next is null', async () => {
    expect(AUS.native.pageSize).toBe(500);
    const first = Array.from({ length: 500 }, (_, i) => sparsePerson({ personId: `AUS-P-${i}` }));
    const scope = slice(0)
      .reply(200, page('AU', first, 0, 502))
      .get(PERSONS_PATH)
      .query({ offset: '500', limit })
      .reply(200, page('AU', [ausVictim(), sparsePerson()], 500, 502));
    const ids: string[] = [];
    let cursor: string | null = null;
    let calls = 0;
    do {
      const result = await aus.fetchPage(cursor);
      ids.push(...result.records.map((r) => (r instanceof Error ? 'error' : r.id)));
      cursor = result.next;
      calls += 1;
    } while (cursor !== null);
    expect(scope.isDone()).toBe(true);
    expect(calls).toBe(2);
    expect(ids).toHaveLength(502);
    expect(ids.slice(-2)).toEqual([VICTIM, SPARSE]);
  });

  it('answers an empty last page for a bureau that holds no records', async () => {
    slice(0).reply(200, page('AU', [], 0, 0));
    await expect(aus.fetchPage(null)).resolves.toEqual({ records: [], next: null });
  });

  it('keeps a malformed person of a page as an Error in its place', async () => {
    slice(0).reply(200, page('AU', [ausVictim(), sparsePerson({ roles: ['NOBODY'] })], 0, 2));
    const { records, next } = await aus.fetchPage(null);
    expect(next).toBeNull();
    expect(idOf(records[0])).toBe(VICTIM);
    expect(records[1]).toBeInstanceOf(MappingError);
  });

  it.each([
    ['of the wrong shape', () => slice(500).reply(200, message('AU', { persons: [], offset: 'five hundred' }))],
    ['for another offset', () => slice(500).reply(200, page('AU', [], 0, 900))],
    ['empty before its own total', () => slice(500).reply(200, page('AU', [], 500, 900))],
    ['longer than the limit', () => slice(500).reply(200, page('AU', Array.from({ length: 501 }, () => sparsePerson()), 500, 2000))],
    ['from another sender', () => slice(500).reply(200, page('KR', [], 500, 500))],
  ])('rejects a page answer %s with a NativeSourceError', async (_what, reply) => {
    const scope = reply();
    await expect(aus.fetchPage('500')).rejects.toBeInstanceOf(NativeSourceError);
    expect(scope.isDone()).toBe(true);
  });

  it('refuses a cursor that is not an offset without calling the bureau', async () => {
    for (const cursor of ['-1', '01', '2abc', '']) await expect(aus.fetchPage(cursor)).rejects.toThrow(RangeError);
  });
});

describe('createUmfAdapter()', () => {
  it('refuses a jurisdiction whose registry row does not list the NCB', () => {
    expect(() => createUmfAdapter(settings({ ...AUS, agencies: ['AFP'] }, AUS_URL))).toThrow(/NCB/);
  });
});
