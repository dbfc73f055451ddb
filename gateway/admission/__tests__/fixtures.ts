import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type PersistedQueryOptions } from '@apollo/server';
import type { ParseOptions } from 'graphql';
import pino from 'pino';

/** A small schema shaped like Corridor's: a root field with a list of records holding lists. */
export const typeDefs = `
  type Query { trace(ids: [String!]): Trace, operation(code: String!): Operation, version: String }
  type Trace { id: ID!, records: [Record]!, jurisdictions: [Status!]! }
  type Record { id: ID!, names: [Name!], events: [Event!], links: [[Record!]!] }
  type Name { full: String, script: String }
  type Event { type: String, when: When }
  type When { iso: String }
  type Status { code: String }
  type Operation { code: String, byCountry: [Status!]! }
`;

/** Counts what was actually resolved: a refused operation resolves nothing. */
export function countingResolvers() {
  const calls = { trace: 0 };
  const record = { id: 'PHL:1', names: [{ full: 'Maria', script: 'Latn' }], events: [{ type: 'RESCUE', when: { iso: '2024-10-02' } }], links: [] };
  return {
    calls,
    resolvers: {
      Query: {
        trace: () => {
          calls.trace += 1;
          return { id: 't', records: [record], jurisdictions: [{ code: 'PHL' }] };
        },
        operation: () => ({ code: 'LIBERTERRA-II', byCountry: [] }),
        version: () => '0.1.0',
      },
    },
  };
}

export interface TestServerOptions {
  plugins: ApolloServerPlugin[];
  parseOptions?: ParseOptions;
  persistedQueries?: PersistedQueryOptions;
}

/** An Apollo Server on the small schema; `post` answers what would go over HTTP. */
export async function testServer(options: TestServerOptions) {
  const { calls, resolvers } = countingResolvers();
  const server = new ApolloServer({ typeDefs, resolvers, includeStacktraceInErrorResponses: false, ...options });
  await server.start();
  return {
    calls,
    async post(body: Record<string, unknown>) {
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body },
        context: async () => ({}),
      });
      const text = response.body.kind === 'complete' ? response.body.string : '';
      return { status: response.status ?? 200, body: JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] } };
    },
    stop: () => server.stop(),
  };
}

export const silentLog = pino({ level: 'silent' });

/** Write a file in a fresh temporary folder; returns its path. */
export function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'corridor-admission-')), name);
  writeFileSync(path, content);
  return path;
}
