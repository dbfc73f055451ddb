import { InvalidIdentifier, lookupKey, normaliseIdentifier } from '../identifiers/normalise';
import { blindKey } from '../identifiers/blind-key';
import { personName, detectScript } from '../mapping/names';
import { toAlpha3 } from '../mapping/countries';

describe('identifier normalisation', () => {
  it('folds document numbers and alpha-2 countries to one key', () => {
    const a = normaliseIdentifier({ kind: 'TRAVEL_DOCUMENT', value: 'p 4821937 b', country: 'PH' });
    const b = normaliseIdentifier({ kind: 'TRAVEL_DOCUMENT', value: 'P4821937B', country: 'PHL' });
    expect(a).toEqual({ kind: 'TRAVEL_DOCUMENT', value: 'P4821937B', country: 'PHL' });
    expect(lookupKey(a)).toBe(lookupKey(b));
  });

  it('does not match the same number issued by another country', () => {
    const phl = normaliseIdentifier({ kind: 'TRAVEL_DOCUMENT', value: 'P4821937B', country: 'PHL' });
    const tha = normaliseIdentifier({ kind: 'TRAVEL_DOCUMENT', value: 'P4821937B', country: 'THA' });
    expect(lookupKey(phl)).not.toBe(lookupKey(tha));
  });

  it('reads national phone numbers in the recording jurisdiction’s context', () => {
    expect(normaliseIdentifier({ kind: 'PHONE', value: '0917 482 1937' }, 'PHL').value).toBe('+639174821937');
    expect(normaliseIdentifier({ kind: 'PHONE', value: '+63 917 482 1937' }, 'THA').value).toBe('+639174821937');
    expect(normaliseIdentifier({ kind: 'PHONE', value: '081 774 2290' }, 'THA').value).toBe('+66817742290');
  });

  it.each([
    [{ kind: 'TRAVEL_DOCUMENT', value: 'P4821937B' }, /issuing country/],
    [{ kind: 'TRAVEL_DOCUMENT', value: '<script>', country: 'PHL' }, /3 to 20/],
    [{ kind: 'TRAVEL_DOCUMENT', value: 'P4821937B', country: 'ZZZ' }, /unknown country/],
    [{ kind: 'PHONE', value: '12345' }, /not a valid phone/],
    [{ kind: 'EMAIL', value: 'nobody' }, /e-mail/],
    [{ kind: 'IMEI', value: '12ab' }, /IMEI/],
    [{ kind: 'PHONE', value: '   ' }, /empty/],
    [{ kind: 'EMAIL', value: 'a'.repeat(300) }, /256/],
    [{ kind: 'NOT_A_KIND', value: 'x' }, /unknown identifier kind/],
  ])('refuses %p', (input, reason) => {
    expect(() => normaliseIdentifier(input as never)).toThrow(InvalidIdentifier);
    expect(() => normaliseIdentifier(input as never)).toThrow(reason);
  });

  it('blind keys depend on the shared secret', () => {
    const key = lookupKey(normaliseIdentifier({ kind: 'PHONE', value: '+639174821937' }));
    expect(blindKey(key, 'secret-a')).toBe(blindKey(key, 'secret-a'));
    expect(blindKey(key, 'secret-a')).not.toBe(blindKey(key, 'secret-b'));
    expect(blindKey(key, 'secret-a')).not.toContain('639174821937');
  });
});

describe('names and countries', () => {
  it('keeps the recorded order and script and prefers the recorded romanisation', () => {
    expect(personName({ full: 'วีระ แก้วมณี', given: 'WIRA', family: 'KAEWMANEE', romanised: 'WIRA KAEWMANEE' })).toMatchObject({
      full: 'วีระ แก้วมณี', script: 'THAI', romanised: 'WIRA KAEWMANEE', given: 'WIRA', family: 'KAEWMANEE',
    });
  });

  it('builds the full name from parts and transliterates when nothing romanised is recorded', () => {
    expect(personName({ given: 'Maricel', middle: 'Dizon', family: 'Villanueva' })).toMatchObject({ full: 'Maricel Dizon Villanueva', script: 'LATIN' });
    expect(personName({ full: 'Nguyễn Thị Lan' })?.romanised).toBe('Nguyen Thi Lan');
    expect(personName({ full: 'วีระ แก้วมณี' })?.romanised).toMatch(/^[\x20-\x7e]+$/);
    expect(personName({ full: '   ' })).toBeNull();
    expect(detectScript('王小明')).toBe('HAN');
  });

  it('maps alpha-2 and alpha-3 codes, and knows what is no country', () => {
    expect(toAlpha3('ph')).toBe('PHL');
    expect(toAlpha3('THA')).toBe('THA');
    expect(toAlpha3('XYZ')).toBeNull();
    expect(toAlpha3('INTERPOL')).toBe('INTERPOL');
  });
});
