// Which PNP / BI native field feeds each shared field (`npm run mapping:report`). Keep in step with mapping.ts.
export const FIELD_SOURCES: Record<string, string> = {
  id: 'agency + pnp_ref',
  jurisdiction: '(registry code)',
  agency: 'agency',
  roles: 'involvement[]',
  names: 'first_name, middle_name, last_name',
  sex: 'sex',
  dateOfBirth: 'birth_date (MM/DD/YYYY)',
  nationalities: 'citizenship (separated by / , ;)',
  documents: 'passports[].passport_no, issuing_country, expiry, status; government_ids[].id_no, issuing_country',
  identifiers: 'contact_numbers[], emails[], other_identifiers[].id_type + value',
  events: 'incidents[].incident_type, incident_date, place.country, place.province_city, place.facility, operation_code, narrative',
  cases: 'cases[].case_no, involvement, case_status, exploitation[], offenses[]',
  handling: 'handling_code, releasable_to (contact: registry)',
  updatedAt: 'last_modified',
};
