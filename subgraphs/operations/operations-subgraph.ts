import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import { operationsSubgraphSdl } from '../../schema/build/subgraph-sdl';
import { contextMasterKey } from '../kit/context/context-key';
import { createContextVerifier } from '../kit/context/verify-context';
import { graphqlHttpHandler } from '../kit/http/graphql-http';
import { listen, sendJson, type Listening } from '../kit/http/listen';
import { createSubgraphServer } from '../kit/subgraph/subgraph-server';
import { missingCountries, sumFigure, type ContributionFigures, type Figure } from './sum-contributions';
import { loadRegistry, type Jurisdiction } from '../../schema/registry/registry';
import { timelineResolvers } from './timeline/timeline-resolvers';
import { facilityResolvers } from './facility/facility-resolvers';

interface OperationRef {
  code: string;
  participatingCountries: string[];
  byCountry: Array<ContributionFigures | null>;
}

const sum = (figure: Figure) => (op: OperationRef) => sumFigure(op.byCountry, figure);

/**
 * The subgraph of derived views: every operation figure is summed from the contributions the
 * gateway fetched from the countries themselves, a trace's timeline is merged from the events the
 * records' owners released, and a facility's cases from the countries' own answers. Nothing is
 * stored anywhere, and a missing country is named, not hidden. `jurisdictions` must be the composed registry's (their record types, their time zones).
 */
export async function startOperationsSubgraph(
  port: number,
  host?: string,
  contextKey = contextMasterKey(),
  jurisdictions: readonly Jurisdiction[] = loadRegistry().jurisdictions,
): Promise<Listening> {
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
    ...timelineResolvers(jurisdictions),
    ...facilityResolvers(),
  };
  const schema = buildSubgraphSchema({ typeDefs: parse(operationsSubgraphSdl(jurisdictions)), resolvers });
  const server = createSubgraphServer(schema);
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
