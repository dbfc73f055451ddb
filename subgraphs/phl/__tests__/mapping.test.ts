import { MappingError } from '../../kit/mapping/mapping-error';
import { mapPhlRecord } from '../mapping';
import { PHL, sparseNative, suspectNative, victimNative } from './fixtures';

const map = (raw: unknown) => mapPhlRecord(raw, PHL);

function mappingError(raw: unknown): MappingError {
  try {
    map(raw);
  } catch (error) {
    if (error instanceof MappingError) return error;
    throw error;
  }
  throw new Error('expected a MappingError');
}

/** Every string inside a native fragment (deep), to check none of them leaks into a message. */
const nativeStrings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(nativeStrings) : [];

describe('mapPhlRecord', () => {
  it('maps the story victim: US date, middle name, PH phone, alpha-2 countries', () => {
    const r = map(victimNative());
    expect(r.id).toBe('PHL:PNP:2024-000123');
    expect(r).toMatchObject({ jurisdiction: 'PHL', agency: 'PNP', roles: ['VICTIM'], sex: 'FEMALE', nationalities: ['PHL'] });
    expect(r.dateOfBirth).toEqual({ year: 1998, month: 3, day: 14, iso: '1998-03-14', precision: 'DAY', raw: '03/14/1998', calendar: 'GREGORIAN' });
    expect(r.names).toEqual([expect.objectContaining({ full: 'Maricel Dizon Villanueva', given: 'Maricel', middle: 'Dizon', family: 'Villanueva', script: 'LATIN' })]);
    expect(r.identifiers).toEqual([
      { kind: 'PHONE', value: '+639174821937', raw: '0917 482 1937' },
      { kind: 'EMAIL', value: 'maricel.v98@example.ph', raw: 'Maricel.V98@example.ph' },
    ]);
    expect(r.documents).toEqual([
      expect.objectContaining({ type: 'PASSPORT', number: 'P4821937B', issuingCountry: 'PHL', status: 'VALID', expiry: expect.objectContaining({ iso: '2031-06-30' }) }),
    ]);
    expect(r.cases).toEqual([{ reference: 'PHL-2024-0001', role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_CRIMINALITY'] }]);
    expect(r.handling).toEqual({ code: 'H2', releasableTo: ['THA'], contact: PHL.contact });
    expect(r.updatedAt).toBe('2024-10-03T09:15:00.000Z');
  });

  it('maps incidents, keeping the raw native date-time in `when`', () => {
    const [recruitment, rescue] = map(victimNative()).events;
    expect(recruitment).toMatchObject({ type: 'RECRUITMENT', when: { iso: '2024-02', precision: 'MONTH', raw: '02/2024' }, where: { country: 'PHL', locality: 'Quezon City', facility: null } });
    expect(rescue).toMatchObject({ type: 'RESCUE', operation: 'LIBERTERRA-II', when: { iso: '2024-10-02', precision: 'DAY', raw: '10/02/2024 05:30 AM' } });
    expect(rescue?.where?.facility).toBe('Bamban compound');
  });

  it.each([
    ['00/00/1998', { iso: '1998', precision: 'YEAR', month: null, day: null }],
    ['03/00/1998', { iso: '1998-03', precision: 'MONTH', month: 3, day: null }],
    ['3/7/1998', { iso: '1998-03-07', precision: 'DAY', month: 3, day: 7 }],
  ])('reads the partial birth date %s', (birth_date, expected) => {
    expect(map(sparseNative({ birth_date })).dateOfBirth).toMatchObject({ ...expected, year: 1998, raw: birth_date });
  });

  it('maps a partial record: no birth date, passport, phones, incidents or handling code', () => {
    const r = map(sparseNative());
    expect(r).toMatchObject({ id: 'PHL:BI:2024-000250', agency: 'BI', roles: ['IRREGULAR_MIGRANT'], sex: 'UNKNOWN', dateOfBirth: null });
    expect([r.documents, r.identifiers, r.events, r.cases, r.nationalities]).toEqual([[], [], [], [], []]);
    expect(r.names[0]).toMatchObject({ full: 'Rowena Bautista', middle: null });
    expect(r.handling).toEqual({ code: null, releasableTo: [], contact: PHL.contact });
  });

  it('normalises a spaced foreign passport and an international phone, keeping the raw forms', () => {
    const r = map(suspectNative());
    expect(r.documents[0]).toMatchObject({ number: 'AA3318842', rawNumber: 'AA 3318842', issuingCountry: 'THA', status: 'UNKNOWN', expiry: null });
    expect(r.identifiers).toEqual([{ kind: 'PHONE', value: '+66817742290', raw: '+66 81 774 2290' }]);
  });

  it('serves a phone that does not normalise as recorded instead of failing the record', () => {
    expect(map(sparseNative({ contact_numbers: ['0917 48'] })).identifiers).toEqual([{ kind: 'PHONE', value: '0917 48', raw: '0917 48' }]);
  });

  it.each([
    ['an impossible birth date', { birth_date: '13/45/1998' }, 'birth_date'],
    ['a missing pnp_ref', { pnp_ref: undefined }, 'pnp_ref'],
    ['a pnp_ref that could smuggle ids', { pnp_ref: '2024-1,2024-2' }, 'pnp_ref'],
    ['a number where text belongs', { last_name: 42 }, 'last_name'],
    ['an unknown role word', { involvement: ['bystander'] }, 'involvement[0]'],
    ['an unknown incident type', { incidents: [{ incident_type: 'picnic', incident_date: '2024' }] }, 'incidents[0].incident_type'],
    ['a bad time of day', { incidents: [{ incident_type: 'arrest', incident_date: '10/02/2024 13:30 PM' }] }, 'incidents[0].incident_date'],
    ['an unknown country', { citizenship: 'QQ' }, 'citizenship'],
    ['a passport without a number', { passports: [{ passport_no: '--', issuing_country: 'PH', status: 'valid' }] }, 'passports[0].passport_no'],
    ['a passport of the wrong type', { passports: [{ passport_no: 7 }] }, 'passports[0].passport_no'],
    ['an agency that is not PHL', { agency: 'NBI' }, 'agency'],
    ['an unknown handling code', { handling_code: 'H9' }, 'handling_code'],
    ['a bad modification time', { last_modified: 'yesterday' }, 'last_modified'],
  ])('rejects %s with a MappingError naming the field', (_what, overrides, field) => {
    const error = mappingError(sparseNative(overrides));
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}:`)).toBe(true);
    // The native values are personal data and the message reaches clients.
    for (const value of nativeStrings(overrides)) expect(error.message).not.toContain(value);
  });

  it('rejects an item that is not an object at all', () => {
    expect(mappingError('2024-000123').field).toBe('record');
  });
});
