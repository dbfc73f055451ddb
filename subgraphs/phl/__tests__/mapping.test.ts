import { MappingError } from '../../kit/mapping/mapping-error';
import { mapPhlRecord } from '../mapping';
import { PHL, caseNative, sparseNative, suspectNative, victimNative } from './fixtures';

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
    expect(r.cases).toEqual([
      { reference: 'PHL-2024-0001', role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] },
    ]);
    expect(r.handling).toEqual({ code: 'H2', releasableTo: ['THA'], contact: PHL.contact });
    expect(r.updatedAt).toBe('2024-10-03T09:15:00.000Z');
  });

  it('maps incidents, keeping the raw native date-time in `when` and the time in Manila with its UTC instant', () => {
    const [recruitment, rescue] = map(victimNative()).events;
    expect(recruitment).toMatchObject({ type: 'RECRUITMENT', when: { iso: '2024-02', precision: 'MONTH', raw: '02/2024' }, where: { country: 'PHL', locality: 'Quezon City', facility: null } });
    // 05:30 in Manila (UTC+8) is 21:30 UTC the day before: the local date stays 2 October.
    expect(rescue).toMatchObject({
      type: 'RESCUE', operation: 'LIBERTERRA-II',
      when: { iso: '2024-10-02', precision: 'DAY', raw: '10/02/2024 05:30 AM', time: '05:30', utcOffset: '+08:00', instant: '2024-10-01T21:30:00Z' },
    });
    expect(rescue?.where?.facility).toBe('Bamban compound');
    expect([recruitment?.when?.time, recruitment?.when?.utcOffset, recruitment?.when?.instant]).toEqual([undefined, undefined, undefined]);
  });

  it.each([
    ['10/02/2024 12:05 AM', '00:05', '2024-10-01T16:05:00Z'],
    ['10/02/2024 12:05 PM', '12:05', '2024-10-02T04:05:00Z'],
    ['10/02/2024 11:59 PM', '23:59', '2024-10-02T15:59:00Z'],
    ['10/02/2024 1:00 p.m.', '13:00', '2024-10-02T05:00:00Z'],
  ])('reads the 12-hour time %s as %s local', (incident_date, time, instant) => {
    const [event] = map(sparseNative({ incidents: [{ incident_type: 'arrest', incident_date }] })).events;
    expect(event?.when).toMatchObject({ iso: '2024-10-02', time, utcOffset: '+08:00', instant });
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

  it('maps every offense the docket cites to the shared code, in the cited order', () => {
    const offenses = [
      'RA 9208 (Anti-Trafficking in Persons Act)',
      'CA 613 Sec. 46 (Smuggling of Aliens)',
      'RA 10175 Sec. 4(b)(2) (Computer-related Fraud)',
      'PD 1602 (Illegal Gambling)',
      'RPC Art. 172 (Falsification of Documents)',
      'RA 9160 (Anti-Money Laundering Act)',
      'CA 613 Sec. 45 (Philippine Immigration Act)',
    ];
    expect(map(sparseNative({ cases: [caseNative(offenses)] })).cases[0]?.offences).toEqual([
      'TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING', 'FRAUD', 'ILLEGAL_GAMBLING', 'DOCUMENT_FRAUD', 'MONEY_LAUNDERING', 'IMMIGRATION_OFFENCE',
    ]);
  });

  it('reads other citations of the same offense, as officers vary case and spacing, once each', () => {
    const offenses = [
      'ra 10364 (expanded anti-trafficking in persons act)',
      '  RA 11862  (Expanded Anti-Trafficking in Persons Act of 2022) ',
      'RA 9208 (ANTI-TRAFFICKING IN PERSONS ACT)',
      'RPC Art. 315 (Estafa)',
      'RA 9287 (Illegal Numbers Games)',
    ];
    expect(map(sparseNative({ cases: [caseNative(offenses)] })).cases[0]?.offences).toEqual(['TRAFFICKING_IN_PERSONS', 'FRAUD', 'ILLEGAL_GAMBLING']);
  });

  it.each([
    ['no offenses field', undefined],
    ['offenses: null', null],
    ['offenses: []', []],
  ])('maps a case with %s to no offences', (_what, offenses) => {
    expect(map(sparseNative({ cases: [caseNative(offenses)] })).cases).toEqual([
      { reference: 'PHL-2024-0002', role: 'SUSPECT', status: 'CHARGED', exploitationTypes: [], offences: [] },
    ]);
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
    ['a 0 o\'clock hour', { incidents: [{ incident_type: 'arrest', incident_date: '10/02/2024 00:30 AM' }] }, 'incidents[0].incident_date'],
    ['minute 60', { incidents: [{ incident_type: 'arrest', incident_date: '10/02/2024 05:60 AM' }] }, 'incidents[0].incident_date'],
    ['a time on a month', { incidents: [{ incident_type: 'arrest', incident_date: '10/2024 05:30 AM' }] }, 'incidents[0].incident_date'],
    ['a 24-hour time', { incidents: [{ incident_type: 'arrest', incident_date: '10/02/2024 17:30' }] }, 'incidents[0].incident_date'],
    ['an unknown country', { citizenship: 'QQ' }, 'citizenship'],
    ['a passport without a number', { passports: [{ passport_no: '--', issuing_country: 'PH', status: 'valid' }] }, 'passports[0].passport_no'],
    ['a passport of the wrong type', { passports: [{ passport_no: 7 }] }, 'passports[0].passport_no'],
    ['an agency that is not PHL', { agency: 'NBI' }, 'agency'],
    ['an unknown handling code', { handling_code: 'H9' }, 'handling_code'],
    ['a bad modification time', { last_modified: 'yesterday' }, 'last_modified'],
    ['an unknown offense label', { cases: [caseNative(['RA 9208 (Anti-Trafficking in Persons Act)', 'RA 8042 (Migrant Workers Act)'])] }, 'cases[0].offenses[1]'],
    ['a statute that does not say which offense', { cases: [caseNative(['RA 10175 (Cybercrime)'])] }, 'cases[0].offenses[0]'],
    ['an offense in the second case', { cases: [caseNative([]), caseNative(['Illegal recruitment'], 'PHL-2024-0003')] }, 'cases[1].offenses[0]'],
    ['an offense that is not text', { cases: [caseNative([9208])] }, 'cases[0].offenses[0]'],
    ['offenses that are not a list', { cases: [caseNative('RA 9208 (Anti-Trafficking in Persons Act)')] }, 'cases[0].offenses'],
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
