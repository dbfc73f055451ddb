import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { createTokenVerifier } from '../verify-token';
import { tempDir } from './fixtures';

type DevIssuerModule = typeof import('../dev-issuer');

/** A fresh copy of the module, as a separate process (npm start, npm run token) would have. */
function freshModule(): DevIssuerModule {
  let mod: DevIssuerModule | undefined;
  jest.isolateModules(() => {
    mod = jest.requireActual<DevIssuerModule>('../dev-issuer');
  });
  return mod!;
}

const claims = { sub: 'officer-1', country: 'PHL', agency: 'PNP', roles: ['INVESTIGATOR' as const] };

describe('development issuer', () => {
  it('generates a key on first use, in a folder git ignores, readable by its owner only', async () => {
    const dir = tempDir();
    const issuer = await freshModule().loadDevIssuer({ dir, nodeEnv: 'test' });
    expect(readdirSync(dir).sort()).toEqual(['.gitignore', 'key.json']);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('*\n');
    expect(statSync(join(dir, 'key.json')).mode & 0o777).toBe(0o600);
    expect(issuer.jwks.keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', kid: issuer.kid })]);
    expect(issuer.jwks.keys[0]).not.toHaveProperty('d');
  });

  it('reuses the key afterwards, and processes racing to create it agree on one', async () => {
    const dir = tempDir();
    const racing = await Promise.all([1, 2, 3, 4].map(() => freshModule().loadDevIssuer({ dir, nodeEnv: 'development' })));
    const later = await freshModule().loadDevIssuer({ dir, nodeEnv: undefined });
    expect(new Set([...racing, later].map((i) => i.kid)).size).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['.gitignore', 'key.json']);
  });

  it('signs tokens as corridor-dev:<CODE> that its trusted issuers verify', async () => {
    const issuer = await freshModule().loadDevIssuer({ dir: tempDir(), nodeEnv: 'test' });
    const token = await issuer.sign({ ...claims, country: 'KHM', agency: 'NCB', clearance: 3 }, { ttlSec: 600 });
    const payload = decodeJwt(token);
    expect(payload).toMatchObject({ iss: 'corridor-dev:KHM', aud: 'corridor', sub: 'officer-1' });
    expect(payload.exp! - payload.iat!).toBe(600);
    const verifier = createTokenVerifier(issuer.trustedIssuers());
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toEqual({
      sub: 'officer-1',
      country: 'KHM',
      agency: 'NCB',
      roles: ['INVESTIGATOR'],
      clearance: 3,
      issuer: 'corridor-dev:KHM',
    });
  });

  it("does not let one country's development issuer speak for another", async () => {
    const issuer = await freshModule().loadDevIssuer({ dir: tempDir(), nodeEnv: 'test' });
    const phlOnly = createTokenVerifier(issuer.trustedIssuers().filter((i) => i.country === 'PHL'));
    await expect(phlOnly.verify(`Bearer ${await issuer.sign({ ...claims, country: 'THA' })}`)).rejects.toThrow(/issuer is not trusted/);
  });

  it('refuses to exist outside development', async () => {
    const dir = tempDir();
    await expect(freshModule().loadDevIssuer({ dir, nodeEnv: 'production' })).rejects.toThrow(/not available with NODE_ENV=production/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a damaged key file and says how to recover', async () => {
    const dir = tempDir();
    await freshModule().loadDevIssuer({ dir, nodeEnv: 'test' });
    require('node:fs').writeFileSync(join(dir, 'key.json'), '{"alg":"EdDSA"}');
    await expect(freshModule().loadDevIssuer({ dir, nodeEnv: 'test' })).rejects.toThrow(/damaged; delete it/);
  });
});
