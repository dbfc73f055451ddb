import { listen, type Listening } from '../../../subgraphs/kit/http/listen';
import type { AuditSink } from '../../audit/audit-sink';
import { fileSink } from '../../audit/file-sink';
import { auditEvent, capturingLogger, tempFile } from '../../audit/__tests__/fixtures';
import type { Requester, Role } from '../../auth/requester';
import { useAuthentication } from '../../auth/useAuthentication';
import { unauthenticated } from '../../auth/verify-token';
import { useAuditTrailRoute } from '../audit-trail-route';

/** Tokens of this test are `<COUNTRY>.<ROLE>`; the real verifier is tested in gateway/auth. */
const verifier = {
  async verify(authorization: string | undefined): Promise<Requester> {
    const match = /^Bearer (\w+)\.(\w+)$/.exec(authorization ?? '');
    if (!match) throw unauthenticated('missing Authorization header');
    return { sub: 'officer-secret-sub', country: match[1]!, agency: 'X', roles: [match[2] as Role], clearance: 0, issuer: 'test' };
  },
};

let server: Listening;
let sink: AuditSink;
let lines: Record<string, unknown>[];

async function start(trail: AuditSink): Promise<void> {
  const logger = capturingLogger();
  lines = logger.lines;
  server = await listen({ '/audit/trail': useAuditTrailRoute({ sink: trail, authenticate: useAuthentication({ verifier }), log: logger.log }) }, 0);
}

const get = async (query = '', headers: Record<string, string> = { authorization: 'Bearer PHL.LIAISON' }, method = 'GET') => {
  const res = await fetch(`${server.origin}/audit/trail${query}`, { method, headers });
  return { res, body: (await res.json()) as Record<string, any> };
};

beforeEach(async () => {
  sink = fileSink({ path: tempFile() });
  await sink.append(auditEvent({ records: ['PHL:PNP:2024-000123', 'THA:TIB:2567-TIB-004512'] }));
  await start(sink);
});
afterEach(async () => {
  await server.close();
  await sink.close();
});

describe('GET /audit/trail', () => {
  it('answers a page, never to be cached', async () => {
    const { res, body } = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({ jurisdiction: 'PHL', next: null, entries: [{ seq: 1, event: { records: ['PHL:PNP:2024-000123'] } }] });
  });

  it('logs the jurisdiction and counts, not the records or who read them', async () => {
    await get('', { authorization: 'Bearer PHL.LIAISON', 'x-request-id': 'trail-1' });
    const line = lines.find((l) => l.msg === 'audit trail read');
    expect(line).toMatchObject({ requestId: 'trail-1', jurisdiction: 'PHL', entries: 1, next: null });
    expect(JSON.stringify(lines)).not.toMatch(/PNP:2024|TIB:2567|officer-secret-sub|officer-17/);
  });

  it('answers errors like GraphQL errors, with the 401 challenge and without the internal http extension', async () => {
    const { res, body } = await get('', {});
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="corridor"');
    expect(body).toEqual({ errors: [{ message: 'authentication failed: missing Authorization header', extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('ignores X-Purpose: reading the trail is not work on a case', async () => {
    expect((await get('', { authorization: 'Bearer PHL.LIAISON', 'x-purpose': 'THA-2024-0001' })).res.status).toBe(200);
  });

  it('refuses other methods with 405', async () => {
    const { res, body } = await get('', { authorization: 'Bearer PHL.LIAISON' }, 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers 503 AUDIT_UNAVAILABLE, and nothing partial, when the trail cannot be read', async () => {
    await server.close();
    const broken: AuditSink = { ...sink, read: () => Promise.reject(new Error('connection refused')) };
    await start(broken);
    const { res, body } = await get('', { authorization: 'Bearer PHL.ANALYST', 'x-request-id': 'trail-2' });
    expect(res.status).toBe(503);
    expect(body).toEqual({ errors: [{ message: expect.stringMatching(/cannot be read/), extensions: { code: 'AUDIT_UNAVAILABLE', requestId: 'trail-2' } }] });
    expect(lines.find((l) => l.msg === 'audit trail could not be read')).toMatchObject({ requestId: 'trail-2', err: 'connection refused' });
  });
});
