// The agency's native person record, as its system answers it (for `--format sql`: as the
// adapter's queries.ts assembles it from the agency's tables). SCAFFOLD: replace this shape with
// the agency's own (field names, vocabulary, date style); keep it strict, so a record of another
// shape is a MappingError for that record alone.
import { z } from 'zod';
import { MappingError } from '../../../mapping/mapping-error';

const text = z.string().trim().min(1);
// Absent and empty are the same thing for a text field (XML and CSV cannot tell them apart).
const optionalText = z.preprocess((v) => (v === '' || v === undefined ? null : v), text.nullable());
const list = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined || v === null || v === '' ? [] : v), z.array(item));

export const nativeDocument = z.object({
  type: optionalText,
  number: text,
  issuing_country: optionalText,
  expiry: optionalText,
  status: optionalText,
});

export const nativeEvent = z.object({
  type: text,
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, in the agency's time zone. */
  date: optionalText,
  /** `HH:mm`, local time, when recorded. */
  time: optionalText,
  country: optionalText,
  locality: optionalText,
  facility: optionalText,
  operation: optionalText,
  summary: optionalText,
});

export const nativeCase = z.object({
  reference: text,
  role: optionalText,
  status: optionalText,
  exploitation_types: list(text),
  offences: list(text),
});

export const nativePerson = z.object({
  /** The agency's own reference: with the agency, the record's identity. */
  ref: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/),
  agency: text,
  full_name: text,
  given_name: optionalText,
  middle_name: optionalText,
  family_name: optionalText,
  /** The name as the passport romanises it, when the agency records one. */
  romanised_name: optionalText,
  aliases: list(text),
  /** `M`, `F`, `X`; absent when not recorded. */
  sex: optionalText,
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  birth_date: optionalText,
  /** ISO 3166-1 alpha-3. */
  nationalities: list(text),
  documents: list(nativeDocument),
  phones: list(text),
  /** kind: EMAIL, SOCIAL_HANDLE, CRYPTO_WALLET, BANK_ACCOUNT, IMEI. */
  other_identifiers: list(z.object({ kind: text, value: text })),
  roles: list(text),
  events: list(nativeEvent),
  cases: list(nativeCase),
  /** H0 … H3: the originator's handling code. */
  handling_code: optionalText,
  /** ISO 3166-1 alpha-3 countries the record may be released to. */
  releasable_to: list(text),
  /** ISO 8601 with offset. */
  updated_at: optionalText,
});

export type NativePerson = z.output<typeof nativePerson>;

/** The record's identity, read even when the rest does not parse (to put its error in the right slot). */
export function personIdentity(raw: unknown): { agency: string | null; ref: string | null } {
  const r = (raw ?? {}) as { agency?: unknown; ref?: unknown };
  return { agency: typeof r.agency === 'string' ? r.agency : null, ref: typeof r.ref === 'string' ? r.ref : null };
}

/** Parse one native record; a record of the wrong shape is a MappingError naming the first bad field (never its value). */
export function readPerson(raw: unknown): NativePerson {
  const parsed = nativePerson.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'record';
  throw new MappingError(field, undefined, issue?.code === 'invalid_type' && issue.input === undefined ? 'missing' : 'not in the expected form');
}
