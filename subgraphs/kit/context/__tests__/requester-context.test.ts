// The signed requester context, both ends: what a subgraph accepts and everything it refuses.
import { createSigner, type SignerOptions } from 'fast-jwt';
import { subgraphContextKey } from '../context-key';
import { CONTEXT_HEADER, CONTEXT_ISSUER, type RequesterContext } from '../requester-context';
import { createContextSigner, queryHash } from '../sign-context';
import { createContextVerifier } from '../verify-context';

const MASTER = 'a-master-key-for-these-tests-0123456789';
const QUERY = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
const requester: RequesterContext = { sub: 'officer-7', country: 'PHL', agency: 'PNP', roles: ['INVESTIGATOR'], clearance: 2, purpose: 'PHL-2024-0001', requestId: 'r-1' };
const verify = createContextVerifier(MASTER, 'tha');
const body = { query: QUERY };

/** A token made with the library directly, for the shapes the gateway's signer never makes. */
function crafted(options: Partial<SignerOptions>, payload: Record<string, unknown> = { ...requester, queryHash: queryHash(QUERY) }): string {
  const sign = createSigner({ algorithm: 'HS256', iss: CONTEXT_ISSUER, aud: 'tha', expiresIn: 60_000, ...options, key: Buffer.from(subgraphContextKey(MASTER, 'tha')) });
  return sign(payload);
}

async function refusal(token: string | undefined, withBody: unknown = body): Promise<unknown> {
  return verify(token === undefined ? {} : { [CONTEXT_HEADER]: token }, withBody).then(
    () => 'accepted',
    (error: { extensions?: { code?: string; http?: { status?: number } } }) => [error.extensions?.code, error.extensions?.http?.status],
  );
}

describe('the signed requester context', () => {
  it('carries the requester from the gateway to the subgraph it was signed for', async () => {
    const token = createContextSigner(MASTER)(requester, 'tha', QUERY);
    expect(await verify({ [CONTEXT_HEADER]: token }, body)).toEqual(requester);
  });

  it('is refused with UNAUTHENTICATED and HTTP 401 when missing, tampered with or meant for another', async () => {
    const sign = createContextSigner(MASTER);
    const good = sign(requester, 'tha', QUERY);
    const [head, payload, signature] = good.split('.');
    const raised = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), clearance: 5 })).toString('base64url');
    const refused = ['UNAUTHENTICATED', 401];
    expect(await refusal(undefined)).toEqual(refused);
    expect(await refusal('')).toEqual(refused);
    expect(await refusal('not.a.token')).toEqual(refused);
    expect(await refusal(`${head}.${raised}.${signature}`)).toEqual(refused); // clearance raised
    expect(await refusal(sign(requester, 'phl', QUERY))).toEqual(refused); // another subgraph's
    expect(await refusal(createContextSigner('another-master-key-of-enough-length-000')(requester, 'tha', QUERY))).toEqual(refused);
    expect(await refusal(good, { query: '{ __typename }' })).toEqual(refused); // replayed for another query
    expect(await refusal(good, null)).toEqual(refused);
  });

  it("is refused when its algorithm, issuer, life or claims are not the gateway's", async () => {
    const refused = ['UNAUTHENTICATED', 401];
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${crafted({}).split('.')[1]}.`;
    expect(await refusal(unsigned)).toEqual(refused);
    expect(await refusal(crafted({ algorithm: 'HS512' }))).toEqual(refused);
    expect(await refusal(crafted({ iss: 'someone-else' }))).toEqual(refused);
    expect(await refusal(crafted({ clockTimestamp: Date.now() - 120_000 }))).toEqual(refused); // expired
    expect(await refusal(crafted({ clockTimestamp: Date.now() - 100_000, expiresIn: 300_000 }))).toEqual(refused); // not expired, but older than 90 s
    expect(await refusal(crafted({ expiresIn: undefined }))).toEqual(refused); // never expires
    const { requestId: _dropped, ...withoutRequestId } = requester;
    expect(await refusal(crafted({}, { ...withoutRequestId, queryHash: queryHash(QUERY) }))).toEqual(refused);
    expect(await refusal(crafted({}, { ...requester }))).toEqual(refused); // bound to no query
    // The same making, with nothing wrong, is accepted: what fails above is what each line changed.
    expect(await refusal(crafted({}))).toBe('accepted');
  });
});
