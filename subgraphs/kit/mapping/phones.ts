import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { toAlpha2 } from './countries';

/**
 * A phone number in E.164, or null when it is not a valid number. National numbers are read in
 * the context of `defaultCountry` (alpha-3): the jurisdiction that recorded it.
 */
export function toE164(raw: string, defaultCountry?: string | null): string | null {
  const alpha2 = defaultCountry ? toAlpha2(defaultCountry) : null;
  const parsed = parsePhoneNumberFromString(raw.trim(), (alpha2 ?? undefined) as CountryCode | undefined);
  return parsed?.isValid() ? parsed.number : null;
}
