import { callAsGateway } from '../../kit/context/gateway-call';
import { ownerRequester } from '../../kit/conformance/check-subgraph';
// The SLTD check through the real INTERPOL subgraph: the kit's server, the adapter's `extra`
// resolvers and per-request loader, and the native API under nock.
import nock from 'nock';
import { createLogger } from '../../kit/log';
import type { Listening } from '../../kit/http/listen';
import { startCountrySubgraph } from '../../kit/subgraph/country-subgraph';
import { createInterpolAdapter } from '../adapter';
import { SLTD_MAX_QUERIES } from '../native-api';
import { RED_ID, YELLOW_ID, globalId, lookupAnswer, nativeApi, redNotice, settings, sltdHit, strictNock, yellowNotice } from './fixtures';

strictNock();
let subgraph: Listening;

beforeAll(async () => {
  subgraph = await startCountrySubgraph({ adapter: createInterpolAdapter(settings), port: 0, indexKey: 'k'.repeat(32), log: createLogger('test', 'silent') });
});
afterAll(() => subgraph.close());

interface GraphQLAnswer {
  data?: { _entities: ({ number?: string; sltd?: { reported: boolean; status: string | null } | null; documents?: unknown[] } | null)[] };
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

const DOCUMENTS_QUERY = 'query($r:[_Any!]!){ _entities(representations:$r){ ... on TravelDocument { number issuingCountry sltd { reported status reportedBy reportedAt checkedAt } } } }';

async function entities(representations: unknown[], query = DOCUMENTS_QUERY): Promise<GraphQLAnswer> {
  // As the gateway calls it: with a signed requester context (a bare call is refused with 401).
  const { body } = await callAsGateway(`${subgraph.origin}/graphql`, 'interpol', query, { r: representations }, ownerRequester({ code: 'INTERPOL' }));
  return body as GraphQLAnswer;
}

const doc = (number: string, issuingCountry: string | null) => ({ __typename: 'TravelDocument', number, issuingCountry });

/** Every SLTD check body the native API received. */
function sltdCheck(answer: (body: { documents: { number: string; country: string }[] }) => unknown, status = 200) {
  const bodies: { documents: { number: string; country: string }[] }[] = [];
  const scope = nativeApi()
    .post('/sltd/check', (body: { documents: { number: string; country: string }[] }) => {
      bodies.push(body);
      return true;
    })
    .reply(status, (_uri, body) => answer(body as { documents: { number: string; country: string }[] }) as nock.Body);
  return { scope, bodies };
}

describe('TravelDocument.sltd through the INTERPOL subgraph', () => {
  it('checks every document of a request with one native call, normalised and de-duplicated', async () => {
    const { scope, bodies } = sltdCheck((body) => ({ checked: body.documents.length, hits: [sltdHit('P0005840Q', 'PHL'), sltdHit('AB1234567', 'IDN', { status: 'LOST', reporting_country: 'ID' })] }));
    const reps = [doc('AA3318842', 'THA'), doc('P0005840Q', 'PHL'), doc('aa 3318842', 'TH'), doc('AB1234567', 'IDN'), doc('E12345678', 'VNM'), doc('AA3318842', 'THA')];
    const { data, errors } = await entities(reps);
    expect(errors).toBeUndefined();
    expect(scope.isDone()).toBe(true);
    expect(bodies).toEqual([
      {
        documents: [
          { number: 'AA3318842', country: 'THA' },
          { number: 'P0005840Q', country: 'PHL' },
          { number: 'AB1234567', country: 'IDN' },
          { number: 'E12345678', country: 'VNM' },
        ],
      },
    ]);
    const results = data!._entities.map((e) => e && [e.number, e.sltd?.reported, e.sltd?.status]);
    expect(results).toEqual([
      ['AA3318842', false, null],
      ['P0005840Q', true, 'STOLEN'],
      ['aa 3318842', false, null],
      ['AB1234567', true, 'LOST'],
      ['E12345678', false, null],
      ['AA3318842', false, null],
    ]);
    expect(data!._entities[3]!.sltd).toMatchObject({ reportedBy: 'IDN', reportedAt: '2024-06-01', checkedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
  });

  it('answers null, without a call or an error, for a document that cannot be checked', async () => {
    const { data, errors } = await entities([doc('AA3318842', null), doc('--', 'THA')]);
    expect(errors).toBeUndefined();
    expect(data!._entities.map((e) => e?.sltd)).toEqual([null, null]);
  });

  it('splits more documents than one check may carry into checks of the limit, one per chunk', async () => {
    const { scope, bodies } = sltdCheck((body) => ({ checked: body.documents.length, hits: [] }));
    scope.post('/sltd/check').reply(200, (_uri, body) => ({ checked: (body as { documents: unknown[] }).documents.length, hits: [] }));
    const reps = Array.from({ length: SLTD_MAX_QUERIES + 20 }, (_, i) => doc(`X${String(i).padStart(8, '0')}`, 'THA'));
    const { data, errors } = await entities(reps);
    expect(errors).toBeUndefined();
    expect(scope.isDone()).toBe(true);
    expect(bodies[0]!.documents).toHaveLength(SLTD_MAX_QUERIES);
    expect(data!._entities.every((e) => e?.sltd?.reported === false)).toBe(true);
  });

  it.each([
    ['HTTP 500', 'JURISDICTION_UNAVAILABLE', () => nativeApi().post('/sltd/check').reply(500, 'internal error')],
    ['a body that is not JSON', 'JURISDICTION_UNAVAILABLE', () => nativeApi().post('/sltd/check').reply(200, '<html>maintenance</html>')],
    ['an answer that checked fewer documents than asked', 'JURISDICTION_UNAVAILABLE', () => nativeApi().post('/sltd/check').reply(200, { checked: 1, hits: [] })],
    ['a source too slow to answer', 'JURISDICTION_TIMEOUT', () => nativeApi().post('/sltd/check').delay(settings.timeoutMs + 200).reply(200, { checked: 2, hits: [] })],
  ])('gives every document an error, never a false "not reported", on %s', async (_what, code, reply) => {
    const scope = reply();
    const { data, errors } = await entities([doc('AA3318842', 'THA'), doc('P0005840Q', 'PHL')]);
    expect(scope.isDone()).toBe(true);
    expect(data!._entities.map((e) => e?.sltd ?? null)).toEqual([null, null]);
    expect(errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['_entities', 0, 'sltd'], code],
      [['_entities', 1, 'sltd'], code],
    ]);
    expect(errors?.every((e) => e.message.startsWith('INTERPOL:'))).toBe(true);
  });

  it('fails only the document whose hit it cannot read', async () => {
    sltdCheck(() => ({ checked: 2, hits: [sltdHit('AA3318842', 'THA', { status: 'MISLAID' })] }));
    const { data, errors } = await entities([doc('AA3318842', 'THA'), doc('P0005840Q', 'PHL')]);
    expect(data!._entities.map((e) => e?.sltd?.reported ?? null)).toEqual([null, false]);
    expect(errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['_entities', 0, 'sltd'], 'NATIVE_RECORD_INVALID']]);
  });

  it("checks the documents of INTERPOL's own records with the same single call", async () => {
    nativeApi().post('/notices/lookup', { notice_ids: [RED_ID, YELLOW_ID] }).reply(200, lookupAnswer([redNotice(), yellowNotice()]));
    const { scope, bodies } = sltdCheck((body) => ({ checked: body.documents.length, hits: [sltdHit('P4821937B', 'PHL', { status: 'LOST' })] }));
    const query = 'query($r:[_Any!]!){ _entities(representations:$r){ ... on InterpolPersonRecord { id notice { colour requestingCountry } documents { number sltd { status } } } } }';
    const { data, errors } = await entities([{ __typename: 'InterpolPersonRecord', id: globalId(RED_ID) }, { __typename: 'InterpolPersonRecord', id: globalId(YELLOW_ID) }], query);
    expect(errors).toBeUndefined();
    expect(scope.isDone()).toBe(true);
    expect(bodies).toHaveLength(1);
    expect(data!._entities).toEqual([
      { id: globalId(RED_ID), notice: { colour: 'RED', requestingCountry: 'THA' }, documents: [{ number: 'AA3318842', sltd: { status: null } }] },
      { id: globalId(YELLOW_ID), notice: { colour: 'YELLOW', requestingCountry: 'PHL' }, documents: [{ number: 'P4821937B', sltd: { status: 'LOST' } }] },
    ]);
  });
});
