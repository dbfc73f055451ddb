// The limits inside a real Apollo Server: what a client gets, and that nothing was resolved.
import { useLimits, type LimitsOptions } from '../useLimits';
import { testServer } from './fixtures';

const limits: LimitsOptions = { maxDepth: 3, maxAliases: 1, maxRootFields: 2, maxTokens: 12, maxCost: 12, listFactor: 10 };

async function withServer(run: (server: Awaited<ReturnType<typeof testServer>>) => Promise<void>, options: LimitsOptions = limits, maxTokens: number | undefined = options.maxTokens) {
  const server = await testServer({ plugins: [useLimits(options)], ...(maxTokens !== undefined && { parseOptions: { maxTokens } }) });
  try {
    await run(server);
  } finally {
    await server.stop();
  }
}

describe('useLimits', () => {
  it.each([
    // [limit, at the limit, one over]
    ['depth', '{ trace { records { id } } }', '{ trace { records { names { full } } } }', 3, 4],
    ['aliases', '{ trace { i: id } }', '{ trace { i: id j: id } }', 1, 2],
    ['rootFields', '{ version trace { id } }', '{ version v: version trace { id } }', 2, 3],
    // trace 1 + records (1 + 10 × id 1) = 12; one more field on the trace is 13.
    ['cost', '{ trace { records { id } } }', '{ trace { id records { id } } }', 12, 13],
  ])('%s: answers at the limit, refuses one over with QUERY_TOO_COMPLEX naming it, resolving nothing', async (limit, at, over, maximum, actual) => {
    await withServer(async (server) => {
      const accepted = await server.post({ query: at });
      expect(accepted.body.errors).toBeUndefined();
      expect(server.calls.trace).toBe(1);

      const refused = await server.post({ query: over });
      expect(refused.status).toBe(400);
      expect(refused.body).toEqual({
        errors: [{ message: expect.stringMatching(/^The operation is too complex: its .+ is \d+, over the maximum of \d+ \(MAX_[A-Z_]+\)\.$/), extensions: { code: 'QUERY_TOO_COMPLEX', limit, maximum, actual } }],
      });
      expect(server.calls.trace).toBe(1);
    }, { ...limits, maxTokens: 100 });
  });

  it('tokens: the parser stops at the limit, and the client gets QUERY_TOO_COMPLEX, not a syntax error', async () => {
    await withServer(async (server) => {
      const at = await server.post({ query: '{ trace { i: id records { id } } }' }); // 12 tokens
      expect(at.body.errors).toBeUndefined();
      const refused = await server.post({ query: '{ trace { i: id records { id } } version }' }); // 13
      expect(refused.status).toBe(400);
      expect(refused.body).toEqual({
        errors: [{ message: 'The operation is too complex: the document has more than 12 tokens (MAX_TOKENS).', extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', maximum: 12 } }],
      });
      expect(server.calls.trace).toBe(1);
    }, { ...limits, maxCost: 100 });
  });

  it('tokens: without the parser option the document is still refused, after parsing', async () => {
    await withServer(async (server) => {
      const refused = await server.post({ query: '{ trace { i: id records { id } } version }' });
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', maximum: 12 });
      expect(server.calls.trace).toBe(0);
    }, limits, undefined);
  });

  it('a short syntax error stays a syntax error, and a validation error a validation error', async () => {
    await withServer(async (server) => {
      expect((await server.post({ query: '{ trace {' })).body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      expect((await server.post({ query: '{ nope }' })).body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  it('reports the first limit exceeded, in the order depth, aliases, root fields, cost', async () => {
    await withServer(async (server) => {
      const { body } = await server.post({ query: '{ a: trace { records { names { full } } } b: trace { id } version }' });
      expect(body.errors?.[0]?.extensions?.limit).toBe('depth');
    }, { ...limits, maxTokens: 100 });
  });

  it('lets the README-sized operations through with its defaults', async () => {
    await withServer(async (server) => {
      const { body } = await server.post({ query: '{ trace { id records { id names { full script } events { type when { iso } } } jurisdictions { code } } operation(code: "LIBERTERRA-II") { code byCountry { code } } }' });
      expect(body.errors).toBeUndefined();
    }, {});
  });
});
