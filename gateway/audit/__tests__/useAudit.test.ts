import { appendFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { HeaderMap } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { AuditSink } from '../audit-sink';
import { fileSink } from '../file-sink';
import { postgresSink } from '../postgres-sink';
import { collectRecordIds } from '../record-ids';
import { useAudit, type AuditContext, type UseAuditOptions } from '../useAudit';
import { auditEvent, capturingLogger, tempFile } from './fixtures';

const REQUESTER = { sub: 'officer-17', country: 'THA', agency: 'RTP', roles: ['INVESTIGATOR'] as const, clearance: 2, issuer: 'https://idp.rtp.go.th' };
const AT = new Date('2024-10-01T08:00:00.000Z');

interface FakeResponse {
  http: { status?: number; headers: HeaderMap };
  body: { kind: 'single'; singleResult: { data?: Record<string, unknown> | null; errors?: GraphQLFormattedError[] } };
}

/** A request context shaped like the one Apollo Server hands to `willSendResponse`. */
function requestContext(
  data: Record<string, unknown> | null,
  options: { errors?: GraphQLFormattedError[]; contextValue?: AuditContext; requestId?: string } = {},
) {
  const response: FakeResponse = { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data, ...(options.errors && { errors: options.errors }) } } };
  return {
    request: { operationName: 'Trace', http: { method: 'POST', headers: new HeaderMap([['x-request-id', options.requestId ?? 'req-42']]), search: '', body: {} } },
    response,
    contextValue: options.contextValue ?? { requester: REQUESTER, purpose: 'THA-2024-0007' },
    operationName: 'Trace',
    source: 'query Trace { trace { records { id } } }',
    queryHash: 'abc',
  };
}

async function run(options: UseAuditOptions<AuditContext>, ctx: ReturnType<typeof requestContext>) {
  const hooks = await useAudit({ now: () => AT, ...options }).requestDidStart!(ctx as never);
  await (hooks as { willSendResponse: (c: unknown) => Promise<void> }).willSendResponse(ctx);
  return ctx.response;
}

const traceAnswer = () => ({
  trace: {
    records: [
      { id: 'PHL:PNP:2024-000123', names: [{ given: 'Maria' }] },
      { ref: 'THA:RTP:2567-ATPD-000871', names: [{ given: 'Somchai' }] },
      { id: 'INTERPOL:IPSG:D-2024/00042' },
    ],
    jurisdictions: [{ code: 'PHL', status: 'ANSWERED', detail: 'PHL: record PHL:PNP:1 could not be read' }],
  },
});

describe('collectRecordIds', () => {
  it('finds record ids under any key, once each, and nothing else', () => {
    expect(collectRecordIds({ a: ['PHL:PNP:1', { b: 'PHL:PNP:1', c: 'INTERPOL:NCB:2024/12345' }], d: 'PHL-2024-0001', e: 'PHL: not an id', f: 3 })).toEqual([
      'PHL:PNP:1',
      'INTERPOL:NCB:2024/12345',
    ]);
    expect(collectRecordIds(null)).toEqual([]);
  });
});

describe('useAudit', () => {
  let path: string;
  let sink: AuditSink;
  beforeEach(() => {
    path = tempFile();
    sink = fileSink({ path });
  });
  afterEach(async () => {
    await sink.close();
    rmSync(dirname(path), { recursive: true, force: true });
  });

  it('audits an answer with personal data before it leaves, and leaves the answer alone', async () => {
    const ctx = requestContext(traceAnswer());
    const response = await run({ sink, log: capturingLogger().log }, ctx);
    expect(response.body.singleResult.data).toEqual(traceAnswer());
    expect(response.http.status).toBeUndefined();
    const [entry] = await sink.read();
    expect(entry!.event).toEqual({
      at: AT.toISOString(),
      requestId: 'req-42',
      // clearance stays out of the trail
      requester: { sub: 'officer-17', country: 'THA', agency: 'RTP', roles: ['INVESTIGATOR'], issuer: 'https://idp.rtp.go.th' },
      purpose: 'THA-2024-0007',
      operation: 'Trace',
      records: ['PHL:PNP:2024-000123', 'THA:RTP:2567-ATPD-000871', 'INTERPOL:IPSG:D-2024/00042'],
      fields: [],
      outcome: 'SERVED',
    });
  });

  it("adds the policy layer's fields and denied records to the ids found in the answer", async () => {
    const personalData = () => ({
      records: ['VNM:MPS:77'],
      fields: [
        { path: 'trace.records.0.names', decision: 'ALLOWED' as const, rule: 'INVESTIGATOR & PURPOSE', record: 'PHL:PNP:2024-000123' },
        { path: 'trace.records.1.documents', decision: 'DENIED' as const, rule: 'THA:H2' },
      ],
    });
    await run({ sink, log: capturingLogger().log, personalData }, requestContext(traceAnswer()));
    const [entry] = await sink.read();
    expect(entry!.event.records).toEqual(['VNM:MPS:77', 'PHL:PNP:2024-000123', 'THA:RTP:2567-ATPD-000871', 'INTERPOL:IPSG:D-2024/00042']);
    expect(entry!.event.fields).toEqual(personalData().fields);
  });

  it('does not audit an answer without personal data', async () => {
    const ctx = requestContext({ operation: { code: 'LIBERTERRA-II', arrests: 2517 } });
    const response = await run({ sink, log: capturingLogger().log }, ctx);
    expect(response.body.singleResult.data).toEqual({ operation: { code: 'LIBERTERRA-II', arrests: 2517 } });
    expect(await sink.read()).toEqual([]);
  });

  it('audits a refusal of labelled fields as DENIED', async () => {
    const ctx = requestContext(null, {
      errors: [{ message: 'Personal data needs a case reference', extensions: { code: 'PURPOSE_REQUIRED' } }],
      contextValue: { requester: REQUESTER, purpose: null },
    });
    await run({ sink, log: capturingLogger().log, personalData: () => ({ records: [], fields: [{ path: 'trace.records', decision: 'DENIED', rule: 'PURPOSE' }] }) }, ctx);
    const [entry] = await sink.read();
    expect(entry!.event).toMatchObject({ purpose: null, outcome: 'DENIED', records: [] });
  });

  it('records an unauthenticated requester as anonymous rather than dropping the event', async () => {
    await run({ sink, log: capturingLogger().log }, requestContext(traceAnswer(), { contextValue: {} }));
    const [entry] = await sink.read();
    expect(entry!.event.requester).toEqual({ sub: 'anonymous', country: '', agency: '', roles: [], issuer: '' });
  });

  it("takes the context's request id, else a well-formed client one, else a fresh one", async () => {
    const { log } = capturingLogger();
    await run({ sink, log }, requestContext(traceAnswer(), { contextValue: { requester: REQUESTER, requestId: 'gw-1' } }));
    await run({ sink, log }, requestContext(traceAnswer(), { requestId: 'x'.repeat(500) }));
    const [fromContext, fresh] = await sink.read();
    expect(fromContext!.event.requestId).toBe('gw-1');
    expect(fresh!.event.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  describe('fails closed', () => {
    const expectWithheld = (response: FakeResponse) => {
      expect(response.http.status).toBe(503);
      expect(response.http.headers.get('cache-control')).toBe('no-store');
      expect(response.body).toEqual({
        kind: 'single',
        singleResult: {
          data: null,
          errors: [
            {
              message: 'Personal data was withheld because the audit sink is unavailable; try again later.',
              extensions: { code: 'AUDIT_UNAVAILABLE', requestId: 'req-42' },
            },
          ],
        },
      });
      expect(JSON.stringify(response.body)).not.toMatch(/PHL:PNP|Maria|Somchai/);
    };

    it('when PostgreSQL cannot take the event', async () => {
      const down = postgresSink({ pool: 'postgres://postgres@127.0.0.1:1/test' });
      const { log, lines } = capturingLogger();
      try {
        expectWithheld(await run({ sink: down, log }, requestContext(traceAnswer())));
      } finally {
        await down.close();
      }
      expect(lines).toContainEqual(expect.objectContaining({ level: 50, requestId: 'req-42', msg: expect.stringMatching(/withheld/) }));
    });

    it('when the file trail is damaged', async () => {
      await sink.append(auditEvent());
      await sink.close();
      appendFileSync(path, '{"torn');
      sink = fileSink({ path });
      expectWithheld(await run({ sink, log: capturingLogger().log }, requestContext(traceAnswer())));
    });

    it('when the policy layer cannot say what the answer holds', async () => {
      const personalData = () => {
        throw new Error('policy state lost');
      };
      expectWithheld(await run({ sink, log: capturingLogger().log, personalData }, requestContext(traceAnswer())));
      expect(await sink.read()).toEqual([]);
    });
  });
});
