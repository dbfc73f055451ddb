// The patch to @apollo/gateway's plan executor (gateway/patches): a parallel branch of entity
// fetches, one per implementation of an interface, runs only the fetches whose type is among the
// entities found, and answers exactly as the unpatched executor would.
import { composeServices } from '@apollo/composition';
import { ApolloGateway, LocalGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { parse } from 'graphql';
import { disableApolloTelemetry } from '../../observability/no-apollo-telemetry';

const spans = new InMemorySpanExporter();
trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] }));

const OWNERS = ['A', 'B', 'C', 'D', 'E'] as const;
const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

/** What the index holds: record references of every owner's type, by id prefix. */
const HELD = ['A-1', 'A-2', 'C-1', 'E-1'];
const indexSdl = parse(`
  ${LINK}
  interface Rec { id: ID! }
  ${OWNERS.map((o) => `type ${o}Rec implements Rec @key(fields: "id", resolvable: false) { id: ID! }`).join('\n')}
  type Query { found(ids: [ID!]!): [Rec]! }
`);
const ownerSdl = (o: string) => parse(`
  ${LINK}
  type ${o}Rec @key(fields: "id") { id: ID! name: String! }
`);

const calls = new Map<string, number>();
function counted(name: string, schema: ReturnType<typeof buildSubgraphSchema>): LocalGraphQLDataSource {
  const source = new LocalGraphQLDataSource(schema);
  const process = source.process.bind(source);
  source.process = (options) => {
    calls.set(name, (calls.get(name) ?? 0) + 1);
    return process(options);
  };
  return source;
}

const subgraphs = [
  {
    name: 'index',
    typeDefs: indexSdl,
    resolvers: {
      Query: { found: (_: unknown, { ids }: { ids: string[] }) => ids.map((id) => (HELD.includes(id) ? { id } : null)) },
      Rec: { __resolveType: ({ id }: { id: string }) => `${id[0]}Rec` },
    },
  },
  ...OWNERS.map((o) => ({
    name: o.toLowerCase(),
    typeDefs: ownerSdl(o),
    resolvers: { [`${o}Rec`]: { __resolveReference: ({ id }: { id: string }) => ({ id, name: `name of ${id}` }) } },
  })),
];

let server: ApolloServer;
beforeAll(async () => {
  const composed = composeServices(subgraphs.map((s) => ({ name: s.name, url: `http://${s.name}.invalid`, typeDefs: s.typeDefs })));
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('; '));
  const schemas = new Map(subgraphs.map((s) => [s.name, buildSubgraphSchema({ typeDefs: s.typeDefs, resolvers: s.resolvers as never })]));
  disableApolloTelemetry();
  const gateway = new ApolloGateway({ supergraphSdl: composed.supergraphSdl, buildService: ({ name }) => counted(name, schemas.get(name)!) });
  server = new ApolloServer({ gateway });
  await server.start();
});
afterAll(() => server?.stop());

const QUERY = `query ($ids: [ID!]!) { found(ids: $ids) { id ${OWNERS.map((o) => `... on ${o}Rec { name }`).join(' ')} } }`;

async function found(ids: string[]) {
  calls.clear();
  spans.reset();
  const response = await server.executeOperation({ query: QUERY, variables: { ids } });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const fetches = spans.getFinishedSpans().filter((s) => s.name === 'gateway.fetch').length;
  return { result: response.body.singleResult, calls: Object.fromEntries(calls), fetches };
}

describe('a parallel branch of entity fetches', () => {
  it('fetches from the owners of the types found, with one fetch span each, and answers in full', async () => {
    const { result, calls: made, fetches } = await found(['A-1', 'C-1', 'A-2', 'X-9']);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ found: [{ id: 'A-1', name: 'name of A-1' }, { id: 'C-1', name: 'name of C-1' }, { id: 'A-2', name: 'name of A-2' }, null] });
    expect(made).toEqual({ index: 1, a: 1, c: 1 });
    // Unpatched, every implementation's fetch opens a span (six here), whether it sends or not.
    expect(fetches).toBe(3);
  });

  it('runs no entity fetch when the index finds nothing', async () => {
    const { result, calls: made, fetches } = await found(['X-1']);
    expect(result).toMatchObject({ data: { found: [null] } });
    expect(made).toEqual({ index: 1 });
    expect(fetches).toBe(1);
  });

  it('still fetches every owner when every type is found', async () => {
    const { result, calls: made, fetches } = await found(['E-1', 'A-1', 'C-1']);
    expect(result.errors).toBeUndefined();
    expect((result.data as { found: { name: string }[] }).found.map((r) => r.name)).toEqual(['name of E-1', 'name of A-1', 'name of C-1']);
    expect(made).toEqual({ index: 1, a: 1, c: 1, e: 1 });
    expect(fetches).toBe(4);
  });
});
