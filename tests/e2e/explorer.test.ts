// The schema explorer in a real browser (Debian's chromium driven by playwright-core) against the
// in-process stack: loads the page from the gateway, requests a development token, runs the example
// trace and checks the answer on the page. Every request the browser makes is recorded: one to
// any other origin fails the test (the explorer must work with no internet).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestStack, type TestStack } from '../../gateway/stack/in-process';
import { EXPLORER_CSP } from '../../gateway/explorer/explorer-assets';
import { EXPLORER_EXAMPLES } from '../../gateway/explorer/examples';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, '..', 'artifacts');
const haveChromium = existsSync(CHROMIUM);
// In CI the browser test must run: .ci/run installs chromium; a missing one is a failure there.
const browserIt = haveChromium || process.env.CI === 'true' ? it : it.skip;
if (!haveChromium && process.env.CI !== 'true') {
  // eslint-disable-next-line no-console
  console.warn(`explorer browser test skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
}

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

const html = { accept: 'text/html,application/xhtml+xml' };

describe('schema explorer over HTTP', () => {
  it('serves the page to a browser GET of /graphql, with a strict CSP and no other origin', async () => {
    const res = await fetch(stack.gateway.url, { headers: html });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const page = await res.text();
    expect(page).toContain('Corridor schema explorer');
    expect(page).not.toMatch(/<script>(?!<\/script>)/); // no inline script
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//); // nothing from elsewhere
    const assets = [...page.matchAll(/(?:src|href)="(\/explorer\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const path of assets) {
      const asset = await fetch(`${stack.gateway.origin}${path}`);
      expect([path, asset.status]).toEqual([path, 200]);
      expect(asset.headers.get('content-type')).toMatch(/^(text\/javascript|text\/css)/);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('leaves GraphQL over GET and POST as they were: a JSON client still needs a token', async () => {
    const get = await fetch(`${stack.gateway.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(401);
    const post = await stack.query('{ __typename }');
    expect(post.body.data).toEqual({ __typename: 'Query' });
  });

  it.each(EXPLORER_EXAMPLES.map((e) => [e.title, e.query] as const))('answers the saved operation "%s"', async (_title, query) => {
    const { status, body } = await stack.query(query);
    expect([status, body.errors]).toEqual([200, undefined]);
    expect(Object.values(body.data ?? {})[0]).toBeTruthy();
  });

  it('serves the access labels in plain words', async () => {
    const labels = (await (await fetch(`${stack.gateway.origin}/explorer/labels.json`)).json()) as Record<string, { policy: string; words: string }>;
    expect(labels['PersonRecord.dateOfBirth']).toEqual({
      policy: '(INVESTIGATOR | VICTIM_SUPPORT | LIAISON) & PURPOSE',
      words: '(investigator or victim support or liaison) and a declared purpose (X-Purpose)',
    });
  });

  it('signs a development token in development, JSON only, that the gateway accepts', async () => {
    const refused = await fetch(`${stack.gateway.origin}/explorer/dev-token`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(refused.status).toBe(415);
    const bad = await fetch(`${stack.gateway.origin}/explorer/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ country: 'XXX', agency: 'PNP', roles: ['INVESTIGATOR'] }) });
    expect(bad.status).toBe(400);
    const res = await fetch(`${stack.gateway.origin}/explorer/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ country: 'PHL', agency: 'PNP', roles: ['ANALYST'] }) });
    expect(res.status).toBe(200);
    const { token } = (await res.json()) as { token: string };
    const answer = await stack.query('{ __typename }', undefined, { authorization: `Bearer ${token}` });
    expect(answer.body.data).toEqual({ __typename: 'Query' });
  });
});

describe('schema explorer in chromium', () => {
  browserIt('loads from the gateway alone, runs the example trace and shows the answer', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const requests: string[] = [];
    const problems: string[] = [];
    let shot: (() => Promise<unknown>) | undefined;
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      context.on('request', (request) => requests.push(request.url()));
      const page = await context.newPage();
      mkdirSync(ARTIFACTS, { recursive: true });
      shot = () => page.screenshot({ path: join(ARTIFACTS, 'explorer-failure.png') });
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text())) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));

      await page.goto(stack.gateway.url, { waitUntil: 'domcontentloaded' });
      await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
      // A development token for a PHL investigator of the PNP (the bar's defaults), and the purpose.
      await page.click('button[name="dev-token"]');
      await page.locator('[data-testid="who"]', { hasText: 'INVESTIGATOR' }).waitFor();
      expect(await page.inputValue('input[name="purpose"]')).toBe('PHL-2024-0001');
      // The first saved operation is the example trace by passport.
      await page.locator('.graphiql-tab', { hasText: 'TraceByPassport' }).first().click().catch(() => {});
      await page.locator('.graphiql-query-editor', { hasText: 'P4821937B' }).waitFor();
      const answered = page.waitForResponse((r) => r.url() === stack.gateway.url && (r.request().postData() ?? '').includes('TraceByPassport'), { timeout: 60_000 });
      await page.click('.graphiql-execute-button');
      // The whole answer, as the page received it: both countries' records of the same woman.
      const body = (await (await answered).json()) as { data?: { trace?: { records?: { id: string }[] } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data?.trace?.records?.map((r) => r.id.split(':').slice(0, 2).join(':')).sort()).toEqual(['PHL:PNP', 'THA:TIB']);
      // And on the page (the response editor renders only the lines in view: the first record).
      const response = page.locator('.graphiql-response');
      await response.getByText('PHL:PNP:2024-000123').first().waitFor({ timeout: 30_000 });
      // Monaco renders spaces as no-break spaces.
      const text = (await response.innerText()).replace(/\u00a0/g, ' ');
      expect(text).toContain('Maricel Dizon Villanueva');
      expect(text).toContain('1998-03-14');
      expect(text).not.toContain('"errors"');

      await page.screenshot({ path: join(ARTIFACTS, 'explorer-trace.png') });

      // The access labels, in plain words, marked for the caller's roles.
      await page.click('button[aria-label="Show Access labels"]');
      const dateOfBirth = page.locator('li[data-coordinate="PersonRecord.dateOfBirth"]');
      await dateOfBirth.waitFor();
      expect(await dateOfBirth.innerText()).toContain('✓');
      expect(await dateOfBirth.innerText()).toContain('a declared purpose');
      await page.screenshot({ path: join(ARTIFACTS, 'explorer-access-labels.png') });

      const origin = new URL(stack.gateway.url).origin;
      const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
      expect(elsewhere).toEqual([]);
      expect(problems).toEqual([]);
      expect(requests.some((url) => url.includes('.worker'))).toBe(true);
    } catch (error) {
      await shot?.().catch(() => {});
      throw new Error(`${(error as Error).message}\nproblems: ${problems.join(' | ')}\nrequests: ${requests.join(' ')}`);
    } finally {
      await browser.close();
    }
  }, 90_000);
});
