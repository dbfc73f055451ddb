// The plugin inside a real Apollo Server: the rewritten response is what goes over HTTP.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { fileSink } from '../file-sink';
import { postgresSink } from '../postgres-sink';
import type { AuditSink } from '../audit-sink';
import { useAudit, type AuditContext } from '../useAudit';
import { capturingLogger, tempFile } from './fixtures';

const typeDefs = `
  type Person { id: ID! name: String }
  type Query { person: Person, version: String }
`;
const resolvers = { Query: { person: () => ({ id: 'PHL:PNP:2024-000123', name: 'Maria' }), version: () => '0.1.0' } };

async function post(sink: AuditSink, query: string) {
  const server = new ApolloServer<AuditContext>({ typeDefs, resolvers, plugins: [useAudit({ sink, log: capturingLogger().log })] });
  await server.start();
  try {
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query } },
      context: async () => ({ requester: { sub: 's', country: 'PHL', agency: 'PNP', roles: ['INVESTIGATOR'], issuer: 'i' }, purpose: 'PHL-2024-0001', requestId: 'r-1' }),
    });
    const body = response.body.kind === 'complete' ? JSON.parse(response.body.string) : undefined;
    return { status: response.status ?? 200, body };
  } finally {
    await server.stop();
  }
}

describe('useAudit in Apollo Server', () => {
  it('serves personal data once audited', async () => {
    const path = tempFile();
    const sink = fileSink({ path });
    try {
      const { status, body } = await post(sink, '{ person { ref: id name } }');
      expect(status).toBe(200);
      expect(body).toEqual({ data: { person: { ref: 'PHL:PNP:2024-000123', name: 'Maria' } } });
      expect((await sink.read()).map((e) => e.event.records)).toEqual([['PHL:PNP:2024-000123']]);
    } finally {
      await sink.close();
      rmSync(dirname(path), { recursive: true, force: true });
    }
  });

  it('answers 503 AUDIT_UNAVAILABLE without the data when the sink is down, and still serves the rest', async () => {
    const down = postgresSink({ pool: 'postgres://postgres@127.0.0.1:1/test' });
    try {
      const { status, body } = await post(down, '{ person { id name } }');
      expect(status).toBe(503);
      expect(body).toEqual({ data: null, errors: [expect.objectContaining({ extensions: { code: 'AUDIT_UNAVAILABLE', requestId: 'r-1' } })] });
      expect(await post(down, '{ version }')).toEqual({ status: 200, body: { data: { version: '0.1.0' } } });
    } finally {
      await down.close();
    }
  });
});
