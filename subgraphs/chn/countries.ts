import countries from 'i18n-iso-countries';
import { countryField } from '../kit/mapping/countries';
import { MappingError } from '../kit/mapping/mapping-error';

/**
 * A GB/T 2659 country code as ISO 3166-1 alpha-3. The MPS writes the standard's numeric codes
 * (`156` China, `608` Philippines), which are ISO 3166's; i18n-iso-countries maps them, so there is
 * no table of our own to drift. The standard's alpha-3 codes are ISO's too, and the system uses
 * them for what has no number (ICAO `XXA` stateless, `UNO`), so those are read as well.
 */
export function gbtCountry(field: string, raw: string): string {
  const code = raw.trim();
  if (/^\d{3}$/.test(code)) {
    const alpha3 = countries.numericToAlpha3(code);
    if (!alpha3) throw new MappingError(field, raw, 'not a GB/T 2659 numeric country code');
    return alpha3;
  }
  if (/^[A-Za-z]{3}$/.test(code)) return countryField(field, code);
  throw new MappingError(field, raw, 'not a GB/T 2659 country code');
}
