/**
 * How the INTERPOL system compares document numbers: issuing state plus the number in upper case,
 * letters and digits only (the form an MRZ reader produces), whatever spacing the country typed.
 */
export function documentKey(issuingCountryAlpha3: string, number: string): string {
  return `${issuingCountryAlpha3.toUpperCase()}|${compactNumber(number)}`;
}

export function compactNumber(number: string): string {
  return number.normalize('NFKC').toUpperCase().replace(/[^A-Z0-9]/g, '');
}
