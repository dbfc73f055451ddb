// The test environment closes a stack that its file's hooks could not: one still starting when
// beforeAll gave up. Run as a jest of its own, since what is checked is the end of a test file.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function runJest(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve('jest/bin/jest'), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

it('closes a stack whose start outlived beforeAll, and the run ends', async () => {
  const originFile = join(mkdtempSync(join(tmpdir(), 'corridor-late-stack-')), 'origin');
  const { code, output } = await runJest(['--testMatch', '**/fixtures/late-stack.fixture.ts', '--testPathIgnorePatterns', '/node_modules/', '--', 'late-stack.fixture.ts'], { LATE_STACK_ORIGIN_FILE: originFile });
  expect(output).toMatch(/Exceeded timeout of 1 ms for a hook/);
  expect(code).toBe(1);
  expect(output).toMatch(/closing 1 test stack\(s\) left open by .*late-stack\.fixture\.ts/);
  // The stack did start, and its gateway no longer answers.
  const origin = readFileSync(originFile, 'utf8');
  await expect(fetch(`${origin}/healthz`)).rejects.toThrow();
}, 120_000);
