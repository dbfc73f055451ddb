import { facilityCasesType } from '../../../schema/build/subgraph-sdl';
import { corridorError } from '../../../schema/errors';
import { FACILITY_ID, FACILITY_ID_MAX, type FacilityDefinition } from '../../../schema/registry/facilities';
import { isCountry, type Jurisdiction } from '../../../schema/registry/registry';
import { toAlpha3 } from '../../kit/mapping/countries';
import { facilityCasesId } from '../../kit/facility/facility-cases';

/**
 * A facility as the index knows it: its identity, the countries asked, and one reference per
 * country to its cases there. The gateway fetches each country's cases from that country; the
 * operations subgraph merges them.
 */
function facilityView(facility: FacilityDefinition, jurisdictions: readonly Jurisdiction[]) {
  const countries = jurisdictions.filter(isCountry);
  return {
    id: facility.id,
    name: facility.name,
    kind: facility.kind,
    country: facility.country,
    locality: facility.locality,
    description: facility.description,
    knownAs: facility.knownAs,
    reportingCountries: countries.map((j) => j.code),
    byCountry: countries.map((j) => ({ __typename: facilityCasesType(j), id: facilityCasesId(facility.id, j.code) })),
  };
}

/** `facility(id:)`: null for an id no facility has, BAD_USER_INPUT for one that cannot be an id. */
export function resolveFacility(facilities: readonly FacilityDefinition[], jurisdictions: readonly Jurisdiction[], id: string) {
  const wanted = id.trim().toUpperCase();
  if (wanted.length > FACILITY_ID_MAX || !FACILITY_ID.test(wanted)) {
    throw corridorError('BAD_USER_INPUT', 'malformed facility id: expected a country code and a short name, e.g. PHL-BAMBAN', { argument: 'id' });
  }
  const facility = facilities.find((f) => f.id === wanted);
  return facility ? facilityView(facility, jurisdictions) : null;
}

/** `facilities(country:)`: every facility, or those in one country (alpha-3 or alpha-2). */
export function resolveFacilities(facilities: readonly FacilityDefinition[], jurisdictions: readonly Jurisdiction[], country?: string | null) {
  if (country === undefined || country === null) return facilities.map((f) => facilityView(f, jurisdictions));
  const code = toAlpha3(country);
  if (!code) throw corridorError('BAD_USER_INPUT', 'unknown country: expected an ISO 3166-1 code such as PHL', { argument: 'country' });
  return facilities.filter((f) => f.country === code).map((f) => facilityView(f, jurisdictions));
}
