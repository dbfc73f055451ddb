// Which RTP / TIB native field (XML element or @attribute of <Person>) feeds each shared field
// (`npm run mapping:report`). Keep in step with mapping.ts and name.ts.
export const FIELD_SOURCES: Record<string, string> = {
  id: '@agency + @refNo',
  jurisdiction: '(registry code)',
  agency: '@agency',
  roles: 'Role[]',
  names: 'Name (Thai script), NameEn.GivenNames, NameEn.Surname (passport romanisation)',
  sex: 'Gender',
  dateOfBirth: 'BirthDate (Buddhist Era)',
  nationalities: 'Nationality[]',
  documents: 'Passport[] and IdCard[]: @no, Mrz, @country, @expiry (BE), @status',
  identifiers: 'Phone[], Contact[@type]',
  events: 'Event[]: @type, @date (BE, local time), @country, @province, @facility, @operation, text',
  cases: 'Case[]: @ref, @role, @status, Exploitation[], Offence[@code]',
  handling: 'Handling: @code, ReleasableTo[] (contact: registry)',
  updatedAt: 'LastModified',
};
