// Which field of the standard message format's person entity feeds each shared field
// (`npm run mapping:report`). Keep in step with mapping.ts, names.ts and identifiers.ts.
export const FIELD_SOURCES: Record<string, string> = {
  id: 'personId',
  jurisdiction: '(registry code: the sender)',
  agency: '(NCB: the standard format has no agency)',
  roles: 'roles[]',
  names: 'names[].fullName, forename, surname, latin, script, type',
  sex: 'sex',
  dateOfBirth: 'dateOfBirth',
  nationalities: 'nationalities[]',
  documents: 'travelDocuments[].documentType, documentNumber, mrz, issuingCountry, expiryDate, status',
  identifiers: 'contacts[].type + value',
  events: 'events[].type, dateTime, place.country, place.locality, place.facility, operationCode, summary',
  cases: 'cases[].reference, role, status, exploitationTypes[], offences[]',
  handling: 'handling.code, handling.releasableTo[] (contact: registry)',
  updatedAt: 'lastModified',
};
