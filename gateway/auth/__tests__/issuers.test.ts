import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { loadRegistry } from '../../../schema/registry/registry';
import { loadTrustedIssuers } from '../issuers';
import { createTokenVerifier } from '../verify-token';
import { loadDevIssuer } from '../dev-issuer';
import { tempDir, testIssuer } from './fixtures';

let publicJwk: JWK;
let privateJwk: JWK;

beforeAll(async () => {
  const pair = await generateKeyPair('ES256', { extractable: true });
  publicJwk = await exportJWK(pair.publicKey);
  privateJwk = await exportJWK(pair.privateKey);
});

/** Write an issuer list (and any extra files) into a fresh folder; returns the list's path. */
function issuersFile(entries: unknown, extra: Record<string, unknown> = {}): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(extra)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), JSON.stringify(content));
  }
  const file = join(dir, 'issuers.json');
  writeFileSync(file, JSON.stringify(entries));
  return file;
}

const production = (file: string | undefined) => loadTrustedIssuers({ file, nodeEnv: 'production' });

describe('loadTrustedIssuers', () => {
  it('reads inline keys, key files (relative to the list) and remote key sets', async () => {
    const file = issuersFile(
      [
        { issuer: 'https://idp.pnp.gov.ph', country: 'PHL', jwks: { keys: [publicJwk] } },
        { issuer: 'https://sso.police.go.th', country: 'THA', jwks: { file: 'keys/tha.json' }, audience: 'corridor-th' },
        { issuer: 'https://idp.mps.gov.vn', country: 'VNM', jwks: { url: 'https://idp.mps.gov.vn/jwks.json' } },
        { issuer: 'https://www.interpol.int/idp', country: 'INTERPOL', jwks: { keys: [publicJwk] } },
      ],
      { 'keys/tha.json': { keys: [publicJwk] } },
    );
    const issuers = await production(file);
    expect(issuers.map((i) => [i.issuer, i.country, i.development])).toEqual([
      ['https://idp.pnp.gov.ph', 'PHL', false],
      ['https://sso.police.go.th', 'THA', false],
      ['https://idp.mps.gov.vn', 'VNM', false],
      ['https://www.interpol.int/idp', 'INTERPOL', false],
    ]);
    expect(issuers[1]).toMatchObject({ jwks: { keys: [publicJwk] }, audience: 'corridor-th' });
    expect(issuers[2]!.jwks).toEqual({ url: 'https://idp.mps.gov.vn/jwks.json' });
    expect(Object.isFrozen(issuers)).toBe(true);
  });

  it.each([
    ['an unknown country', [{ issuer: 'a', country: 'XYZ', jwks: { keys: [] } }], /country: not a jurisdiction of the registry/],
    ['a lower-case country', [{ issuer: 'a', country: 'phl', jwks: { url: 'https://a/jwks' } }], /country/],
    ['an issuer listed twice', 'twice', /issuer https:\/\/a is listed twice/],
    ['a private key', 'private', /holds private key material/],
    ['a symmetric key', [{ issuer: 'a', country: 'PHL', jwks: { keys: [{ kty: 'oct', k: 'c2VjcmV0' }] } }], /jwks/],
    ['an unknown option', [{ issuer: 'a', country: 'PHL', jwks: { url: 'https://a/jwks' }, countries: ['THA'] }], /countries/],
    ['a plain-http key URL in production', [{ issuer: 'a', country: 'PHL', jwks: { url: 'http://a/jwks' } }], /https URL in production/],
    ['a missing key file', [{ issuer: 'a', country: 'PHL', jwks: { file: 'nope.json' } }], /cannot read the key set of a/],
    ['not a list', { issuer: 'a' }, /expected array/],
  ])('refuses %s, naming the file and the problem', async (_what, entries, problem) => {
    const list =
      entries === 'twice'
        ? [1, 2].map(() => ({ issuer: 'https://a', country: 'PHL', jwks: { keys: [publicJwk] } }))
        : entries === 'private'
          ? [{ issuer: 'a', country: 'PHL', jwks: { keys: [privateJwk] } }]
          : entries;
    const file = issuersFile(list);
    await expect(production(file)).rejects.toThrow(problem);
    await expect(production(file)).rejects.toThrow(`invalid trusted issuers (${file.replace('issuers.json', '')}`);
  });

  describe('in production', () => {
    it('requires an issuer list', async () => {
      await expect(production(undefined)).rejects.toThrow(/AUTH_ISSUERS_FILE.*required when NODE_ENV=production/);
    });

    it('refuses to start when the list names a development issuer', async () => {
      const marked = issuersFile([
        { issuer: 'https://idp.pnp.gov.ph', country: 'PHL', jwks: { keys: [publicJwk] } },
        { issuer: 'https://keycloak.test', country: 'PHL', jwks: { keys: [publicJwk] }, development: true },
      ]);
      await expect(production(marked)).rejects.toThrow(/https:\/\/keycloak.test is a development issuer, and NODE_ENV=production trusts none/);
      const named = issuersFile([{ issuer: 'corridor-dev:PHL', country: 'PHL', jwks: { keys: [publicJwk] } }]);
      await expect(production(named)).rejects.toThrow(/corridor-dev:PHL is a development issuer/);
    });

    it('never adds the development issuer, and neither does any NODE_ENV it does not know', async () => {
      const file = issuersFile([{ issuer: 'https://idp.pnp.gov.ph', country: 'PHL', jwks: { keys: [publicJwk] } }]);
      for (const nodeEnv of ['production', 'staging', 'prod']) {
        const issuers = await loadTrustedIssuers({ file, nodeEnv, devIssuerDir: tempDir() });
        expect(issuers.map((i) => i.issuer)).toEqual(['https://idp.pnp.gov.ph']);
      }
    });

    it('refuses a token of the development issuer', async () => {
      const dev = await loadDevIssuer({ dir: tempDir(), nodeEnv: 'test' });
      const token = await dev.sign({ sub: 'x', country: 'PHL', agency: 'PNP', roles: ['INVESTIGATOR'] });
      const file = issuersFile([{ issuer: 'https://idp.pnp.gov.ph', country: 'PHL', jwks: { keys: [publicJwk] } }]);
      const verifier = createTokenVerifier(await production(file));
      await expect(verifier.verify(`Bearer ${token}`)).rejects.toThrow(/issuer is not trusted/);
    });
  });

  describe('in development', () => {
    it('trusts the development issuer of every jurisdiction, each bound to its own country', async () => {
      for (const nodeEnv of [undefined, '', 'development', 'test']) {
        const issuers = await loadTrustedIssuers({ file: undefined, nodeEnv, devIssuerDir: tempDir() });
        const codes = loadRegistry().jurisdictions.map((j) => j.code);
        expect(issuers.map((i) => [i.issuer, i.country])).toEqual(codes.map((code) => [`corridor-dev:${code}`, code]));
        expect(issuers.every((i) => i.development)).toBe(true);
      }
    });

    it('trusts the listed issuers as well, development ones included', async () => {
      const phl = await testIssuer('https://keycloak.test', 'PHL');
      const file = issuersFile([{ ...phl.trusted, development: true }]);
      const issuers = await loadTrustedIssuers({ file, nodeEnv: 'development', devIssuerDir: tempDir() });
      expect(issuers[0]).toMatchObject({ issuer: 'https://keycloak.test', country: 'PHL', development: true });
      expect(issuers.some((i) => i.issuer === 'corridor-dev:THA')).toBe(true);
      const verifier = createTokenVerifier(issuers);
      await expect(verifier.verify(`Bearer ${await phl.token()}`)).resolves.toMatchObject({ issuer: 'https://keycloak.test' });
    });

    it("refuses a listed issuer that takes the development issuer's name", async () => {
      const file = issuersFile([{ issuer: 'corridor-dev:PHL', country: 'PHL', jwks: { keys: [publicJwk] } }]);
      await expect(loadTrustedIssuers({ file, nodeEnv: 'test', devIssuerDir: tempDir() })).rejects.toThrow(
        /corridor-dev:PHL is the built-in development issuer's name/,
      );
    });
  });
});
