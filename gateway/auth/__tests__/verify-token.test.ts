import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { createTokenVerifier, type TokenVerifier } from '../verify-token';
import { b64url, decodePart, nowSec, rejection, testIssuer, type TestIssuer } from './fixtures';

let phl: TestIssuer;
let tha: TestIssuer;
let stranger: TestIssuer;
let verifier: TokenVerifier;

beforeAll(async () => {
  [phl, tha, stranger] = await Promise.all([
    testIssuer('https://idp.pnp.gov.ph', 'PHL', 'EdDSA'),
    testIssuer('https://sso.police.go.th', 'THA', 'ES256'),
    testIssuer('https://idp.example.org', 'PHL', 'ES256'),
  ]);
  verifier = createTokenVerifier([phl.trusted, tha.trusted]);
});

const bearer = (token: string) => `Bearer ${token}`;

/** Expect a 401 UNAUTHENTICATED whose message contains `reason` and never the token itself. */
async function expectRefused(token: string | undefined, reason: RegExp, header = token === undefined ? undefined : bearer(token)) {
  const error = await rejection(verifier.verify(header));
  expect(error.extensions.code).toBe('UNAUTHENTICATED');
  expect((error.extensions.http as { status: number }).status).toBe(401);
  expect(error.message).toMatch(reason);
  for (const part of (token ?? '').split('.').filter((p) => p.length > 8)) expect(error.message).not.toContain(part);
  return error;
}

describe('createTokenVerifier', () => {
  it('turns a valid token into a frozen requester', async () => {
    const requester = await verifier.verify(bearer(await phl.token()));
    expect(requester).toEqual({
      sub: 'officer-1',
      country: 'PHL',
      agency: 'PNP',
      roles: ['INVESTIGATOR'],
      clearance: 2,
      issuer: 'https://idp.pnp.gov.ph',
    });
    expect(Object.isFrozen(requester)).toBe(true);
    expect(Object.isFrozen(requester.roles)).toBe(true);
  });

  it('accepts several roles, a lower-case scheme, and defaults clearance to 0', async () => {
    const token = await tha.token({ roles: ['ANALYST', 'LIAISON', 'ANALYST'], clearance: undefined, agency: 'RTP' });
    const requester = await verifier.verify(`bearer ${token}`);
    expect(requester).toMatchObject({ country: 'THA', roles: ['ANALYST', 'LIAISON'], clearance: 0 });
  });

  it('refuses a request without a usable Authorization header', async () => {
    await expectRefused(undefined, /missing Authorization header/);
    await expectRefused('', /missing Authorization header/, '');
    await expectRefused('x', /not a Bearer token/, 'Basic b2ZmaWNlcjpzZWNyZXQ=');
    await expectRefused('x', /not a Bearer token/, `Bearer ${await phl.token()} extra`);
    await expectRefused('not-a-jwt', /malformed token/);
    await expectRefused('a.b.c', /malformed token/);
    await expectRefused(`${'a'.repeat(9000)}.b.c`, /malformed token/);
  });

  it('answers with a WWW-Authenticate challenge', async () => {
    const error = await expectRefused(undefined, /missing/);
    const headers = (error.extensions.http as { headers: Map<string, string> }).headers;
    expect(headers.get('www-authenticate')).toBe('Bearer realm="corridor"');
  });

  it('refuses a token whose payload was altered after signing', async () => {
    const [header, , signature] = (await phl.token()).split('.');
    const payload = { ...decodePart(await phl.token(), 1), roles: ['INVESTIGATOR', 'LIAISON'], clearance: 5 };
    await expectRefused(`${header}.${b64url(payload)}.${signature}`, /signature does not verify/);
  });

  it('refuses an expired token, and one not yet valid, beyond the clock tolerance', async () => {
    await expectRefused(await phl.token({ iat: nowSec() - 7200, nbf: nowSec() - 7200, exp: nowSec() - 60 }), /token expired/);
    await expectRefused(await phl.token({ nbf: nowSec() + 300 }), /not yet valid/);
    await expectRefused(await phl.token({ iat: nowSec() + 300 }), /not yet valid \(issued in the future\)/);
  });

  it('tolerates a few seconds of clock skew', async () => {
    await expect(verifier.verify(bearer(await phl.token({ exp: nowSec() - 10 })))).resolves.toMatchObject({ country: 'PHL' });
    await expect(verifier.verify(bearer(await phl.token({ nbf: nowSec() + 10 })))).resolves.toMatchObject({ country: 'PHL' });
  });

  it('refuses a token older than the maximum age even if it has not expired', async () => {
    await expectRefused(await phl.token({ iat: nowSec() - 13 * 3600, exp: nowSec() + 3600 }), /older than the maximum token age/);
  });

  it('refuses a token without exp, iat or sub', async () => {
    await expectRefused(await phl.token({ exp: undefined }), /lacks the "exp" claim/);
    await expectRefused(await phl.token({ iat: undefined }), /lacks the "iat" claim/);
    await expectRefused(await phl.token({ sub: undefined }), /lacks the "sub" claim/);
  });

  it('refuses a token for another audience', async () => {
    await expectRefused(await phl.token({ aud: 'some-other-api' }), /another audience/);
    await expectRefused(await phl.token({ aud: undefined }), /lacks the "aud" claim/);
  });

  it("uses an issuer's own audience when its entry names one", async () => {
    const own = createTokenVerifier([{ ...phl.trusted, audience: 'corridor-ph' }]);
    await expect(own.verify(bearer(await phl.token({ aud: 'corridor-ph' })))).resolves.toMatchObject({ country: 'PHL' });
    await expect(own.verify(bearer(await phl.token()))).rejects.toThrow(/another audience/);
  });

  it('refuses a token from an issuer that is not trusted', async () => {
    await expectRefused(await stranger.token(), /issuer is not trusted/);
    await expectRefused(await phl.token({ iss: undefined }), /names no issuer/);
  });

  it("refuses a token that names a trusted issuer but is signed with another issuer's key", async () => {
    // Signed by THA's key, claiming to come from PHL's issuer: PHL's keys must not verify it.
    const forged = await tha.token({ iss: phl.trusted.issuer, country: 'PHL' }, { alg: 'ES256', kid: phl.publicJwk.kid });
    await expectRefused(forged, /token signature algorithm is not accepted|does not verify|no key of issuer/);
    const sameAlg = await stranger.token({ iss: tha.trusted.issuer, country: 'THA' }, { kid: tha.publicJwk.kid });
    await expectRefused(sameAlg, /signature does not verify with the keys of issuer https:\/\/sso.police.go.th/);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const payload = decodePart(await phl.token(), 1);
    await expectRefused(`${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(payload)}.`, /unsigned token \(alg "none"\) refused/);
    await expectRefused(`${b64url({ alg: 'NONE' })}.${b64url(payload)}.`, /unsigned token/);
  });

  it('refuses an HS256 token signed with the public key bytes (algorithm confusion)', async () => {
    const payload = decodePart(await tha.token(), 1);
    for (const secret of [JSON.stringify(tha.publicJwk), tha.publicJwk.x!]) {
      const confused = await new SignJWT(payload)
        .setProtectedHeader({ alg: 'HS256', kid: tha.publicJwk.kid })
        .sign(new TextEncoder().encode(secret));
      await expectRefused(confused, /algorithm is not accepted/);
    }
  });

  it("refuses a token whose country differs from its issuer's", async () => {
    await expectRefused(await phl.token({ country: 'THA' }), /token country THA differs from the country of its issuer \(PHL\)/);
  });

  it('refuses unknown roles, unknown countries and malformed requester claims', async () => {
    await expectRefused(await phl.token({ roles: ['INVESTIGATOR', 'SUPERUSER'] }), /roles\.1: unknown role/);
    await expectRefused(await phl.token({ roles: [] }), /at least one role/);
    await expectRefused(await phl.token({ country: 'XYZ' }), /token country XYZ is not a jurisdiction of the registry/);
    await expectRefused(await phl.token({ agency: undefined }), /agency/);
    await expectRefused(await phl.token({ clearance: 6 }), /clearance/);
    await expectRefused(await phl.token({ clearance: 1.5 }), /clearance/);
  });

  it('never lets the allow-list include none or HS*', () => {
    expect(() => createTokenVerifier([], { algorithms: ['ES256', 'HS256'] })).toThrow(/HS256 can never be accepted/);
    expect(() => createTokenVerifier([], { algorithms: ['none'] })).toThrow(/none can never be accepted/);
  });

  it('refuses an algorithm outside the configured allow-list', async () => {
    const onlyEs = createTokenVerifier([phl.trusted, tha.trusted], { algorithms: ['ES256'] });
    await expect(onlyEs.verify(bearer(await phl.token()))).rejects.toThrow(/algorithm is not accepted/);
    await expect(onlyEs.verify(bearer(await tha.token()))).resolves.toMatchObject({ country: 'THA' });
  });

  describe('with a remote key set', () => {
    let server: Server;
    let url: string;

    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url !== '/jwks.json') return void res.writeHead(404).end();
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [tha.publicJwk] }));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('fetches the keys and verifies', async () => {
      const remote = createTokenVerifier([{ ...tha.trusted, jwks: { url: `${url}/jwks.json` } }]);
      await expect(remote.verify(bearer(await tha.token()))).resolves.toMatchObject({ country: 'THA' });
    });

    it('says so when the keys cannot be fetched', async () => {
      const remote = createTokenVerifier([{ ...tha.trusted, jwks: { url: `${url}/missing.json` } }]);
      await expect(remote.verify(bearer(await tha.token()))).rejects.toThrow(/cannot fetch the keys of issuer https:\/\/sso.police.go.th/);
    });
  });
});

describe('verified-token cache', () => {
  it('takes a token it verified on trust again: the same requester, without a new signature check', async () => {
    const cached = createTokenVerifier([phl.trusted]);
    const token = bearer(await phl.token());
    const first = await cached.verify(token);
    expect(await cached.verify(token)).toBe(first);
    const uncached = createTokenVerifier([phl.trusted], { cacheSeconds: 0 });
    expect(await uncached.verify(token)).not.toBe(await uncached.verify(token));
  });

  it('never keeps a token past its own expiry', async () => {
    const strict = createTokenVerifier([phl.trusted], { clockToleranceSec: 0 });
    const token = bearer(await phl.token({ exp: nowSec() + 1 }));
    await strict.verify(token);
    await new Promise((r) => setTimeout(r, 1100));
    await expect(strict.verify(token)).rejects.toThrow(/token expired/);
  });

  it('checks the token again once its cache entry is older than cacheSeconds', async () => {
    let clock = Date.now();
    const moving = createTokenVerifier([phl.trusted], { cacheSeconds: 60, now: () => clock });
    const token = bearer(await phl.token());
    const first = await moving.verify(token);
    clock += 30_000;
    expect(await moving.verify(token)).toBe(first);
    clock += 31_000;
    expect(await moving.verify(token)).not.toBe(first);
  });

  it('does not cache refusals, nor let a tampered copy of a cached token through', async () => {
    const cached = createTokenVerifier([phl.trusted]);
    const token = await phl.token();
    await cached.verify(bearer(token));
    const [h, , sig] = token.split('.') as [string, string, string];
    const tampered = `${h}.${b64url({ ...decodePart(token, 1), roles: ['INVESTIGATOR', 'ANALYST'] })}.${sig}`;
    await expect(cached.verify(bearer(tampered))).rejects.toThrow(/signature does not verify/);
    await expect(cached.verify(bearer(tampered))).rejects.toThrow(/signature does not verify/);
  });
});
