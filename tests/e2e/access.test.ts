// Authentication, purpose, the signed requester context and the audit trail, through real HTTP.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXAMPLE_TRACE } from '../../gateway/stack/example-trace';
import { startGateway } from '../../gateway/gateway-server';
import { startTestStack, devToken, type TestStack } from '../../gateway/stack/in-process';
import { CONTEXT_HEADER } from '../../subgraphs/kit/context/requester-context';
import { callAsGateway } from '../../subgraphs/kit/context/gateway-call';
import { createContextSigner } from '../../subgraphs/kit/context/sign-context';
import { contextMasterKey } from '../../subgraphs/kit/context/context-key';
import { createLogger } from '../../subgraphs/kit/log';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

const code = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.code;

describe('authentication', () => {
  it('refuses a request without a token, with 401 and UNAUTHENTICATED', async () => {
    const { status, body } = await stack.query(EXAMPLE_TRACE, undefined, null);
    expect(status).toBe(401);
    expect(code(body)).toBe('UNAUTHENTICATED');
    expect(body.data ?? null).toBeNull();
  });

  it.each([
    ['a tampered token', async () => `Bearer ${(await devToken()).replace(/\.(\w)/, '.X$1')}`],
    ['an unsigned token (alg none)', async () => {
      const [, payload] = (await devToken()).split('.');
      return `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    }],
    ['a token that is not a JWT', async () => 'Bearer not-a-token'],
    ['a Basic header', async () => 'Basic dXNlcjpwYXNz'],
  ])('refuses %s', async (_what, authorization) => {
    const { status, body } = await stack.query(EXAMPLE_TRACE, undefined, { authorization: await authorization() });
    expect(status).toBe(401);
    expect(code(body)).toBe('UNAUTHENTICATED');
  });

  it('refuses a malformed purpose, and a case of another jurisdiction', async () => {
    expect(code((await stack.query(EXAMPLE_TRACE, undefined, { purpose: 'drop table' })).body)).toBe('BAD_USER_INPUT');
    expect(code((await stack.query(EXAMPLE_TRACE, undefined, { purpose: 'THA-2024-0415' })).body)).toBe('FORBIDDEN');
  });
});

describe('signed requester context', () => {
  const query = '{ _service { sdl } }';
  const phlUrl = () => `${stack.countries.PHL!.subgraph.origin}/graphql`;

  it('a subgraph reached directly, bypassing the gateway, answers 401', async () => {
    const res = await fetch(phlUrl(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a context signed for another subgraph, with another key, or replayed with another query', async () => {
    const requester = { sub: 'x', country: 'PHL', agency: 'PNP', roles: ['INVESTIGATOR'], clearance: 0, purpose: null, requestId: 'r1' };
    const post = async (token: string, q: string) =>
      (await fetch(phlUrl(), { method: 'POST', headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: token }, body: JSON.stringify({ query: q }) })).status;
    const sign = createContextSigner(contextMasterKey());
    expect(await post(sign(requester, 'tha', query), query)).toBe(401);
    expect(await post(createContextSigner('another-master-key-of-enough-length-0000')(requester, 'phl', query), query)).toBe(401);
    expect(await post(sign(requester, 'phl', '{ __typename }'), query)).toBe(401);
    expect(await post(sign(requester, 'phl', query), query)).toBe(200);
    expect((await callAsGateway(phlUrl(), 'phl', query, {})).status).toBe(200);
  });
});

describe('audit', () => {
  it('writes who, purpose and which records before the answer leaves', async () => {
    const { body } = await stack.query(EXAMPLE_TRACE);
    expect(body.errors).toBeUndefined();
    const trail = readFileSync(join(dirname(stack.supergraphPath), 'audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const last = trail[trail.length - 1].event;
    expect(last).toMatchObject({ requester: { country: 'PHL', agency: 'PNP' }, purpose: 'PHL-2024-0001', outcome: 'SERVED' });
    expect(last.records).toEqual(expect.arrayContaining(['PHL:PNP:2024-000123', 'THA:TIB:2567-TIB-004512']));
  });

  it('fails closed: no personal data leaves when the audit sink cannot take the event', async () => {
    const gateway = await startGateway(
      { PORT: 0, HOST: '127.0.0.1', NODE_ENV: 'test', SUPERGRAPH_PATH: stack.supergraphPath, MAX_BODY_BYTES: 100_000, AUDIT_SINK: 'file', AUDIT_FILE: '/etc/hostname/cannot-be-a-folder/audit.jsonl' },
      createLogger('test', 'silent'),
    );
    try {
      const res = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await devToken()}`, 'x-purpose': 'PHL-2024-0001' },
        body: JSON.stringify({ query: EXAMPLE_TRACE }),
      });
      const answer = (await res.json()) as { data: unknown; errors: { extensions: { code: string } }[] };
      expect(res.status).toBe(503);
      expect(answer.data).toBeNull();
      expect(answer.errors[0]!.extensions.code).toBe('AUDIT_UNAVAILABLE');
      expect(JSON.stringify(answer)).not.toContain('Villanueva');
    } finally {
      await gateway.close();
    }
  });
});
