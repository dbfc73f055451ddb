import type { IncomingHttpHeaders } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { useAuthentication, type RequestAuth } from '../useAuthentication';
import { createTokenVerifier } from '../verify-token';
import { testIssuer, type TestIssuer } from './fixtures';

let phl: TestIssuer;
let server: ApolloServer<RequestAuth>;
let authenticate: ReturnType<typeof useAuthentication>;

beforeAll(async () => {
  phl = await testIssuer('https://idp.pnp.gov.ph', 'PHL');
  authenticate = useAuthentication({
    verifier: createTokenVerifier([phl.trusted]),
    caseRegistry: { knows: (reference) => reference !== 'PHL-2024-0404' },
  });
  server = new ApolloServer<RequestAuth>({
    typeDefs: 'type Query { whoami: String }',
    resolvers: { Query: { whoami: (_: unknown, __: unknown, ctx: RequestAuth) => `${ctx.requester.sub}@${ctx.requester.country} for ${ctx.purpose?.reference ?? '-'}` } },
  });
  await server.start();
});

afterAll(() => server.stop());

/** One POST through Apollo Server 5, with the context built as the gateway builds it. */
async function post(headers: IncomingHttpHeaders) {
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query: '{ whoami }' } },
    context: () => authenticate(headers),
  });
  const body = response.body.kind === 'complete' ? JSON.parse(response.body.string) : undefined;
  return { status: response.status ?? 200, headers: response.headers, body };
}

describe('useAuthentication in the context function', () => {
  it('puts the requester and the purpose in the context', async () => {
    const auth = await authenticate({ authorization: `Bearer ${await phl.token()}`, 'x-purpose': 'PHL-2024-0001' });
    expect(auth).toEqual({ requester: expect.objectContaining({ sub: 'officer-1', country: 'PHL' }), purpose: { reference: 'PHL-2024-0001' } });
    const res = await post({ authorization: `Bearer ${await phl.token()}` });
    expect(res).toMatchObject({ status: 200, body: { data: { whoami: 'officer-1@PHL for -' } } });
  });

  it('answers HTTP 401 with UNAUTHENTICATED and a challenge, before anything executes', async () => {
    const res = await post({});
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="corridor"');
    // Apollo Server takes the status from extensions.http and does not send that member on.
    expect(res.body).toEqual({
      errors: [{ message: expect.stringMatching(/^authentication failed: missing Authorization header/), extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const expired = await post({ authorization: `Bearer ${await phl.token({ exp: 1 })}` });
    expect(expired).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
  });

  it('judges the purpose only once the requester is known', async () => {
    const res = await post({ 'x-purpose': 'not a case' });
    expect(res.status).toBe(401);
  });

  it('answers 400 for a malformed purpose and 403 for a foreign or unknown case', async () => {
    const authorization = `Bearer ${await phl.token()}`;
    expect(await post({ authorization, 'x-purpose': 'case 12' })).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] } });
    expect(await post({ authorization, 'x-purpose': 'THA-2024-0001' })).toMatchObject({
      status: 403,
      body: { errors: [{ extensions: { code: 'FORBIDDEN', rule: 'purpose-own-jurisdiction' } }] },
    });
    expect(await post({ authorization, 'x-purpose': 'PHL-2024-0404' })).toMatchObject({
      status: 403,
      body: { errors: [{ extensions: { code: 'FORBIDDEN', rule: 'purpose-known-case' } }] },
    });
    expect(await post({ authorization, 'x-purpose': 'PHL-2024-0001' })).toMatchObject({
      status: 200,
      body: { data: { whoami: 'officer-1@PHL for PHL-2024-0001' } },
    });
  });
});
