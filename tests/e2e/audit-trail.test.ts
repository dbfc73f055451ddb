// A jurisdiction reads the audit trail of its own records, and only its own (SPEC §5), through
// real HTTP: `GET /audit/trail` on the real gateway over real PHL and THA subgraphs.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { collectRecordIds } from '../../gateway/audit/record-ids';
import { startGateway } from '../../gateway/gateway-server';
import { EXAMPLE_PURPOSE, EXAMPLE_TRACE } from '../../gateway/stack/example-trace';
import { devToken, startTestStack, type Asker, type TestStack } from '../../gateway/stack/in-process';
import { createLogger } from '../../subgraphs/kit/log';

interface TrailEntry {
  seq: number;
  event: { requestId: string; requester: { country: string; agency: string }; purpose: string | null; records: string[]; fields: unknown[]; outcome: string };
}
interface TrailBody {
  jurisdiction?: string;
  entries?: TrailEntry[];
  next?: number | null;
  errors?: { message: string; extensions: { code: string } }[];
}

let stack: TestStack;
const trailFile = () => join(dirname(stack.supergraphPath), 'audit.jsonl');

/** The example trace as a PHL investigator with a purpose; the request id finds its entry later. */
async function runTrace(requestId: string, url = stack.gateway.url): Promise<string[]> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await devToken()}`, 'x-purpose': EXAMPLE_PURPOSE, 'x-request-id': requestId },
    body: JSON.stringify({ query: EXAMPLE_TRACE }),
  });
  const body = (await res.json()) as { data?: { trace: { records: { jurisdiction: string }[] } }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!.trace.records.map((r) => r.jurisdiction);
}

/** `GET /audit/trail` as someone (a LIAISON of PNP unless told otherwise); `null`: no token. */
async function readTrail(as: Asker | null, query = ''): Promise<{ status: number; body: TrailBody }> {
  const headers: Record<string, string> = {};
  if (as) headers.authorization = as.authorization ?? `Bearer ${await devToken({ roles: ['LIAISON'], agency: 'PNP', ...as })}`;
  const res = await fetch(`${stack.gateway.origin}/audit/trail${query}`, { headers });
  return { status: res.status, body: (await res.json()) as TrailBody };
}

const entryOf = (body: TrailBody, requestId: string) => body.entries?.find((e) => e.event.requestId === requestId);
const code = (body: TrailBody) => body.errors?.[0]?.extensions.code;

beforeAll(async () => {
  stack = await startTestStack();
  expect(new Set(await runTrace('trail-e2e-trace'))).toEqual(new Set(['PHL', 'THA']));
});
afterAll(() => stack?.close());

describe('GET /audit/trail', () => {
  it("shows a PHL liaison the trace's entry with only PHL's records", async () => {
    const { status, body } = await readTrail({ country: 'PHL', agency: 'PNP' });
    expect(status).toBe(200);
    expect(body.jurisdiction).toBe('PHL');
    const entry = entryOf(body, 'trail-e2e-trace')!;
    expect(entry.event).toMatchObject({ requester: { country: 'PHL', agency: 'PNP' }, purpose: EXAMPLE_PURPOSE, outcome: 'SERVED' });
    expect(entry.event.records).toContain('PHL:PNP:2024-000123');
    // Nowhere in the entry, not only in `records`, is a record of another country.
    expect(collectRecordIds(entry).every((id) => id.startsWith('PHL:'))).toBe(true);
  });

  it('shows a THA liaison the same request with only THA records', async () => {
    const phl = entryOf((await readTrail({ country: 'PHL', agency: 'PNP' })).body, 'trail-e2e-trace')!;
    const { status, body } = await readTrail({ country: 'THA', agency: 'RTP' });
    expect(status).toBe(200);
    expect(body.jurisdiction).toBe('THA');
    const entry = entryOf(body, 'trail-e2e-trace')!;
    expect(entry.seq).toBe(phl.seq);
    expect(entry.event.records).toContain('THA:TIB:2567-TIB-004512');
    expect(collectRecordIds(entry).every((id) => id.startsWith('THA:'))).toBe(true);
  });

  it('lets an analyst read it too', async () => {
    const { status, body } = await readTrail({ country: 'THA', agency: 'RTP', roles: ['ANALYST'] });
    expect(status).toBe(200);
    expect(entryOf(body, 'trail-e2e-trace')).toBeDefined();
  });

  it('shows a country whose records were not touched no entry at all', async () => {
    const { status, body } = await readTrail({ country: 'VNM', agency: 'MPS' });
    expect(status).toBe(200);
    expect(body).toEqual({ jurisdiction: 'VNM', entries: [], next: null });
  });

  it('refuses an investigator, and a liaison asking for another country, with 403', async () => {
    const investigator = await readTrail({ roles: ['INVESTIGATOR'] });
    expect(investigator.status).toBe(403);
    expect(code(investigator.body)).toBe('FORBIDDEN');
    const other = await readTrail({ country: 'PHL' }, '?jurisdiction=THA');
    expect(other.status).toBe(403);
    expect(code(other.body)).toBe('FORBIDDEN');
    expect(JSON.stringify(other.body)).not.toContain('THA:');
  });

  it('refuses a request without a valid token with 401', async () => {
    for (const as of [null, { authorization: 'Bearer not-a-token' }]) {
      const { status, body } = await readTrail(as);
      expect(status).toBe(401);
      expect(code(body)).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a malformed limit or after with 400 and says what is expected', async () => {
    const { status, body } = await readTrail({}, '?limit=abc');
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ message: 'limit must be a whole number from 1 to 1000', extensions: { code: 'BAD_USER_INPUT' } }]);
    expect((await readTrail({}, '?after=-3')).status).toBe(400);
    expect((await readTrail({}, '?limit=1001')).status).toBe(400);
  });

  it('pages with after and next, each entry once, in order', async () => {
    await runTrace('trail-e2e-page-1');
    await runTrace('trail-e2e-page-2');
    const whole = (await readTrail({}, '?limit=1000')).body;
    expect(whole.next).toBeNull();
    const seen: number[] = [];
    let after: number | null = 0;
    while (after !== null) {
      const { status, body } = await readTrail({}, `?limit=2&after=${after}`);
      expect(status).toBe(200);
      expect(body.entries!.length).toBeLessThanOrEqual(2);
      seen.push(...body.entries!.map((e) => e.seq));
      after = body.next!;
    }
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual(whole.entries!.map((e) => e.seq));
    const last = whole.entries![whole.entries!.length - 1]!;
    expect(last.event.requestId).toBe('trail-e2e-page-2');
    expect((await readTrail({}, `?after=${last.seq}`)).body).toEqual({ jurisdiction: 'PHL', entries: [], next: null });
  });

  it('writes nothing when read: the trail is the same before and after', async () => {
    const before = readFileSync(trailFile(), 'utf8');
    await readTrail({});
    await readTrail({ country: 'THA', agency: 'RTP' }, '?limit=1');
    await readTrail({ roles: ['INVESTIGATOR'] });
    expect(readFileSync(trailFile(), 'utf8')).toBe(before);
  });
});

describe('POLICIES=off (benchmarks only)', () => {
  it('audits nothing and enforces no label, but still needs a token', async () => {
    const auditFile = join(mkdtempSync(join(tmpdir(), 'corridor-off-')), 'audit.jsonl');
    const gateway = await startGateway(
      { PORT: 0, HOST: '127.0.0.1', NODE_ENV: 'test', SUPERGRAPH_PATH: stack.supergraphPath, MAX_BODY_BYTES: 100_000, AUDIT_SINK: 'file', AUDIT_FILE: auditFile, POLICIES: 'off' },
      createLogger('test', 'silent'),
    );
    try {
      expect(new Set(await runTrace('trail-e2e-off', gateway.url))).toEqual(new Set(['PHL', 'THA']));
      // Without a purpose the gateway's field labels answer PURPOSE_REQUIRED; switched off, they
      // do not. The owners' release rules are the subgraphs' and stay on in both modes.
      const noPurpose = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await devToken()}` },
        body: JSON.stringify({ query: EXAMPLE_TRACE }),
      });
      const { errors = [] } = (await noPurpose.json()) as { errors?: { extensions: { code: string; rule?: string } }[] };
      expect(errors.map((e) => e.extensions.code)).not.toContain('PURPOSE_REQUIRED');
      expect(errors.every((e) => e.extensions.rule?.startsWith('originator:'))).toBe(true);
      expect(existsSync(auditFile)).toBe(false);
      const anonymous = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: EXAMPLE_TRACE }) });
      expect(anonymous.status).toBe(401);
    } finally {
      await gateway.close();
    }
  });
});
