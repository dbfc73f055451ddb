import countries from 'i18n-iso-countries';
import { MappingError } from './mapping-error';

/** Codes that are not ISO 3166 countries but own records or issue documents. */
const NON_COUNTRY_CODES = new Set(['INTERPOL', 'UNO', 'XXA', 'XXB', 'XXC']);

/** ISO 3166-1 alpha-3 for an alpha-2 or alpha-3 code (either case), or null when it is no country. */
export function toAlpha3(code: string): string | null {
  const c = code.trim().toUpperCase();
  if (NON_COUNTRY_CODES.has(c)) return c;
  if (c.length === 2) return countries.alpha2ToAlpha3(c) ?? null;
  if (c.length === 3) return countries.isValid(c) ? c : null;
  return null;
}

/** ISO 3166-1 alpha-2 for an alpha-3 code, for libraries that speak alpha-2 (phone numbers). */
export function toAlpha2(alpha3: string): string | null {
  return countries.alpha3ToAlpha2(alpha3.toUpperCase()) ?? null;
}

/** Like toAlpha3, for a native field: an unknown code is a mapping error, not a silent null. */
export function countryField(field: string, code: string): string {
  const alpha3 = toAlpha3(code);
  if (!alpha3) throw new MappingError(field, code, 'not an ISO 3166 country code');
  return alpha3;
}
