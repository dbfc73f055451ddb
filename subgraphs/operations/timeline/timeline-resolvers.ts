import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { corridorError } from '../../../schema/errors';
import type { Jurisdiction } from '../../../schema/registry/registry';
import { buildTimeline, type RequiredRecord } from './build-timeline';

/** A trace as the gateway hands it over: its key and, through `@requires`, its records' events. */
interface TraceRef {
  id: string;
  records?: ReadonlyArray<RequiredRecord | null>;
}

/**
 * Resolvers of `Trace.timeline` (schema/shared/timeline.graphql). Stateless: everything comes in
 * the trace's representation, fetched by the gateway from each record's owner for this request.
 */
export function timelineResolvers(jurisdictions: readonly Jurisdiction[]): GraphQLResolverMap<unknown> {
  const zones = new Map(jurisdictions.map((j) => [j.code, j.timeZone]));
  const zoneOf = (code: string) => zones.get(code) ?? 'UTC';
  return {
    Trace: {
      __resolveReference: (ref: TraceRef) => ref,
      timeline: (trace: TraceRef) => {
        // Without the records an empty timeline would read as "nothing happened": refuse instead.
        if (!Array.isArray(trace.records)) throw corridorError('INTERNAL_SERVER_ERROR', 'the timeline was asked without the records it is computed from');
        return buildTimeline(trace.records, zoneOf);
      },
    },
    // Entries carry their record's concrete type, so the gateway can complete it from the owner.
    PersonRecord: { __resolveType: (ref: { __typename: string }) => ref.__typename },
  };
}
