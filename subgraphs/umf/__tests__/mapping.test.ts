import { MappingError } from '../../kit/mapping/mapping-error';
import { mapUmfPerson } from '../mapping';
import { AUS, AUS_VICTIM_MRZ, KOR, ausVictim, korSuspect, sparsePerson } from './fixtures';

const aus = (raw: unknown) => mapUmfPerson(raw, AUS);
const kor = (raw: unknown) => mapUmfPerson(raw, KOR);

function mappingError(raw: unknown): MappingError {
  try {
    aus(raw);
  } catch (error) {
    if (error instanceof MappingError) return error;
    throw error;
  }
  throw new Error('expected a MappingError');
}

/** Every string inside a fragment (deep), to check none of them leaks into a message. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : [];

describe('mapUmfPerson: an Australian record', () => {
  const r = aus(ausVictim());

  it('takes the id, agency and codes of the standard as they are', () => {
    expect(r).toMatchObject({ id: 'AUS:NCB:AUS-2024-000417', jurisdiction: 'AUS', agency: 'NCB', roles: ['VICTIM'], sex: 'FEMALE', nationalities: ['PHL'] });
    expect(r.cases).toEqual([{ reference: 'AFP-2024-1187', role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_LABOUR'], offences: ['TRAFFICKING_IN_PERSONS'] }]);
    expect(r.handling).toEqual({ code: 'H2', releasableTo: ['PHL', 'THA'], contact: AUS.contact });
  });

  it('keeps a Latin name as written, with the split and a romanised form', () => {
    expect(r.names).toEqual([{ full: 'Jocelyn Soriano Manalo', script: 'LATIN', romanised: 'Jocelyn Soriano Manalo', family: 'Manalo', given: 'Jocelyn Soriano', middle: null, kind: 'PRIMARY' }]);
  });

  it('reads a partial date of birth and a document, normalising its number', () => {
    expect(r.dateOfBirth).toEqual({ year: 1996, month: 7, day: null, iso: '1996-07', precision: 'MONTH', raw: '1996-07', calendar: 'GREGORIAN' });
    expect(r.documents).toEqual([
      { type: 'PASSPORT', number: 'P1234567A', rawNumber: 'p 1234567 a', issuingCountry: 'PHL', status: 'VALID', expiry: expect.objectContaining({ iso: '2030-01-31', precision: 'DAY' }) },
    ]);
  });

  it('reads national phone numbers as Australian ones, and keeps each identifier once', () => {
    expect(r.identifiers).toEqual([
      { kind: 'PHONE', value: '+61412345678', raw: '0412 345 678' },
      { kind: 'EMAIL', value: 'j.manalo96@example.com', raw: 'J.Manalo96@example.com' },
    ]);
  });

  it('dates events by the Sydney calendar, across DST and from UTC, keeping the raw value', () => {
    expect(r.events.map((e) => [e.type, e.when?.iso, e.when?.raw])).toEqual([
      ['RECRUITMENT', '2024-02', '2024-02'],
      ['BORDER_CROSSING', '2024-03-09', '2024-03-09T23:40:00+11:00'],
      ['RESCUE', '2024-10-02', '2024-10-01T22:00:00Z'],
    ]);
    expect(r.events.map((e) => [e.when?.time, e.when?.utcOffset, e.when?.instant])).toEqual([
      [undefined, undefined, undefined],
      ['23:40', '+11:00', '2024-03-09T12:40:00Z'],
      // Sent in UTC, shown on the Sydney clock (+10:00 until DST on 6 October).
      ['08:00', '+10:00', '2024-10-01T22:00:00Z'],
    ]);
    expect(r.events[1]).toMatchObject({ where: { country: 'AUS', locality: 'Mascot, NSW', facility: 'Sydney Airport' }, operation: null });
    expect(r.events[2]).toMatchObject({ operation: 'LIBERTERRA-II', summary: 'Found during a labour inspection.' });
  });

  it('keeps the modification time as a UTC instant', () => {
    expect(r.updatedAt).toBe('2024-10-03T09:15:00.000Z');
  });
});

describe('mapUmfPerson: a Korean record', () => {
  const r = kor(korSuspect());

  it('keeps the Hangul name with the sent romanisation and split, and the alias', () => {
    expect(r.names).toEqual([
      { full: '김민준', script: 'OTHER', romanised: 'Kim Minjun', family: '김', given: '민준', middle: null, kind: 'PRIMARY' },
      { full: 'Jun Kim', script: 'LATIN', romanised: 'Jun Kim', family: null, given: null, middle: null, kind: 'ALIAS' },
    ]);
  });

  it('transliterates a non-Latin name sent without its latin form, and reads its script from the text', () => {
    const [name] = kor({ ...korSuspect(), names: [{ fullName: 'Иван Петров' }] }).names;
    expect(name).toMatchObject({ full: 'Иван Петров', script: 'CYRILLIC', romanised: 'Ivan Petrov' });
    const [kanji] = kor({ ...korSuspect(), names: [{ fullName: '山田太郎', script: 'Jpan' }] }).names;
    expect(kanji?.script).toBe('HAN');
  });

  it('reads phones as Korean ones, and dates by the Seoul calendar', () => {
    expect(r.identifiers).toEqual([
      { kind: 'PHONE', value: '+821012345678', raw: '010-1234-5678' },
      { kind: 'CRYPTO_WALLET', value: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u', raw: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u' },
    ]);
    expect(r.events.map((e) => e.when?.iso)).toEqual(['2024-10-01', '2024-10-02']);
    expect(r.dateOfBirth).toMatchObject({ iso: '1984', precision: 'YEAR' });
  });

  it('maps a stolen document and every offence of the case', () => {
    expect(r.documents[0]).toMatchObject({ number: 'M12345678', issuingCountry: 'KOR', status: 'STOLEN', expiry: null });
    expect(r.cases[0]?.offences).toEqual(['TRAFFICKING_IN_PERSONS', 'FRAUD', 'MONEY_LAUNDERING']);
  });
});

describe('mapUmfPerson: sparse and odd records', () => {
  it('maps a record with every optional field missing', () => {
    const r = aus(sparsePerson());
    expect(r).toMatchObject({ id: 'AUS:NCB:AUS-2024-000500', sex: 'UNKNOWN', dateOfBirth: null, updatedAt: null });
    expect([r.documents, r.identifiers, r.events, r.cases, r.nationalities]).toEqual([[], [], [], [], []]);
    expect(r.names[0]).toMatchObject({ full: 'Van Hung Nguyen', family: 'Nguyen', given: 'Van Hung' });
    expect(r.handling).toEqual({ code: null, releasableTo: [], contact: AUS.contact });
  });

  it('maps nulls and blanks as not recorded', () => {
    const r = aus(sparsePerson({ dateOfBirth: ' ', sex: null, contacts: null, events: [{ type: 'ARREST', dateTime: null, place: null }] }));
    expect(r).toMatchObject({ dateOfBirth: null, sex: 'UNKNOWN', identifiers: [] });
    expect(r.events).toEqual([{ type: 'ARREST', when: null, where: null, operation: null, summary: null }]);
  });

  it.each([
    ['1990', { iso: '1990', precision: 'YEAR' }],
    ['1990-05', { iso: '1990-05', precision: 'MONTH' }],
    ['1990-05-17', { iso: '1990-05-17', precision: 'DAY' }],
  ])('reads the partial date of birth %s', (dateOfBirth, expected) => {
    expect(aus(sparsePerson({ dateOfBirth })).dateOfBirth).toMatchObject({ ...expected, raw: dateOfBirth });
  });

  it('reads a date-time without an offset as Sydney time', () => {
    expect(aus(sparsePerson({ events: [{ type: 'RESCUE', dateTime: '2024-10-02T00:30' }] })).events[0]?.when).toMatchObject({
      iso: '2024-10-02', time: '00:30', utcOffset: '+10:00', instant: '2024-10-01T14:30:00Z',
    });
  });

  it('tells the twice-lived hour when clocks go back apart by the offset written', () => {
    // Sydney went from +11:00 back to +10:00 at 03:00 on 7 April 2024: 02:30 happened twice.
    const when = (dateTime: string) => aus(sparsePerson({ events: [{ type: 'ARREST', dateTime }] })).events[0]?.when;
    expect(when('2024-04-07T02:30:00+11:00')).toMatchObject({ time: '02:30', utcOffset: '+11:00', instant: '2024-04-06T15:30:00Z' });
    expect(when('2024-04-07T02:30:00+10:00')).toMatchObject({ time: '02:30', utcOffset: '+10:00', instant: '2024-04-06T16:30:00Z' });
  });

  it('shows a time written in another zone on the owner clock, and a DST-gap instant after the gap', () => {
    const when = (dateTime: string) => aus(sparsePerson({ events: [{ type: 'ARREST', dateTime }] })).events[0]?.when;
    expect(when('2024-10-02T05:30:00+08:00')).toMatchObject({ iso: '2024-10-02', time: '07:30', utcOffset: '+10:00', instant: '2024-10-01T21:30:00Z' });
    expect(when('2024-10-06T03:30:00+11:00')).toMatchObject({ time: '03:30', utcOffset: '+11:00', instant: '2024-10-05T16:30:00Z' });
  });

  it('serves the number of a scanned MRZ that agrees with the typed one', () => {
    expect(aus(ausVictim()).documents[0]).toMatchObject({ number: 'P1234567A', rawNumber: 'p 1234567 a' });
    expect(aus(sparsePerson({ travelDocuments: [{ documentType: 'P', documentNumber: 'P1234567A', mrz: [] }] })).documents[0]?.number).toBe('P1234567A');
  });

  it('serves a phone that does not normalise as recorded instead of failing the record', () => {
    expect(aus(sparsePerson({ contacts: [{ type: 'phone', value: '0412 34' }] })).identifiers).toEqual([{ kind: 'PHONE', value: '0412 34', raw: '0412 34' }]);
  });

  it('reads names sent with combining accents as precomposed (NFC)', () => {
    const [name] = aus(sparsePerson({ names: [{ surname: 'Jose\u0301', forename: 'Mari\u0301a' }] })).names;
    expect(name).toMatchObject({ full: 'Mar\u00EDa Jos\u00E9', family: 'Jos\u00e9', romanised: 'Maria Jose' });
  });

  it('passes an unlisted case status through in code form', () => {
    expect(aus(sparsePerson({ cases: [{ reference: 'X-1', status: 'referred to prosecutor' }] })).cases[0]?.status).toBe('REFERRED_TO_PROSECUTOR');
  });

  it.each([
    ['a missing personId', { personId: undefined }, 'personId'],
    ['a personId with a colon', { personId: 'AUS:1' }, 'personId'],
    ['an impossible date of birth', { dateOfBirth: '1990-02-30' }, 'dateOfBirth'],
    ['a date of birth in day-month-year', { dateOfBirth: '17/05/1990' }, 'dateOfBirth'],
    ['an unknown sex code', { sex: 'female' }, 'sex'],
    ['an alpha-3 nationality', { nationalities: ['PHL'] }, 'nationalities[0]'],
    ['a lower-case nationality', { nationalities: ['ph'] }, 'nationalities[0]'],
    ['a country that does not exist', { nationalities: ['QQ'] }, 'nationalities[0]'],
    ['a number where text belongs', { names: [{ surname: 42 }] }, 'names[0].surname'],
    ['a name with no text at all', { names: [{ type: 'alias', script: 'Latn' }] }, 'names[0]'],
    ['a script that is no ISO 15924 code', { names: [{ fullName: 'Jane Roe', script: 'latin' }] }, 'names[0].script'],
    ['text decoded from another encoding', { names: [{ surname: 'Mu\uFFFDoz' }] }, 'names[0].surname'],
    ['an unknown role', { roles: ['BYSTANDER'] }, 'roles[0]'],
    ['an unknown event type', { events: [{ type: 'PICNIC', dateTime: '2024' }] }, 'events[0].type'],
    ['an event time of day that does not exist', { events: [{ type: 'ARREST', dateTime: '2024-10-02T25:10:00+10:00' }] }, 'events[0].dateTime'],
    ['a Sydney wall time inside the DST gap', { events: [{ type: 'ARREST', dateTime: '2024-10-06T02:30' }] }, 'events[0].dateTime'],
    ['an MRZ with a wrong document number check digit', { travelDocuments: [{ documentType: 'P', documentNumber: 'p 1234567 a', mrz: [AUS_VICTIM_MRZ[0], `${AUS_VICTIM_MRZ[1]!.slice(0, 9)}2${AUS_VICTIM_MRZ[1]!.slice(10)}`] }] }, 'travelDocuments[0].mrz'],
    ['an MRZ whose number disagrees with the typed one', { travelDocuments: [{ documentType: 'P', documentNumber: 'P1234568A', mrz: AUS_VICTIM_MRZ }] }, 'travelDocuments[0].mrz'],
    ['an MRZ line cut short', { travelDocuments: [{ documentType: 'P', documentNumber: 'P1234567A', mrz: [AUS_VICTIM_MRZ[0], AUS_VICTIM_MRZ[1]!.slice(0, 43)] }] }, 'travelDocuments[0].mrz'],
    ['an MRZ that is not text', { travelDocuments: [{ documentType: 'P', documentNumber: 'P1234567A', mrz: 'P<PHLMANALO' }] }, 'travelDocuments[0].mrz'],
    ['an event date in week form', { events: [{ type: 'ARREST', dateTime: '2024-W40-3' }] }, 'events[0].dateTime'],
    ['an unknown document type', { travelDocuments: [{ documentType: 'PASSPORT', documentNumber: 'P1234567' }] }, 'travelDocuments[0].documentType'],
    ['a document without a usable number', { travelDocuments: [{ documentType: 'P', documentNumber: '--' }] }, 'travelDocuments[0].documentNumber'],
    ['an unknown document status', { travelDocuments: [{ documentType: 'P', documentNumber: 'P1234567', status: 'valid' }] }, 'travelDocuments[0].status'],
    ['an unknown contact type', { contacts: [{ type: 'fax', value: '02 9999 9999' }] }, 'contacts[0].type'],
    ['an unknown offence', { cases: [{ reference: 'X-1', offences: ['TRAFFICKING_IN_PERSONS', 'LOITERING'] }] }, 'cases[0].offences[1]'],
    ['a case without a reference', { cases: [{ reference: ' ' }] }, 'cases[0].reference'],
    ['an unknown handling code', { handling: { code: 'H9', releasableTo: [] } }, 'handling.code'],
    ['a modification time that is no date-time', { lastModified: 'yesterday' }, 'lastModified'],
  ])('rejects %s with a MappingError naming the field', (_what, overrides, field) => {
    const error = mappingError(sparsePerson(overrides));
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}:`)).toBe(true);
    // Native values are personal data and the message reaches clients.
    for (const value of strings(overrides)) if (value.length > 2) expect(error.message).not.toContain(value);
  });

  it('rejects an entity that is not an object', () => {
    expect(mappingError('AUS-2024-000417').field).toBe('person');
  });
});
