// `npm run conformance`: in-process and against a running subgraph; an unreachable or non-GraphQL
// URL is reported as such, with a non-zero exit code.
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadRegistry } from '../../schema/registry/registry';
import { formatReport, runConformance } from '../../subgraphs/kit/conformance/run-conformance';
import { createLogger } from '../../subgraphs/kit/log';
import { startCountrySubgraph } from '../../subgraphs/kit/subgraph/country-subgraph';
import { adapterFactory, nativeSourceStarter } from '../../subgraphs/kit/wiring/adapters';
import { generateScenario } from '../../subgraphs/scenario/generate';
import { TEST_INDEX_KEY } from '../../gateway/stack/in-process';
import { REPO } from './repo-copy';

const run = promisify(execFile);
const cli = (args: string[]) => run(process.execPath, ['--import', 'tsx', join(REPO, 'subgraphs/kit/conformance/main.ts'), ...args], { cwd: REPO, timeout: 120_000 });

let html: Server;
let htmlUrl: string;
beforeAll(async () => {
  html = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>Agency portal</title>');
  });
  await new Promise<void>((r) => html.listen(0, '127.0.0.1', r));
  htmlUrl = `http://127.0.0.1:${(html.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((r) => html.close(() => r())));

describe('npm run conformance', () => {
  it('says an unreachable URL is unreachable and exits non-zero', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    await expect(cli(['--jurisdiction', 'LAO', '--url', `http://127.0.0.1:${port}/graphql`])).rejects.toMatchObject({ code: 1, stdout: expect.stringMatching(/FAIL {2}reachable GraphQL subgraph: unreachable[\s\S]*Result: FAILED/) });
  });

  it('says an HTML page is not a GraphQL endpoint and exits non-zero', async () => {
    await expect(cli(['--jurisdiction', 'LAO', '--url', htmlUrl])).rejects.toMatchObject({ code: 1, stdout: expect.stringMatching(/not a GraphQL endpoint: HTTP 200, text\/html/) });
  });

  it('refuses a jurisdiction that is not registered', async () => {
    await expect(cli(['--jurisdiction', 'XXQ'])).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/XXQ is not in the registry/) });
  });

  it('runs every check in-process, batching included', async () => {
    const report = await runConformance({ jurisdiction: 'IDN' });
    expect(report.results.map((r) => [r.check, r.status])).toEqual([
      ['reachable GraphQL subgraph', 'PASS'],
      ['composes', 'PASS'],
      ['requester context enforced', 'PASS'],
      ['bad native records reported', 'PASS'],
      ['batching (one native call per batch)', 'PASS'],
      ['every shared field mapped', 'PASS'],
    ]);
    expect(report.ok).toBe(true);
  }, 120_000);

  it('against a running subgraph, says batching is not checkable remotely', async () => {
    const j = loadRegistry().byCode('KHM')!;
    const native = await nativeSourceStarter(j)({ scenario: generateScenario(), jurisdiction: j, port: 0 });
    const subgraph = await startCountrySubgraph({ adapter: adapterFactory(j)({ jurisdiction: j, baseUrl: native.origin, timeoutMs: 10_000 }), port: 0, indexKey: TEST_INDEX_KEY, log: createLogger('test', 'silent') });
    try {
      const report = await runConformance({ jurisdiction: 'KHM', url: `${subgraph.origin}/graphql` });
      expect(report.ok).toBe(true);
      expect(report.results.find((r) => r.check.startsWith('batching'))).toMatchObject({ status: 'NOT_CHECKABLE', detail: expect.stringMatching(/^not checkable remotely/) });
      expect(formatReport(report)).toMatch(/N\/A +batching[\s\S]*Result: conforms/);
    } finally {
      await subgraph.close();
      await native.close();
    }
  }, 120_000);

  it('fails a subgraph that drops a bad native record silently', async () => {
    // An adapter that skips its first record instead of reporting it.
    const report = await runConformance({
      jurisdiction: 'KHM',
      wrapAdapter: (real) => ({ ...real, fetchPage: async (c) => { const p = await real.fetchPage(c); return c === null ? { ...p, records: p.records.slice(1) } : p; } }),
    });
    expect(report.ok).toBe(false);
    expect(report.results.find((r) => r.check === 'bad native records reported')).toMatchObject({ status: 'FAIL', detail: expect.stringMatching(/1 went missing silently/) });
  }, 120_000);
});
