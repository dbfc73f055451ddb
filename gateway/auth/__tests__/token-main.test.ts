import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { loadTrustedIssuers } from '../issuers';
import { createTokenVerifier } from '../verify-token';

const repo = join(__dirname, '..', '..', '..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the token CLI exactly as `npm run -s token -- …` does. */
function token(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'gateway/auth/token-main.ts', ...args], {
      cwd: repo,
      env: { ...process.env, NODE_ENV: 'development', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const JWT_LINE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\n$/;

describe('npm run token', () => {
  it('prints one development token, alone, that the gateway verifies', async () => {
    const run = await token(['--country', 'PHL', '--roles', 'INVESTIGATOR,VICTIM_SUPPORT', '--agency', 'PNP', '--sub', 'officer-7', '--clearance', '2', '--ttl', '2h']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(JWT_LINE);
    const jwt = run.stdout.trim();
    expect(decodeJwt(jwt).exp! - decodeJwt(jwt).iat!).toBe(7200);
    // The CLI and the gateway read the same development key from gateway/auth/.dev-issuer.
    const verifier = createTokenVerifier(await loadTrustedIssuers({ file: undefined, nodeEnv: 'development' }));
    await expect(verifier.verify(`Bearer ${jwt}`)).resolves.toEqual({
      sub: 'officer-7',
      country: 'PHL',
      agency: 'PNP',
      roles: ['INVESTIGATOR', 'VICTIM_SUPPORT'],
      clearance: 2,
      issuer: 'corridor-dev:PHL',
    });
  });

  it.each([
    ['an unknown country', ['--country', 'XYZ', '--roles', 'INVESTIGATOR', '--agency', 'PNP'], /--country XYZ: not a jurisdiction/],
    ['an unknown role', ['--country', 'PHL', '--roles', 'INVESTIGATOR,CHIEF', '--agency', 'PNP'], /unknown role CHIEF/],
    ['a missing agency', ['--country', 'PHL', '--roles', 'INVESTIGATOR'], /--agency is required \(PHL: PNP, BI\)/],
    ['a lifetime past the maximum token age', ['--country', 'PHL', '--roles', 'ANALYST', '--agency', 'PNP', '--ttl', '13h'], /--ttl 13h/],
    ['an unknown option', ['--country', 'PHL', '--roles', 'ANALYST', '--agency', 'PNP', '--admin'], /Unknown option '--admin'/],
  ])('refuses %s with exit 2 and nothing on stdout', async (_what, args, message) => {
    const run = await token(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('refuses to run with NODE_ENV=production', async () => {
    const run = await token(['--country', 'PHL', '--roles', 'INVESTIGATOR', '--agency', 'PNP'], { NODE_ENV: 'production' });
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toMatch(/refusing to sign a development token with NODE_ENV=production/);
  });
});
