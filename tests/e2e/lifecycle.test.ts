// What operators rely on: access logs without personal data, one trace across gateway and
// subgraphs, a supergraph reloaded under load, a graceful stop, and a start refused on bad config.
import { spawn } from 'node:child_process';
import type { IncomingHttpHeaders } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { startGateway, type RunningGateway } from '../../gateway/gateway-server';
import { EXAMPLE_TRACE } from '../../gateway/stack/example-trace';
import { devToken, startTestStack, type TestStack } from '../../gateway/stack/in-process';
import { createLogger } from '../../subgraphs/kit/log';
import { startTracing } from '../../subgraphs/kit/tracing';

const ROOT = join(__dirname, '..', '..');
const spans = new InMemorySpanExporter();
const lines: Record<string, unknown>[] = [];
const rawLog: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    rawLog.push(String(chunk));
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});

let stack: TestStack;
/** A gateway over the stack's supergraph that logs to `lines`, polling the file every 200 ms. */
let gateway: RunningGateway;
let token: string;

beforeAll(async () => {
  // Registered before anything starts, as gateway/main.ts does: every span goes to `spans`.
  await startTracing({ service: 'test', exporter: spans });
  // A generous feed budget: the first read of every feed must succeed for a trace to find records.
  stack = await startTestStack({ nativeTimeoutMs: 20_000 });
  gateway = await startGateway(
    { PORT: 0, HOST: '127.0.0.1', NODE_ENV: 'test', SUPERGRAPH_PATH: stack.supergraphPath, MAX_BODY_BYTES: 100_000, SUBGRAPH_TIMEOUT_MS: 15_000, AUDIT_SINK: 'file', AUDIT_FILE: join(stack.supergraphPath, '..', 'audit-lifecycle.jsonl'), SUPERGRAPH_POLL_MS: 200 },
    createLogger('gateway', 'info', sink),
  );
  token = await devToken();
}, 180_000);
afterAll(async () => {
  await gateway?.close(100).catch(() => {});
  await stack?.close().catch(() => {});
});

const ask = (query: string, headers: Record<string, string> = {}) =>
  fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'PHL-2024-0001', ...headers },
    body: JSON.stringify({ query }),
  });

/** Every request the PHL subgraph receives, by its headers, while `run` runs. */
async function phlHeaders(run: () => Promise<unknown>): Promise<IncomingHttpHeaders[]> {
  const seen: IncomingHttpHeaders[] = [];
  const server = stack.countries.PHL!.subgraph.server;
  const listener = (req: { headers: IncomingHttpHeaders; url?: string }) => req.url?.startsWith('/graphql') && seen.push(req.headers);
  server.on('request', listener);
  try {
    await run();
  } finally {
    server.off('request', listener);
  }
  return seen;
}

describe('access log', () => {
  it('writes one line per request with who, why, what and how it went, and passes the request id on', async () => {
    let status = 0;
    const headers = await phlHeaders(async () => {
      const res = await ask(`query Trace ${EXAMPLE_TRACE}`, { 'x-request-id': 'req-lifecycle-1' });
      status = res.status;
      expect(res.headers.get('x-request-id')).toBe('req-lifecycle-1');
      const json = await res.json();
      expect(json.data.trace.records.length).toBeGreaterThanOrEqual(1);
    });
    expect(status).toBe(200);
    expect(headers.map((h) => h['x-request-id'])).toContain('req-lifecycle-1');
    const line = lines.find((l) => l.requestId === 'req-lifecycle-1' && l.msg === 'graphql request');
    expect(line).toMatchObject({
      service: 'gateway',
      officer: 'test-officer',
      country: 'PHL',
      agency: 'PNP',
      purpose: 'PHL-2024-0001',
      operationName: 'Trace',
      operationType: 'query',
      status: 200,
      errorCodes: [],
    });
    expect(line!.issuer).toEqual(expect.any(String));
    expect(line!.records).toBeGreaterThanOrEqual(2);
    expect(line!.durationMs).toEqual(expect.any(Number));
  });

  it('logs a refused request with its code and a fresh request id', async () => {
    const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.status).toBe(401);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.find((l) => l.requestId === id)).toMatchObject({ status: 401, errorCodes: ['UNAUTHENTICATED'] });
  });

  it('never carries a name, an identifier, a variable or a record id', () => {
    const all = rawLog.join('');
    expect(all).toContain('graphql request');
    expect(all).not.toMatch(/Villanueva|P4821937B|PHL:PNP:|Bearer|eyJ/);
  });
});

describe('tracing', () => {
  it('joins the gateway span and every subgraph span in one trace, through traceparent', async () => {
    spans.reset();
    const headers = await phlHeaders(async () => expect((await ask(EXAMPLE_TRACE)).status).toBe(200));
    const finished = spans.getFinishedSpans();
    const request = finished.find((s) => s.name === 'gateway.request');
    expect(request).toBeDefined();
    const traceId = request!.spanContext().traceId;
    const inTrace = finished.filter((s) => s.spanContext().traceId === traceId);
    const served = inTrace.filter((s) => s.name === 'POST /graphql').map((s) => s.attributes['corridor.service']);
    expect(served).toEqual(expect.arrayContaining(['gateway', 'index', 'phl', 'tha']));
    expect(inTrace.filter((s) => s.name === 'gateway.fetch').length).toBeGreaterThanOrEqual(2);
    // The PHL subgraph was handed the trace context, and its span is a child of a gateway fetch.
    expect(headers.map((h) => String(h.traceparent))).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`))]));
    const phl = inTrace.find((s) => s.attributes['corridor.service'] === 'phl')!;
    const fetchIds = inTrace.filter((s) => s.name === 'gateway.fetch').map((s) => s.spanContext().spanId);
    expect(fetchIds).toContain(phl.parentSpanContext?.spanId);
  });
});

describe('supergraph reload', () => {
  it('keeps answering, with no error and no dropped connection, while the file is rewritten', async () => {
    const original = readFileSync(stack.supergraphPath, 'utf8');
    let writing = true;
    const failures: string[] = [];
    let answered = 0;
    const worker = async () => {
      while (writing) {
        try {
          const res = await ask(EXAMPLE_TRACE);
          const body = await res.json();
          if (res.status !== 200 || body.errors) failures.push(`${res.status} ${JSON.stringify(body.errors)}`);
          else answered++;
        } catch (error) {
          failures.push((error as Error).message);
        }
      }
    };
    const workers = [worker(), worker(), worker()];
    const reloadsBefore = lines.filter((l) => l.msg === 'supergraph reloaded').length;
    try {
      for (let i = 1; i <= 4; i++) {
        await new Promise((r) => setTimeout(r, 300));
        // A different text each time (Apollo skips a supergraph it already runs).
        writeFileSync(stack.supergraphPath, `${original}\n# reload ${i}\n`);
        await waitFor(async () => lines.filter((l) => l.msg === 'supergraph reloaded').length - reloadsBefore >= i, 15_000);
      }
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      writing = false;
      await Promise.all(workers);
      writeFileSync(stack.supergraphPath, original);
    }
    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(5);
    expect(lines.filter((l) => l.msg === 'supergraph reloaded').length - reloadsBefore).toBe(4);
    const ready = await fetch(`${gateway.origin}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('keeps the running supergraph when a new file is refused, and says so in /readyz', async () => {
    const original = readFileSync(stack.supergraphPath, 'utf8');
    try {
      writeFileSync(stack.supergraphPath, 'this is not a supergraph');
      await waitFor(async () => (await (await fetch(`${gateway.origin}/readyz`)).json()).lastReloadError !== undefined);
      const ready = await fetch(`${gateway.origin}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ ready: true, supergraph: 'loaded', checks: { supergraph: 'ok' }, lastReloadError: expect.any(String) });
      expect((await ask(EXAMPLE_TRACE)).status).toBe(200);
    } finally {
      writeFileSync(stack.supergraphPath, original);
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes the request in flight, then refuses new connections', async () => {
    expect((await fetch(`${gateway.origin}/readyz`)).status).toBe(200);
    // Slow native sources (set after the index has read its feeds), so the request is still in
    // flight when the stop begins.
    for (const country of Object.values(stack.countries)) country.native.setLatency(500);
    let answered = false;
    const inFlight = ask(EXAMPLE_TRACE).finally(() => (answered = true));
    await new Promise((r) => setTimeout(r, 200));
    expect(answered).toBe(false);
    const started = Date.now();
    const closed = gateway.close(10_000);
    // Not ready at once: a probe's new connection is refused while the request still runs.
    await expect(fetch(`${gateway.origin}/readyz`)).rejects.toThrow();
    const res = await inFlight;
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.trace.records.map((r: { jurisdiction: string }) => r.jurisdiction).sort()).toEqual(['PHL', 'THA']);
    await closed;
    // Closed as soon as the last request was answered, not at the end of the grace period.
    expect(Date.now() - started).toBeLessThan(5000);
    await expect(fetch(`${gateway.origin}/healthz`)).rejects.toThrow();
  });
});

describe('configuration', () => {
  it.each([
    ['PORT', 'abc'],
    ['SUBGRAPH_TIMEOUT_MS', '-1'],
    ['SHUTDOWN_GRACE_MS', 'soon'],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'not a url'],
  ])('refuses to start with %s=%s, naming the option and the value', async (name, value) => {
    const { code, stderr } = await runMain({ [name]: value });
    expect(code).not.toBe(0);
    expect(stderr).toContain(name);
    expect(stderr).toContain(JSON.stringify(value));
  }, 60_000);
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

function runMain(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'gateway', 'main.ts')], { cwd: ROOT, env: { ...process.env, PORT: '0', LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}
