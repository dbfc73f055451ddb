import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';

/**
 * The Apollo Server every Corridor subgraph runs (country, index, operations), with what Apollo
 * installs by default and Corridor never uses turned off:
 * - cache control: nothing reads its hints, and its per-field hook made Apollo wrap every resolver
 *   of the schema, run on every field of every record a trace fetches (about a seventh of a name
 *   search's CPU, BENCHMARKS.md);
 * - inline traces (`ftv1`): they would describe each field's timing to any caller that asks;
 * - the landing page: only the gateway calls a subgraph, and Apollo's page loads its scripts from
 *   Apollo's CDN;
 * - schema and usage reporting: an `APOLLO_KEY` in the environment must send nothing to Apollo.
 */
export function createSubgraphServer<TContext extends BaseContext>(schema: GraphQLSchema): ApolloServer<TContext> {
  return new ApolloServer<TContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
    ],
  });
}
