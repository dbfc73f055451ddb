import { MappingError } from '../../kit/mapping/mapping-error';
import type { PersonRecord } from '../../kit/record/person-record';
import { mapOrError } from '../mapping';
import { readEnvelope } from '../native-shape';
import { parseNativeXml } from '../parse-xml';
import { SUSPECT, THA, VICTIM, VICTIM_MRZ, caseWith, mrz, person, personRecords } from './fixtures';

/** One `<Person>` fragment through the adapter's own parser and mapping. */
function map(fragment: string): PersonRecord | Error {
  const [raw] = readEnvelope(parseNativeXml(personRecords([fragment]), 'PersonRecords')).persons;
  return mapOrError(raw, THA);
}

function mapOk(fragment: string): PersonRecord {
  const record = map(fragment);
  if (record instanceof Error) throw record;
  return record;
}

describe('THA mapping of the story victim', () => {
  const victim = mapOk(VICTIM);

  it('builds the global id from agency and refNo', () => {
    expect(victim).toMatchObject({ id: 'THA:TIB:2567-TIB-004512', jurisdiction: 'THA', agency: 'TIB' });
  });

  it('converts the Buddhist Era birth date and keeps what was recorded', () => {
    expect(victim.dateOfBirth).toEqual({
      year: 1998, month: 3, day: 14, iso: '1998-03-14', precision: 'DAY', raw: '14/03/2541', calendar: 'BUDDHIST',
    });
  });

  it('keeps the Thai-script name and adds the passport romanisation, given names first', () => {
    expect(victim.names).toEqual([
      {
        full: 'มาริเซล ดิซอน วิลลานูเอวา', script: 'THAI', romanised: 'MARICEL DIZON VILLANUEVA',
        family: 'VILLANUEVA', given: 'MARICEL DIZON', middle: null, kind: 'PRIMARY',
      },
    ]);
  });

  it('normalises the spaced passport number and the alpha-2 issuing country', () => {
    expect(victim.documents).toEqual([
      {
        type: 'PASSPORT', number: 'P4821937B', rawNumber: 'P 4821937 B', issuingCountry: 'PHL', status: 'VALID',
        expiry: expect.objectContaining({ iso: '2031-06-30', raw: '30/06/2574', calendar: 'BUDDHIST' }),
      },
    ]);
    expect(victim.nationalities).toEqual(['PHL']);
  });

  it('puts the foreign phone in E.164', () => {
    expect(victim.identifiers).toEqual([{ kind: 'PHONE', value: '+639174821937', raw: '+63 917 482 1937' }]);
  });

  it('reads native role and event codes, and the local date and time of a Thai date-time with its UTC instant', () => {
    expect(victim.roles).toEqual(['IRREGULAR_MIGRANT', 'POTENTIAL_VICTIM']);
    expect(victim.sex).toBe('FEMALE');
    expect(victim.events[0]).toMatchObject({
      type: 'BORDER_CROSSING',
      // 23:40 in Bangkok (UTC+7, no daylight saving) is 16:40 UTC the same day.
      when: { iso: '2024-03-09', raw: '09/03/2567 23:40', calendar: 'BUDDHIST', time: '23:40', utcOffset: '+07:00', instant: '2024-03-09T16:40:00Z' },
      where: { country: 'THA', locality: 'Samut Prakan', facility: 'Suvarnabhumi Airport' },
    });
    expect(victim.cases).toEqual([
      { reference: 'THA-2024-0415', role: 'POTENTIAL_VICTIM', status: 'OPEN', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] },
    ]);
  });

  it('carries handling with the owner contact and the modification time in UTC', () => {
    expect(victim.handling).toEqual({ code: 'H1', releasableTo: ['PHL'], contact: THA.contact });
    expect(victim.updatedAt).toBe('2024-03-15T04:00:00.000Z');
  });
});

describe('THA mapping of partial and sparse records', () => {
  it.each([
    ['2529', 'YEAR', '1986'],
    ['00/00/2529', 'YEAR', '1986'],
    ['00/07/2529', 'MONTH', '1986-07'],
  ])('reads BirthDate %s at %s precision', (raw, precision, iso) => {
    const record = mapOk(person('R-1', `<BirthDate>${raw}</BirthDate>`));
    expect(record.dateOfBirth).toMatchObject({ precision, iso, raw, calendar: 'BUDDHIST' });
  });

  it('keeps a leading zero: native values are never read as numbers', () => {
    const suspect = mapOk(SUSPECT);
    expect(suspect.identifiers).toEqual([{ kind: 'PHONE', value: '+66812345678', raw: '0812345678' }]);
    expect(suspect.sex).toBe('MALE');
    expect(suspect.dateOfBirth).toMatchObject({ year: 1986, precision: 'YEAR', raw: '2529' });
  });

  it('transliterates a Thai-script name recorded without a passport name, split given then family', () => {
    const [name] = mapOk('<Person refNo="R-2" agency="RTP"><Name lang="th">สมชาย ใจดี</Name></Person>').names;
    expect(name).toMatchObject({ full: 'สมชาย ใจดี', script: 'THAI', given: 'สมชาย', family: 'ใจดี' });
    expect(name?.romanised).toMatch(/^[\x20-\x7e]+$/);
  });

  it('uses the passport name as the name when no Thai script is recorded', () => {
    expect(mapOk(person('R-3')).names[0]).toMatchObject({ full: 'ARUNI THONGDEE', script: 'LATIN', family: 'THONGDEE' });
  });

  it('decodes escaped text exactly once', () => {
    const record = mapOk(person('R-4', '<Event type="ARR">Seized 3 phones &amp; a &lt;SIM&gt; box; &amp;lt; stays</Event>'));
    expect(record.events[0]?.summary).toBe('Seized 3 phones & a <SIM> box; &lt; stays');
  });
});

describe('THA mapping of event times', () => {
  const when = (date: string) => mapOk(person('R-30', `<Event type="ARR" date="${date}"/>`)).events[0]?.when;

  it('gives a time in Bangkok its offset and instant, across midnight UTC', () => {
    expect(when('01/10/2567 18:00')).toMatchObject({ iso: '2024-10-01', time: '18:00', utcOffset: '+07:00', instant: '2024-10-01T11:00:00Z' });
    expect(when('02/10/2567 05:30')).toMatchObject({ iso: '2024-10-02', time: '05:30', instant: '2024-10-01T22:30:00Z' });
  });

  it('leaves time, offset and instant out of a date without a time', () => {
    const date = when('12/03/2567');
    expect(date).toMatchObject({ iso: '2024-03-12', precision: 'DAY' });
    expect([date?.time, date?.utcOffset, date?.instant]).toEqual([undefined, undefined, undefined]);
  });

  it.each(['09/03/2567 24:00', '09/03/2567 23:60', '00/03/2567 23:40', '09/03/2567 9:40', '09/03/2567 23:40:00'])('refuses %s as a MappingError on the event date', (date) => {
    const result = map(person('R-31', `<Event type="ENT" date="${date}"/>`));
    expect(result).toBeInstanceOf(MappingError);
    expect((result as MappingError).field).toBe('Event[0].@date');
  });
});

describe('THA mapping of a scanned passport MRZ', () => {
  const passport = (no: string, lines: readonly string[]) => person('R-40', `<Passport no="${no}" country="PH">${mrz(lines)}</Passport>`, 'TIB');
  const line2With = (at: number, text: string) => [VICTIM_MRZ[0], VICTIM_MRZ[1].slice(0, at) + text + VICTIM_MRZ[1].slice(at + text.length)];

  it('serves the number of a valid MRZ that agrees with the typed one', () => {
    expect(mapOk(passport('p 4821937 b', VICTIM_MRZ)).documents[0]).toMatchObject({ number: 'P4821937B', rawNumber: 'p 4821937 b' });
  });

  it('reads an empty <Mrz/> as no MRZ', () => {
    expect(mapOk(person('R-41', '<Passport no="AA3318842" country="TH"><Mrz/></Passport>')).documents[0]?.number).toBe('AA3318842');
  });

  it.each([
    ['a wrong document number check digit', 'P 4821937 B', line2With(9, '7'), /document number check digit is not valid/],
    ['a wrong composite check digit', 'P 4821937 B', line2With(43, '9'), /composite check digit is not valid/],
    ['a number that disagrees with the typed one', 'P 4821938 B', VICTIM_MRZ, /disagrees with the recorded number/],
    ['a line cut short by the reader', 'P 4821937 B', [VICTIM_MRZ[0], VICTIM_MRZ[1].slice(0, 40)], /two lines of 44/],
    ['one line only', 'P 4821937 B', [VICTIM_MRZ[0]], /not a TD3 MRZ/],
  ])('refuses %s: a MappingError on the MRZ, the record skipped', (_what, no, lines, reason) => {
    const result = map(passport(no, lines));
    expect(result).toBeInstanceOf(MappingError);
    expect((result as MappingError).field).toBe('Passport[0].Mrz');
    expect((result as MappingError).message).toMatch(reason);
    expect((result as MappingError).message).not.toContain('4821937');
  });
});

describe('THA mapping of case offences', () => {
  it('reads every statute code the system writes, in the order charged', () => {
    const codes = ['TIP2551-6', 'IMM2522-63', 'PC-343', 'GMB2478-4', 'PC-264', 'AML2542-5', 'IMM2522-81'];
    expect(mapOk(person('R-20', caseWith(codes))).cases[0]?.offences).toEqual([
      'TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING', 'FRAUD', 'ILLEGAL_GAMBLING', 'DOCUMENT_FRAUD', 'MONEY_LAUNDERING', 'IMMIGRATION_OFFENCE',
    ]);
  });

  it('reads the other sections of the same offences, lower-cased codes and a bare element, once each', () => {
    const codes = ['IMM2522-64', 'imm2522-63', 'PC-341', 'PC-265', 'PC-268', 'IMM2522-62'];
    const withBare = caseWith(codes).replace('</Case>', '<Offence code=" TIP2551-6 "/></Case>');
    expect(mapOk(person('R-21', withBare)).cases[0]?.offences).toEqual(['MIGRANT_SMUGGLING', 'FRAUD', 'DOCUMENT_FRAUD', 'IMMIGRATION_OFFENCE', 'TRAFFICKING_IN_PERSONS']);
  });

  it('maps a case without offences to none', () => {
    const record = mapOk(person('R-22', `${caseWith([])}<Case ref="THA-2024-0501"/>`));
    expect(record.cases).toEqual([
      { reference: 'THA-2024-0500', role: 'SUSPECT', status: 'CHARGED', exploitationTypes: [], offences: [] },
      { reference: 'THA-2024-0501', role: null, status: null, exploitationTypes: [], offences: [] },
    ]);
  });
});

describe('THA mapping refuses what it cannot read, naming the field and never the value', () => {
  it.each([
    ['an impossible BE date', person('R-5', '<BirthDate>31/02/2541</BirthDate>'), 'BirthDate', '31/02/2541'],
    ['a common-era year', person('R-6', '<BirthDate>14/03/1998</BirthDate>'), 'BirthDate', '1998'],
    ['an unknown role code', person('R-7', '<Role>ผู้ร้าย</Role>'), 'Role[0]', 'ผู้ร้าย'],
    ['an unknown country', person('R-8', '<Nationality>ZZ</Nationality>'), 'Nationality[0]', 'ZZ'],
    ['a bad event time', person('R-9', '<Event type="ARR" date="01/10/2567 25:10"/>'), 'Event[0].@date', '25:10'],
    ['a missing refNo', '<Person agency="RTP"><NameEn><Surname>X</Surname></NameEn></Person>', '@refNo', 'RTP'],
    ['no name at all', '<Person refNo="R-10" agency="RTP"><Gender>F</Gender></Person>', 'Name', 'R-10'],
    ['a bad handling code', person('R-11', '<Handling code="H9"/>'), 'Handling.@code', 'H9'],
    ['an unknown offence code', person('R-12', caseWith(['TIP2551-6', 'IMM2522-99'])), 'Case[0].Offence[1].@code', 'IMM2522-99'],
    ['an offence of the second case', person('R-13', caseWith([]) + caseWith(['PC-999'], 'THA-2024-0502')), 'Case[1].Offence[0].@code', 'PC-999'],
    ['a shared code instead of a statute', person('R-14', caseWith(['TRAFFICKING_IN_PERSONS'])), 'Case[0].Offence[0].@code', 'TRAFFICKING_IN_PERSONS'],
    ['an offence without a code', person('R-15', '<Case ref="THA-2024-0503"><Offence>ค้ามนุษย์</Offence></Case>'), 'Case[0].Offence[0].@code', 'ค้ามนุษย์'],
  ])('%s', (_what, fragment, field, value) => {
    const result = map(fragment);
    expect(result).toBeInstanceOf(MappingError);
    expect((result as MappingError).field).toBe(field);
    expect((result as MappingError).message.startsWith(`${field}:`)).toBe(true);
    expect((result as MappingError).message).not.toContain(value);
  });
});
