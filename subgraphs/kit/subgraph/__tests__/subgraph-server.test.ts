// What Apollo Server installs by default and a Corridor subgraph must not run.
import { HeaderMap } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLResolveInfo } from 'graphql';
import { createSubgraphServer } from '../subgraph-server';
import { restoreEnvAfterEach } from '../../../../tests/support/restore-env';

/* eslint-disable @typescript-eslint/no-require-imports */
const schemaReporting = require('@apollo/server/plugin/schemaReporting') as { ApolloServerPluginSchemaReporting: () => object };
/* eslint-enable @typescript-eslint/no-require-imports */
const APOLLO_ENV = ['APOLLO_KEY', 'APOLLO_GRAPH_REF', 'APOLLO_SCHEMA_REPORTING'] as const;

const typeDefs = parse('extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"]) type Query { probe: String }');

/** A subgraph whose one field records the `info` its resolver was given. */
function probeServer() {
  const seen: GraphQLResolveInfo[] = [];
  const schema = buildSubgraphSchema({ typeDefs, resolvers: { Query: { probe: (_: unknown, __: unknown, ___: unknown, info: GraphQLResolveInfo) => (seen.push(info), 'here') } } });
  return { server: createSubgraphServer(schema), seen };
}

describe('a subgraph server', () => {
  restoreEnvAfterEach(APOLLO_ENV);
  afterEach(() => jest.restoreAllMocks());

  it('leaves resolvers unwrapped: no cache-control hook runs on its fields', async () => {
    const { server, seen } = probeServer();
    await server.start();
    try {
      const res = await server.executeOperation({ query: '{ probe }' });
      expect(res.body.kind === 'single' && res.body.singleResult.data).toEqual({ probe: 'here' });
      // Apollo's cache-control plugin hands each resolver an `info.cacheControl`; without it, none.
      expect(seen).toHaveLength(1);
      expect((seen[0] as GraphQLResolveInfo & { cacheControl?: unknown }).cacheControl).toBeUndefined();
    } finally {
      await server.stop();
    }
  });

  it('serves no landing page: a browser asking for HTML gets no Apollo page', async () => {
    const { server } = probeServer();
    await server.start();
    try {
      const headers = new HeaderMap([['accept', 'text/html']]);
      const res = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: 'GET', headers, search: '', body: undefined }, context: async () => ({}) });
      expect(res.headers.get('content-type') ?? '').not.toContain('text/html');
    } finally {
      await server.stop();
    }
  });

  it('reports nothing to Apollo, even when the environment asks for it', async () => {
    Object.assign(process.env, { APOLLO_KEY: 'service:corridor:not-a-real-key', APOLLO_GRAPH_REF: 'corridor@test', APOLLO_SCHEMA_REPORTING: 'true' });
    const built = jest.spyOn(schemaReporting, 'ApolloServerPluginSchemaReporting').mockImplementation(() => ({}));
    const { server } = probeServer();
    await server.start();
    try {
      expect(built).not.toHaveBeenCalled();
    } finally {
      await server.stop();
    }
  });
});
