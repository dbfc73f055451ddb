import { MappingError } from '../../kit/mapping/mapping-error';
import { mapKhmRecord } from '../mapping';
import { KHM, sparseNative, suspectNative, victimNative } from './fixtures';

const map = (raw: unknown) => mapKhmRecord(raw, KHM);

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

const event = (overrides: Record<string, unknown>) => ({ event_type: 'rescue', event_date: '02-10-2024', location: null, ...overrides });

describe('mapKhmRecord', () => {
  it('maps a Cambodian victim: Khmer script with the card romanisation, surname first, Khmer digits', () => {
    const r = map(victimNative());
    expect(r).toMatchObject({ id: 'KHM:CNP:CNP-2024-000045', jurisdiction: 'KHM', agency: 'CNP', roles: ['VICTIM'], sex: 'FEMALE', nationalities: ['KHM'] });
    expect(r.names).toEqual([{ full: 'សុខ ចាន់ដារ៉ា', script: 'KHMER', romanised: 'SOK CHANDARA', family: 'SOK', given: 'CHANDARA', middle: null, kind: 'PRIMARY' }]);
    expect(r.dateOfBirth).toEqual({ year: 1998, month: 3, day: 14, iso: '1998-03-14', precision: 'DAY', raw: '១៤-០៣-១៩៩៨', calendar: 'GREGORIAN' });
    expect(r.documents).toEqual([
      { type: 'PASSPORT', number: 'N01234567', rawNumber: 'N01234567', issuingCountry: 'KHM', status: 'VALID', expiry: expect.objectContaining({ iso: '2031-06-30', raw: '30-06-2031' }) },
    ]);
    expect(r.identifiers).toEqual([
      { kind: 'PHONE', value: '+85512345678', raw: '012 345 678' },
      { kind: 'EMAIL', value: 'chandara.s@example.kh', raw: 'Chandara.S@example.kh' },
    ]);
    expect(r.cases).toEqual([{ reference: 'KHM-2024-0107', role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] }]);
    expect(r.handling).toEqual({ code: 'H2', releasableTo: ['PHL', 'THA'], contact: KHM.contact });
    // Phnom Penh local time without an offset, answered in UTC.
    expect(r.updatedAt).toBe('2024-10-05T09:15:00.000Z');
  });

  it('turns province codes into Cambodian places, keeping district and site', () => {
    const [recruitment, rescue] = map(victimNative()).events;
    expect(recruitment).toEqual({ type: 'RECRUITMENT', when: expect.objectContaining({ iso: '2024-02', precision: 'MONTH', raw: '00-02-2024' }), where: { country: 'KHM', locality: 'Phnom Penh', facility: null }, operation: null, summary: 'Answered an online advert.' });
    expect(rescue).toMatchObject({ type: 'RESCUE', operation: 'LIBERTERRA-II', when: { iso: '2024-10-02', raw: '02-10-2024 05:30' }, where: { country: 'KHM', locality: 'Sihanoukville, Preah Sihanouk', facility: 'Kaibo compound' } });
  });

  it('places event times in Phnom Penh (UTC+7) with their UTC instant, in ASCII or Khmer digits', () => {
    const [recruitment, rescue] = map(victimNative()).events;
    expect(rescue?.when).toMatchObject({ time: '05:30', utcOffset: '+07:00', instant: '2024-10-01T22:30:00Z' });
    expect(recruitment?.when).not.toHaveProperty('instant');
    const [khmerDigits] = map(sparseNative({ events: [event({ event_date: '០១-១០-២០២៤ ១៨:០០' })] })).events;
    expect(khmerDigits?.when).toMatchObject({ iso: '2024-10-01', raw: '០១-១០-២០២៤ ១៨:០០', time: '18:00', utcOffset: '+07:00', instant: '2024-10-01T11:00:00Z' });
  });

  it('keeps a foreigner’s Latin name whole: no Khmer form, so no split is claimed', () => {
    const r = map(suspectNative());
    expect(r.names).toEqual([{ full: 'WANG XIAOMING', script: 'LATIN', romanised: 'WANG XIAOMING', family: null, given: null, middle: null, kind: 'PRIMARY' }]);
    expect(r.roles).toEqual(['SUSPECT', 'FACILITATOR']);
    expect(r.documents[0]).toMatchObject({ number: 'E12345678', rawNumber: 'E 1234 5678', issuingCountry: 'CHN', status: 'UNKNOWN', expiry: null });
    expect(r.identifiers).toEqual([
      { kind: 'PHONE', value: '+8613800138000', raw: '+86 138 0013 8000' },
      { kind: 'CRYPTO_WALLET', value: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u', raw: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u' },
    ]);
  });

  it('maps every charge to its offence, once each, whatever the case and leading zeros', () => {
    expect(map(suspectNative()).cases[0]).toMatchObject({ status: 'CHARGED', offences: ['TRAFFICKING_IN_PERSONS', 'FRAUD'] });
  });

  it.each([
    ['00-00-1998', { iso: '1998', precision: 'YEAR', month: null, day: null }],
    ['00-03-1998', { iso: '1998-03', precision: 'MONTH', month: 3, day: null }],
    ['7-3-1998', { iso: '1998-03-07', precision: 'DAY', month: 3, day: 7 }],
    ['០០-០៣-១៩៩៨', { iso: '1998-03', precision: 'MONTH', month: 3, day: null }],
  ])('reads the partial birth date %s', (date_of_birth, expected) => {
    expect(map(sparseNative({ date_of_birth })).dateOfBirth).toMatchObject({ ...expected, year: 1998, raw: date_of_birth });
  });

  it('maps a sparse record: a mononym, nothing else recorded', () => {
    const r = map(sparseNative());
    expect(r).toMatchObject({ id: 'KHM:CNP:CNP-2024-000210', roles: ['IRREGULAR_MIGRANT'], sex: 'UNKNOWN', dateOfBirth: null, updatedAt: null });
    expect([r.documents, r.identifiers, r.events, r.cases, r.nationalities]).toEqual([[], [], [], [], []]);
    expect(r.names).toEqual([expect.objectContaining({ full: 'SUHARTI', family: null, given: null })]);
    expect(r.handling).toEqual({ code: null, releasableTo: [], contact: KHM.contact });
  });

  it('drops zero-width spaces and a stray BOM from the Khmer name, and transliterates when no Latin form was written', () => {
    const r = map(sparseNative({ name_km: '\uFEFFសុខ\u200B ចាន់ដារ៉ា', name_latin: null }));
    expect(r.names[0]).toMatchObject({ full: 'សុខ ចាន់ដារ៉ា', script: 'KHMER', family: 'សុខ', given: 'ចាន់ដារ៉ា' });
    expect(r.names[0]?.romanised).toMatch(/^[ -~]+$/);
  });

  it('accepts a one-digit province code, as the CNP screens do, and a place abroad in words', () => {
    const events = [
      event({ location: { province_code: '1', district: 'Poipet', country: null, site: null } }),
      event({ event_type: 'transport', location: { country: 'THA', province_code: null, district: 'Mae Sot, Tak', site: null } }),
    ];
    expect(map(sparseNative({ events })).events.map((e) => e.where)).toEqual([
      { country: 'KHM', locality: 'Poipet, Banteay Meanchey', facility: null },
      { country: 'THA', locality: 'Mae Sot, Tak', facility: null },
    ]);
  });

  it('serves a phone that does not normalise as recorded instead of failing the record', () => {
    expect(map(sparseNative({ phones: ['012 34'] })).identifiers).toEqual([{ kind: 'PHONE', value: '012 34', raw: '012 34' }]);
  });

  it.each([
    ['an unknown province code', { events: [event({ location: { province_code: '26', country: null, district: null, site: null } })] }, 'events[0].location.province_code'],
    ['a province code abroad', { events: [event({ location: { province_code: '18', country: 'THA', district: null, site: null } })] }, 'events[0].location.province_code'],
    ['an article the code list lacks', { cases: [{ case_no: 'K-1', charges: [{ law: 'LSHTSE-2008', article: '99' }] }] }, 'cases[0].charges[0]'],
    ['a law the code list lacks', { cases: [{ case_no: 'K-1', charges: [{ law: 'PENAL-1956', article: '10' }] }] }, 'cases[0].charges[0]'],
    ['a Khmer name in a legacy font encoding', { name_km: 'suxcand;ra' }, 'name_km'],
    ['no name at all', { name_latin: null }, 'name_latin'],
    ['an impossible birth date', { date_of_birth: '31-02-1998' }, 'date_of_birth'],
    ['a gender code that is not Khmer', { gender: 'M' }, 'gender'],
    ['an unknown person type', { person_type: ['bystander'] }, 'person_type[0]'],
    ['an unknown event type', { events: [event({ event_type: 'picnic' })] }, 'events[0].event_type'],
    ['a time on a partial date', { events: [event({ event_date: '00-10-2024 05:30' })] }, 'events[0].event_date'],
    ['no such time of day', { events: [event({ event_date: '02-10-2024 25:10' })] }, 'events[0].event_date'],
    ['minute 60', { events: [event({ event_date: '02-10-2024 05:60' })] }, 'events[0].event_date'],
    ['a time with seconds', { events: [event({ event_date: '02-10-2024 05:30:00' })] }, 'events[0].event_date'],
    ['an unknown document status', { documents: [{ doc_type: 'passport', doc_no: 'N0123', doc_status: 'burnt' }] }, 'documents[0].doc_status'],
    ['an unknown document type', { documents: [{ doc_type: 'visa', doc_no: 'N0123' }] }, 'documents[0].doc_type'],
    ['an unknown contact type', { contacts: [{ type: 'pager', value: '1234' }] }, 'contacts[0].type'],
    ['a time stamp with an offset the CNP never writes', { updated_at: '2024-10-05T16:15:00Z' }, 'updated_at'],
    ['an unknown handling code', { handling_code: 'H9' }, 'handling_code'],
    ['an agency that is not KHM', { agency: 'GDI' }, 'agency'],
    ['a person_no that could smuggle ids', { person_no: 'CNP-1,CNP-2' }, 'person_no'],
    ['a number where text belongs', { name_latin: 42 }, 'name_latin'],
    ['an unknown nationality', { nationality: ['XYZ'] }, 'nationality[0]'],
    ['text that was not UTF-8 at the source', { name_latin: 'SOK CHAND\uFFFDRA' }, 'name_latin'],
  ])('rejects %s with a MappingError naming the field', (_what, overrides, field) => {
    const error = mappingError(sparseNative(overrides));
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}:`)).toBe(true);
    // The native values are personal data and the message reaches clients.
    for (const value of nativeStrings(overrides)) expect(error.message).not.toContain(value);
  });

  it('rejects an item that is not an object at all', () => {
    expect(mappingError('CNP-2024-000045').field).toBe('record');
  });
});
