// The gateway's HTTP surface: health, readiness (with real Redis), body limits, supergraph reload.
import { writeFileSync, readFileSync } from 'node:fs';
import { composeSupergraph, registrySubgraphs } from '../../schema/compose/compose';
import { startGateway } from '../../gateway/gateway-server';
import { createLogger } from '../../subgraphs/kit/log';
import { registryOf, startTestStack, type TestStack } from '../../gateway/stack/in-process';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('gateway HTTP', () => {
  it('answers /healthz and /readyz', async () => {
    const origin = stack.gateway.origin;
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    const ready = await fetch(`${origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, supergraph: 'loaded' });
  });

  it('is ready with Redis configured and answering, and not ready when Redis is unreachable', async () => {
    const log = createLogger('test', 'silent');
    const base = { PORT: 0, HOST: '127.0.0.1', SUPERGRAPH_PATH: stack.supergraphPath, MAX_BODY_BYTES: 10_000 };
    const up = await startGateway({ ...base, REDIS_URL }, log);
    const down = await startGateway({ ...base, REDIS_URL: 'redis://127.0.0.1:1' }, log);
    try {
      expect((await fetch(`${up.origin}/readyz`)).status).toBe(200);
      const res = await fetch(`${down.origin}/readyz`);
      expect(res.status).toBe(503);
      expect((await res.json()).checks.redis).not.toBe('ok');
    } finally {
      await up.close();
      await down.close();
    }
  });

  it('refuses a body over the limit and a body that is not JSON, with codes', async () => {
    const big = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename }`, pad: 'x'.repeat(200_000) }) });
    expect(big.status).toBe(413);
    expect((await big.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const bad = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('reloads the supergraph when its file changes, without a restart', async () => {
    const hasTha = async () => (await stack.query('{ __type(name: "ThaPersonRecord") { name } }')).body.data?.__type;
    expect(await hasTha()).toEqual({ name: 'ThaPersonRecord' });
    const original = readFileSync(stack.supergraphPath, 'utf8');
    const phlOnly = registryOf(['PHL']);
    const env = {
      INDEX_URL: `${stack.index.origin}/graphql`,
      OPERATIONS_URL: `${stack.operations.origin}/graphql`,
      SUBGRAPH_URL_PHL: `http://127.0.0.1:${stack.countries.PHL!.subgraphPort}/graphql`,
    };
    writeFileSync(stack.supergraphPath, composeSupergraph(registrySubgraphs(phlOnly, env)));
    try {
      const deadline = Date.now() + 8000;
      while ((await hasTha()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(await hasTha()).toBeNull();
    } finally {
      writeFileSync(stack.supergraphPath, original);
    }
    const deadline = Date.now() + 8000;
    while (!(await hasTha()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await hasTha()).toEqual({ name: 'ThaPersonRecord' });
  });
});
