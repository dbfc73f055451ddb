import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { corridorError } from '../../../schema/errors';
import { missingCountries } from '../sum-contributions';

/** One case as a country answered it, handed over through `@requires`. */
export interface RequiredCase {
  reference: string;
  jurisdiction: string;
  [field: string]: unknown;
}

/** One country's cases at the facility as the gateway hands them over (null: the country failed). */
export interface RequiredFacilityCases {
  country: string;
  cases?: ReadonlyArray<RequiredCase | null> | null;
  withheldRecords?: number;
}

/** A facility as the gateway hands it over: its key and, through `@requires`, what the countries answered. */
interface FacilityRef {
  id: string;
  reportingCountries?: string[];
  byCountry?: ReadonlyArray<RequiredFacilityCases | null>;
}

const byJurisdictionAndReference = (a: RequiredCase, b: RequiredCase) =>
  a.jurisdiction.localeCompare(b.jurisdiction) || (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0);

/** Every case of every country that answered, by jurisdiction and reference. */
export function mergeCases(byCountry: ReadonlyArray<RequiredFacilityCases | null>): RequiredCase[] {
  return byCountry.flatMap((c) => (c?.cases ?? []).flatMap((k) => (k ? [k] : []))).sort(byJurisdictionAndReference);
}

function required<T>(value: T | undefined, field: string): T {
  // Without what the countries answered an empty list would read as "no cases": refuse instead.
  if (value === undefined) throw corridorError('INTERNAL_SERVER_ERROR', `Facility.${field} was asked without the countries' answers it is computed from`);
  return value;
}

/**
 * Resolvers of the facility view (schema/shared/facility-view.graphql). Stateless: the countries'
 * cases come in the facility's representation, fetched by the gateway from each country for this
 * request; each case's records are completed by their owner afterwards.
 */
export function facilityResolvers(): GraphQLResolverMap<unknown> {
  return {
    Facility: {
      __resolveReference: (ref: FacilityRef) => ref,
      cases: (f: FacilityRef) => mergeCases(required(f.byCountry, 'cases')),
      withheldRecords: (f: FacilityRef) => required(f.byCountry, 'withheldRecords').reduce((n, c) => n + (c?.withheldRecords ?? 0), 0),
      missingCountries: (f: FacilityRef) => missingCountries(required(f.reportingCountries, 'missingCountries'), required(f.byCountry, 'missingCountries')),
      complete: (f: FacilityRef) => missingCountries(required(f.reportingCountries, 'complete'), required(f.byCountry, 'complete')).length === 0,
    },
  };
}
