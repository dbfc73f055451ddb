import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import { countrySubgraphSdl, personRecordType } from '../../../schema/build/subgraph-sdl';
import { graphqlHttpHandler } from '../http/graphql-http';
import { listen, sendJson, type Listening } from '../http/listen';
import type { Logger } from '../log';
import { indexFeedHandler } from './index-feed';
import type { NativeAdapter } from './native-adapter';
import { createRecordLoader } from './record-loader';

export interface CountrySubgraphOptions {
  adapter: NativeAdapter;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  host?: string;
  /** Secret for the blind keys published to the index. */
  indexKey: string;
  log: Logger;
}

interface CountryContext {
  records: ReturnType<typeof createRecordLoader>;
}

/** Start one jurisdiction's subgraph: the shared schema, its adapter behind a per-request loader, its index feed. */
export async function startCountrySubgraph({ adapter, port, host, indexKey, log }: CountrySubgraphOptions): Promise<Listening> {
  const typeName = personRecordType(adapter.jurisdiction);
  const resolvers: GraphQLResolverMap<unknown> = {
    PersonRecord: { __resolveType: () => typeName },
    [typeName]: {
      __resolveReference: (ref: { id: string }, context: unknown) => (context as CountryContext).records.load(ref.id),
    },
  };
  const schema = buildSubgraphSchema({ typeDefs: parse(countrySubgraphSdl(adapter.jurisdiction)), resolvers });
  const server = new ApolloServer<CountryContext>({ schema, includeStacktraceInErrorResponses: false, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await server.start();
  const listening = await listen(
    {
      '/graphql': graphqlHttpHandler(server, { context: async () => ({ records: createRecordLoader(adapter) }) }),
      '/index/feed': indexFeedHandler(adapter, indexKey, log),
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok', jurisdiction: adapter.jurisdiction.code }),
    },
    port,
    host,
  );
  return {
    ...listening,
    close: async () => {
      await listening.close();
      await server.stop();
    },
  };
}
