import { facilityResolvers, mergeCases } from '../facility-resolvers';

const kase = (jurisdiction: string, reference: string) => ({ jurisdiction, reference, persons: [], events: [] });

describe('a facility’s cases merged over the countries', () => {
  const byCountry = [
    { country: 'VNM', cases: [kase('VNM', 'VNM-2023-0412')], withheldRecords: 1 },
    null, // a country that failed: the gateway nulls its item
    { country: 'PHL', cases: [kase('PHL', 'PHL-2024-0001'), kase('PHL', 'PHL-2023-BAMBAN')], withheldRecords: 2 },
    { country: 'THA', cases: null, withheldRecords: 0 },
  ];
  const facility = { id: 'PHL-BAMBAN', reportingCountries: ['PHL', 'THA', 'VNM', 'CHN'], byCountry };
  const resolvers = facilityResolvers().Facility as Record<string, (f: unknown) => unknown>;

  it('orders every answered case by jurisdiction and reference', () => {
    expect(mergeCases(byCountry).map((c) => c.reference)).toEqual(['PHL-2023-BAMBAN', 'PHL-2024-0001', 'VNM-2023-0412']);
  });

  it('names the country that did not answer and says the list is incomplete', () => {
    expect(resolvers.missingCountries!(facility)).toEqual(['CHN']);
    expect(resolvers.complete!(facility)).toBe(false);
    expect(resolvers.withheldRecords!(facility)).toBe(3);
  });

  it('refuses to answer from nothing rather than report no cases', () => {
    expect(() => resolvers.cases!({ id: 'PHL-BAMBAN' })).toThrow(/without the countries' answers/);
  });
});
