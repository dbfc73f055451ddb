/**
 * Travel document numbers as the index compares them: upper case, letters and digits only.
 * ICAO 9303 numbers are at most 9 characters in the MRZ, national ids run longer; 3–20 covers both.
 */
export function normaliseDocumentNumber(raw: string): string | null {
  const n = raw.normalize('NFKC').toUpperCase().replace(/[\s\-./]/g, '');
  return /^[A-Z0-9]{3,20}$/.test(n) ? n : null;
}
