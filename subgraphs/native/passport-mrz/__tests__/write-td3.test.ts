import { readPassportMrz } from '../../../kit/mapping/mrz';
import type { ScenarioDocument, ScenarioRecord } from '../../../scenario/model';
import { storyRecords } from '../../../scenario/story';
import { passportMrz } from '../write-td3';

const victim = storyRecords()[1]!;
const passport = victim.documents[0]!;
const mrzOf = (changes: Partial<ScenarioRecord>, document: Partial<ScenarioDocument> = {}) => passportMrz({ ...victim, ...changes }, { ...passport, ...document });

describe('passportMrz', () => {
  it('writes the story victim passport as its data page would carry it', () => {
    expect(passportMrz(victim, passport)).toEqual([
      'P<PHLVILLANUEVA<<MARICEL<DIZON<<<<<<<<<<<<<<',
      'P4821937B4PHL9803145F3106305<<<<<<<<<<<<<<02',
    ]);
  });

  it('writes what the kit reads back, the number without the typist spacing', () => {
    expect(readPassportMrz('mrz', passportMrz(victim, passport)!)).toEqual({
      documentNumber: 'P4821937B', issuingState: 'PHL', nationality: 'PHL', birthDate: '980314', sex: 'FEMALE',
      expiryDate: '310630', surname: 'VILLANUEVA', givenNames: 'MARICEL DIZON',
    });
  });

  it('writes fillers for an unknown month and day of birth, and for no birth date at all', () => {
    expect(readPassportMrz('mrz', mrzOf({ birth: { year: 1998 } })!).birthDate).toBe('98<<<<');
    expect(readPassportMrz('mrz', mrzOf({ birth: { year: 1998, month: 3 } })!).birthDate).toBe('9803<<');
    expect(readPassportMrz('mrz', mrzOf({ birth: null })!).birthDate).toBe('<<<<<<');
  });

  it('writes a mononym or a patronymic name whole as the primary identifier', () => {
    expect(mrzOf({ name: { given: 'Sutrisno' } })![0]).toBe('P<PHLSUTRISNO<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<');
    expect(mrzOf({ name: { given: 'Nurul', patronymic: 'binti Ismail' } })![0]).toBe('P<PHLNURUL<BINTI<ISMAIL<<<<<<<<<<<<<<<<<<<<<');
  });

  it('transliterates names to A-Z and cuts a long one at 39 characters', () => {
    expect(mrzOf({ name: { given: 'José María', family: "Muñoz-O'Neill" } })![0]).toBe('P<PHLMUNOZ<ONEILL<<JOSE<MARIA<<<<<<<<<<<<<<<');
    expect(mrzOf({ name: { given: '민준', family: '김' } })![0]).toMatch(/^P<PHLGIM<<MINJUN<+$/);
    const long = mrzOf({ name: { given: 'Maria Concepcion Esperanza Dolores', family: 'Villanueva Santos' } })!;
    expect(long[0]).toHaveLength(44);
    expect(readPassportMrz('mrz', long).surname).toBe('VILLANUEVA SANTOS');
  });

  it('writes Germany as ICAO does (D), and an unspecified sex as a filler', () => {
    const german = mrzOf({ nationalities: ['DEU'], sex: 'OTHER' }, { issuingCountry: 'DEU', number: 'C01X00T4' })!;
    expect(german[0].slice(0, 5)).toBe('P<D<<');
    expect(readPassportMrz('mrz', german)).toMatchObject({ documentNumber: 'C01X00T4', issuingState: 'D', nationality: 'D', sex: 'UNKNOWN' });
  });

  it('writes no MRZ where the document could not carry one', () => {
    expect(mrzOf({}, { type: 'NATIONAL_ID' })).toBeNull();
    expect(mrzOf({}, { expiry: undefined })).toBeNull();
    expect(mrzOf({}, { expiry: { year: 2031, month: 6 } })).toBeNull();
    expect(mrzOf({}, { number: 'P48219370123' })).toBeNull();
  });
});
