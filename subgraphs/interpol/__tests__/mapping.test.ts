import { MappingError } from '../../kit/mapping/mapping-error';
import { mapInterpolNotice } from '../mapping';
import { INTERPOL, RED_ID, globalId, redNotice, sparseNotice, yellowNotice } from './fixtures';

const map = (raw: unknown) => mapInterpolNotice(raw, INTERPOL);

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

describe('mapInterpolNotice', () => {
  it('maps a RED notice: the wanted person, the notice as a case, alpha-2 codes to alpha-3', () => {
    const r = map(redNotice());
    expect(r).toMatchObject({ id: globalId(RED_ID), jurisdiction: 'INTERPOL', agency: 'IPSG', roles: ['SUSPECT'], sex: 'MALE', nationalities: ['THA'], events: [] });
    expect(r.cases).toEqual([
      { reference: RED_ID, role: 'SUSPECT', status: 'OPEN', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS', 'FRAUD'] },
    ]);
    expect(r.handling).toEqual({ code: 'H0', releasableTo: ['PHL'], contact: INTERPOL.contact });
    expect(r.notice).toEqual({ reference: RED_ID, kind: 'NOTICE', colour: 'RED', requestingCountry: 'THA', publishedOn: expect.objectContaining({ iso: '2024-10-02' }) });
    expect(r.updatedAt).toBe('2024-10-02T02:00:00.000Z');
  });

  it('keeps the Thai-script name as recorded, with the notice\'s Latin name as its romanisation', () => {
    expect(map(redNotice()).names).toEqual([
      { full: 'วีระ แก้วมณี', script: 'THAI', romanised: 'Wira KAEWMANEE', given: 'Wira', family: 'KAEWMANEE', middle: null, kind: 'PRIMARY' },
    ]);
    expect(map(yellowNotice()).names).toEqual([
      { full: 'Maricel Dizon VILLANUEVA', script: 'LATIN', romanised: 'Maricel Dizon VILLANUEVA', given: 'Maricel Dizon', family: 'VILLANUEVA', middle: null, kind: 'PRIMARY' },
    ]);
  });

  it('maps a notice without a forename as a mononym, with no family/given split', () => {
    expect(map(sparseNotice()).names).toEqual([expect.objectContaining({ full: 'NGUYỄN', family: null, given: null })]);
  });

  it('normalises documents and identifiers the way every jurisdiction does, keeping the raw forms', () => {
    const r = map(redNotice());
    expect(r.documents).toEqual([
      { type: 'PASSPORT', number: 'AA3318842', rawNumber: 'AA 3318842', issuingCountry: 'THA', status: 'UNKNOWN', expiry: expect.objectContaining({ iso: '2029-01-17', raw: '2029/01/17' }) },
    ]);
    expect(r.identifiers).toEqual([
      { kind: 'PHONE', value: '+66817742290', raw: '+66 81 774 2290' },
      { kind: 'CRYPTO_WALLET', value: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u', raw: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u' },
    ]);
  });

  it('reads a national phone number as the requesting country\'s, and serves one that does not parse as recorded', () => {
    expect(map(yellowNotice()).identifiers).toEqual([
      { kind: 'PHONE', value: '+639174821937', raw: '0917 482 1937' },
      { kind: 'EMAIL', value: 'maricel.v98@example.ph', raw: 'Maricel.V98@example.ph' },
    ]);
    expect(map(sparseNotice({ telephones: ['0917 48'] })).identifiers).toEqual([{ kind: 'PHONE', value: '0917 48', raw: '0917 48' }]);
  });

  it.each([
    ['RED', {}, ['SUSPECT']],
    ['YELLOW', { victim_identified: true }, ['VICTIM']],
    ['YELLOW', { victim_identified: false }, ['POTENTIAL_VICTIM']],
    ['YELLOW', {}, ['POTENTIAL_VICTIM']],
    ['BLUE', {}, []],
    ['GREEN', {}, ['SUSPECT']],
    ['BLACK', {}, []],
    ['ORANGE', {}, []],
    ['PURPLE', {}, ['FACILITATOR']],
    ['red', {}, ['SUSPECT']],
  ] as const)('maps a %s notice %j to the roles %j, and the case role to the first of them', (colour, extra, roles) => {
    const r = map(sparseNotice({ colour, ...extra }));
    expect(r.roles).toEqual(roles);
    expect(r.cases[0]?.role).toBe(roles[0] ?? null);
    expect(r.notice.colour).toBe(colour.toUpperCase());
  });

  it('maps a diffusion like the notice of its colour', () => {
    const r = map(redNotice({ notice_id: 'D-2024/00042', kind: 'DIFFUSION' }));
    expect(r).toMatchObject({ id: 'INTERPOL:IPSG:D-2024/00042', roles: ['SUSPECT'], notice: { kind: 'DIFFUSION', colour: 'RED' } });
    expect(r.cases[0]?.reference).toBe('D-2024/00042');
  });

  it.each([
    ['PUBLISHED', 'OPEN'],
    ['PENDING', 'PENDING_REVIEW'],
    ['CANCELLED', 'CLOSED'],
    ['WITHDRAWN', 'CLOSED'],
  ])('maps the state %s to the case status %s', (state, status) => {
    expect(map(sparseNotice({ state })).cases[0]?.status).toBe(status);
  });

  it.each([
    ['1986/00/00', { iso: '1986', precision: 'YEAR', month: null, day: null }],
    ['1986/04/00', { iso: '1986-04', precision: 'MONTH', month: 4, day: null }],
    ['1986/04/12', { iso: '1986-04-12', precision: 'DAY', month: 4, day: 12 }],
    ['1986', { iso: '1986', precision: 'YEAR', month: null, day: null }],
    ['1986/04', { iso: '1986-04', precision: 'MONTH', month: 4, day: null }],
  ])('reads the partial date of birth %s', (date_of_birth, expected) => {
    expect(map(sparseNotice({ date_of_birth })).dateOfBirth).toEqual({ ...expected, year: 1986, raw: date_of_birth, calendar: 'GREGORIAN' });
  });

  it('maps a sparse notice: no date of birth, documents, identifiers, offences or handling code', () => {
    const r = map(sparseNotice());
    expect(r).toMatchObject({ sex: 'UNKNOWN', dateOfBirth: null, documents: [], identifiers: [], nationalities: [], updatedAt: null });
    expect(r.cases[0]).toMatchObject({ offences: [], exploitationTypes: [] });
    expect(r.handling).toEqual({ code: null, releasableTo: [], contact: INTERPOL.contact });
    expect(r.notice).toMatchObject({ requestingCountry: 'VNM', publishedOn: null });
  });

  it.each([
    ['a day without a month', { date_of_birth: '1986/00/12' }, 'date_of_birth'],
    ['an impossible date', { date_of_birth: '1986/02/30' }, 'date_of_birth'],
    ['a date in another order', { date_of_birth: '12/04/1986' }, 'date_of_birth'],
    ['a notice id that could smuggle ids', { notice_id: '2024/12345,2024/1' }, 'notice_id'],
    ['an unknown colour', { colour: 'GOLD' }, 'colour'],
    ['an unknown kind', { kind: 'BULLETIN' }, 'kind'],
    ['an unknown state', { state: 'ARCHIVED' }, 'state'],
    ['an unknown sex code', { sex_id: 'Q' }, 'sex_id'],
    ['an unknown requesting country', { requesting_country: 'QQ' }, 'requesting_country'],
    ['an unknown nationality', { nationalities: ['TH', 'QQ'] }, 'nationalities[1]'],
    ['no name at all', { name: null, forename: null, name_in_original_script: null }, 'name'],
    ['a document without a number', { travel_documents: [{ document_type: 'PASSPORT', document_number: '--', issuing_country: 'TH' }] }, 'travel_documents[0].document_number'],
    ['an unknown document type', { travel_documents: [{ document_type: 'LIBRARY_CARD', document_number: 'AA3318842', issuing_country: 'TH' }] }, 'travel_documents[0].document_type'],
    ['an unknown identifier type', { other_identifiers: [{ type: 'FAX', value: '1234' }] }, 'other_identifiers[0].type'],
    ['an unknown charge', { arrest_warrants: [{ charge: 'Illegal recruitment', issuing_country: 'TH' }] }, 'arrest_warrants[0].charge'],
    ['an unknown crime area', { crime_areas: ['Fraud', 'Cybercrime'] }, 'crime_areas[1]'],
    ['a number where text belongs', { forename: 42 }, 'forename'],
    ['an unknown handling code', { handling_code: 'H9' }, 'handling_code'],
    ['a bad modification time', { last_updated: 'yesterday' }, 'last_updated'],
  ])('rejects %s with a MappingError naming the field', (_what, overrides, field) => {
    const error = mappingError(redNotice(overrides));
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}:`)).toBe(true);
    // The native values are personal data and the message reaches clients.
    for (const value of nativeStrings(overrides).filter((v) => v.length > 2)) expect(error.message).not.toContain(value);
  });

  it('reads charges as clerks vary them, once each', () => {
    const r = map(sparseNotice({ arrest_warrants: [{ charge: '  trafficking_in  HUMAN beings ' }], crime_areas: ['Trafficking in human beings', 'smuggling of migrants'] }));
    expect(r.cases[0]?.offences).toEqual(['TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING']);
  });

  it('rejects an item that is not an object at all', () => {
    expect(mappingError('2024/12345').field).toBe('notice');
  });
});
