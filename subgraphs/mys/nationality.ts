import countries from 'i18n-iso-countries';
import { toAlpha3 } from '../kit/mapping/countries';
import { MappingError } from '../kit/mapping/mapping-error';

/**
 * `warganegara`: JIM copies the passport's ISO code, PDRM forms take the Malay country name
 * (`FILIPINA`, `KEMBOJA`, `MYANMAR (BURMA)`). No Malay country name is three letters long, so a
 * three-letter value is read as a code. An unknown name is a MappingError, never a guess.
 */
export function nationalityOf(field: string, raw: string): string {
  const value = raw.trim().replace(/\s+/g, ' ');
  const alpha3 = /^[A-Za-z]{3}$/.test(value) ? toAlpha3(value) : (countries.getAlpha3Code(value, 'ms') ?? null);
  if (!alpha3) throw new MappingError(field, raw, 'neither an ISO 3166 code nor a Malay country name');
  return alpha3;
}
