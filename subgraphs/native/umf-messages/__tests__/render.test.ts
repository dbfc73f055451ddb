import { loadRegistry } from '../../../../schema/registry/registry';
import { isoPartialDate, umfDateTime } from '../dates';
import { renderName, scriptCode } from '../names';
import { renderUmfPerson } from '../render';
import { handMadeRecords } from './hand-made';

describe('umfDateTime', () => {
  it.each([
    ['Sydney before DST', 'Australia/Sydney', { year: 2024, month: 10, day: 5, hour: 10, minute: 0 }, '2024-10-05T10:00:00+10:00'],
    ['Sydney in DST', 'Australia/Sydney', { year: 2024, month: 10, day: 7, hour: 10, minute: 0 }, '2024-10-07T10:00:00+11:00'],
    ['Toronto, west of UTC', 'America/Toronto', { year: 2024, month: 10, day: 1, hour: 23, minute: 59 }, '2024-10-01T23:59:00-04:00'],
    ['Kathmandu, a quarter-hour offset', 'Asia/Kathmandu', { year: 2024, month: 10, day: 2, hour: 0, minute: 5 }, '2024-10-02T00:05:00+05:45'],
    ['Seoul, no minute recorded', 'Asia/Seoul', { year: 2024, month: 10, day: 1, hour: 18 }, '2024-10-01T18:00:00+09:00'],
  ])('writes local time with the offset of the day: %s', (_what, zone, when, written) => {
    expect(umfDateTime(when, zone)).toBe(written);
  });

  it('moves a time inside the spring-forward gap to after it, on the same date', () => {
    expect(umfDateTime({ year: 2024, month: 10, day: 6, hour: 2, minute: 30 }, 'Australia/Sydney')).toBe('2024-10-06T03:30:00+11:00');
  });

  it('writes dates without a time without an offset, only as far as they are known', () => {
    expect([{ year: 2024 }, { year: 2024, month: 3 }, { year: 2024, month: 3, day: 9 }].map((d) => umfDateTime(d, 'Asia/Seoul'))).toEqual(['2024', '2024-03', '2024-03-09']);
    expect(isoPartialDate({ year: 990, month: 1, day: 2 })).toBe('0990-01-02');
  });
});

describe('renderName', () => {
  it('writes a Latin name given names first, middle name with them, no latin form', () => {
    expect(renderName({ given: 'Maricel', middle: 'Dizon', family: 'Villanueva' }, 'AUS')).toEqual({
      type: 'primary', surname: 'Villanueva', forename: 'Maricel Dizon', fullName: 'Maricel Dizon Villanueva', script: 'Latn', latin: null,
    });
  });

  it('writes a recorded native-script name as fullName with the recorded Latin parts', () => {
    expect(renderName({ given: 'Xiaoming', family: 'Wang', nativeScript: '王小明' }, 'SGP')).toEqual({
      type: 'primary', surname: 'Wang', forename: 'Xiaoming', fullName: '王小明', script: 'Hani', latin: 'Wang Xiaoming',
    });
    expect(renderName({ given: 'Wira', family: 'Kaewmanee', nativeScript: 'วีระ แก้วมณี' }, 'LAO')).toMatchObject({ script: 'Thai', latin: 'Wira Kaewmanee' });
  });

  it('writes Hangul parts family first and unspaced, with a transliteration', () => {
    expect(renderName({ given: '민준', family: '김' }, 'KOR')).toEqual({ type: 'primary', surname: '김', forename: '민준', fullName: '김민준', script: 'Hang', latin: 'Gim MinJun' });
  });

  it('labels kanji Jpan at a Japanese bureau and Hani elsewhere', () => {
    expect(renderName({ given: '太郎', family: '山田' }, 'JPN')).toMatchObject({ fullName: '山田太郎', script: 'Jpan' });
    expect(scriptCode('山田太郎', 'SGP')).toBe('Hani');
    expect(scriptCode('やまだ', 'SGP')).toBe('Jpan');
  });

  it.each([
    ['Олена Шевченко', 'Cyrl'], ['Γιώργος', 'Grek'], ['محمد الحسن', 'Arab'], ['सीता', 'Deva'], ['ნინო', 'Geor'], ['Անի', 'Armn'], ['ሰላም', 'Zzzz'],
  ])('labels %s as %s', (text, code) => {
    expect(scriptCode(text, 'AUS')).toBe(code);
  });

  it('writes mononyms and patronymic names without a surname', () => {
    expect(renderName({ given: 'Sutrisno' }, 'AUS')).toMatchObject({ surname: null, forename: 'Sutrisno', fullName: 'Sutrisno' });
    expect(renderName({ given: 'Nurul', patronymic: 'binti Ismail' }, 'AUS')).toMatchObject({ surname: null, fullName: 'Nurul binti Ismail' });
  });
});

describe('renderUmfPerson', () => {
  const aus = loadRegistry().byCode('AUS')!;
  const [first] = handMadeRecords('AUS');

  it('speaks alpha-2 and the standard codes, and is pure', () => {
    const person = renderUmfPerson(first!, aus);
    expect(person).toMatchObject({ personId: 'AUS-HM-0000', sex: 'F', nationalities: ['AU'], roles: ['SUSPECT', 'FACILITATOR'] });
    expect(person.travelDocuments[0]).toEqual({
      documentType: 'P', documentNumber: 'p 1000000 x', issuingCountry: 'AU', expiryDate: '2030-06-30', status: 'VALID',
      // The passport's MRZ, as scanned: the number without the clerk's spacing, the name in A-Z.
      mrz: ['P<AUSMUNOZ<PENA<<JOSE<MARIA<<<<<<<<<<<<<<<<<', 'P1000000X1AUS80<<<<6F3006302<<<<<<<<<<<<<<02'],
    });
    // An identity card has no TD3 zone: the key is left out, not sent empty.
    expect(person.travelDocuments[1]).toEqual({ documentType: 'ID', documentNumber: 'ID-900000', issuingCountry: 'AU', expiryDate: null, status: 'UNKNOWN' });
    expect(person.contacts.map((c) => c.type)).toEqual(['phone', 'phone', 'email', 'wallet', 'imei', 'social', 'bank']);
    expect(person.handling).toEqual({ code: 'H0', releasableTo: ['PH', 'TH'] });
    expect(person.events.map((e) => e.place.country)).toEqual(['PH', 'TH', 'AU', 'AU', 'MM', 'AU', 'AU', 'AU', 'AU', 'AU']);
    expect(renderUmfPerson(first!, aus)).toEqual(person);
  });
});
