import { GraphQLError } from 'graphql';
import { registryOf } from '../../../../gateway/stack/in-process';
import { timelineResolvers } from '../timeline-resolvers';

const resolvers = timelineResolvers(registryOf(['PHL', 'THA']).jurisdictions) as any;
const timeline = (trace: unknown) => resolvers.Trace.timeline(trace);

describe('timelineResolvers', () => {
  it('reads a date without a time in the registry’s zone of the record’s owner', () => {
    const records = [{ __typename: 'ThaPersonRecord', id: 'THA:TIB:1', jurisdiction: 'THA', events: [{ type: 'TRANSIT', when: { year: 2024, month: 3, day: 12, precision: 'DAY' } }] }];
    expect(timeline({ id: 't', records })[0].position).toMatchObject({ timeZone: 'Asia/Bangkok', from: '2024-03-11T17:00:00Z' });
  });

  it('refuses to answer without the records it is computed from, rather than say nothing happened', () => {
    expect(() => timeline({ id: 't' })).toThrow(GraphQLError);
    expect(() => timeline({ id: 't' })).toThrow(/without the records/);
  });

  it('hands each entry’s record back under its concrete type, so the gateway can complete it', () => {
    expect(resolvers.PersonRecord.__resolveType({ __typename: 'PhlPersonRecord', id: 'PHL:PNP:1' })).toBe('PhlPersonRecord');
  });
});
