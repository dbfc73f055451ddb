import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { toAlpha2, toAlpha3 } from './countries';

/**
 * A phone number in E.164, or null when it is not a valid number. National numbers are read in
 * the context of `defaultCountry` (alpha-3): the jurisdiction that recorded it.
 */
export function toE164(raw: string, defaultCountry?: string | null): string | null {
  const alpha2 = defaultCountry ? toAlpha2(defaultCountry) : null;
  const parsed = parsePhoneNumberFromString(raw.trim(), (alpha2 ?? undefined) as CountryCode | undefined);
  return parsed?.isValid() ? parsed.number : null;
}

/** The country (alpha-3) an E.164 number belongs to; null for a non-geographic or unknown one. */
export function phoneCountry(e164: string): string | null {
  const region = parsePhoneNumberFromString(e164)?.country;
  return region ? toAlpha3(region) : null;
}
