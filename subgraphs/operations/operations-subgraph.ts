import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import { operationsSubgraphSdl } from '../../schema/build/subgraph-sdl';
import { contextMasterKey } from '../kit/context/context-key';
import { createContextVerifier } from '../kit/context/verify-context';
import { graphqlHttpHandler } from '../kit/http/graphql-http';
import { listen, sendJson, type Listening } from '../kit/http/listen';
import { missingCountries, sumFigure, type ContributionFigures, type Figure } from './sum-contributions';

interface OperationRef {
  code: string;
  participatingCountries: string[];
  byCountry: Array<ContributionFigures | null>;
}

const sum = (figure: Figure) => (op: OperationRef) => sumFigure(op.byCountry, figure);

/**
 * The totals subgraph: every figure is summed from the contributions the gateway fetched from the
 * countries themselves. No total is stored anywhere, and a missing country is named, not hidden.
 */
export async function startOperationsSubgraph(port: number, host?: string, contextKey = contextMasterKey()): Promise<Listening> {
  const verify = createContextVerifier(contextKey, 'operations');
  const resolvers: GraphQLResolverMap<unknown> = {
    Operation: {
      __resolveReference: (ref: OperationRef) => ref,
      countryCount: (op: OperationRef) => op.participatingCountries.length,
      victimsRescued: sum('victimsRescued'),
      arrests: sum('arrests'),
      arrestsForTraffickingOrSmuggling: sum('arrestsForTraffickingOrSmuggling'),
      irregularMigrantsIdentified: sum('irregularMigrantsIdentified'),
      skippedRecords: sum('skippedRecords'),
      missingCountries: (op: OperationRef) => missingCountries(op.participatingCountries, op.byCountry),
      complete: (op: OperationRef) => missingCountries(op.participatingCountries, op.byCountry).length === 0,
    },
  };
  const schema = buildSubgraphSchema({ typeDefs: parse(operationsSubgraphSdl()), resolvers });
  const server = new ApolloServer({ schema, includeStacktraceInErrorResponses: false, stopOnTerminationSignals: false, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await server.start();
  const listening = await listen(
    {
      '/graphql': graphqlHttpHandler(server, { context: async ({ req, body }) => ({ requester: await verify(req.headers, body) }) }),
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok' }),
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
