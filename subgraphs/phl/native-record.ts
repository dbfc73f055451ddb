import { z } from 'zod';
import { MappingError } from '../kit/mapping/mapping-error';
import { PNP_REF } from './global-id';

// Blank strings and missing fields mean the same thing at the PNP desk: not recorded.
const text = z
  .string()
  .nullish()
  .transform((v) => (v?.trim() ? v.trim() : null));
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

const place = z.object({ province_city: text, country: text, facility: text });

const incident = z.object({
  incident_type: z.string(),
  incident_date: text,
  place: place.nullish(),
  operation_code: text,
  narrative: text,
});

const passport = z.object({ passport_no: z.string(), issuing_country: text, expiry: text, status: text });
const governmentId = z.object({ id_type: text, id_no: z.string(), issuing_country: text });
const otherIdentifier = z.object({ id_type: z.string(), value: z.string() });
const pnpCase = z.object({
  case_no: z.string().min(1),
  involvement: text,
  case_status: text,
  exploitation: list(z.string()),
  // Statutes cited; a case the docket cites none for has no `offenses`, or an empty list.
  offenses: list(z.string()),
});

/**
 * The PNP / BI person record as this adapter relies on it. Unknown fields are ignored, so the
 * agency can add some without breaking us; what we read must have the type we read it as.
 */
const nativePersonSchema = z.object({
  pnp_ref: z.string().regex(PNP_REF),
  agency: z.string().min(1),
  first_name: text,
  middle_name: text,
  last_name: text,
  sex: text,
  birth_date: text,
  citizenship: text,
  passports: list(passport),
  government_ids: list(governmentId),
  contact_numbers: list(z.string()),
  emails: list(z.string()),
  other_identifiers: list(otherIdentifier),
  involvement: list(z.string()),
  incidents: list(incident),
  cases: list(pnpCase),
  handling_code: text,
  release_to: list(z.string()),
  last_modified: text,
});

export type NativePerson = z.output<typeof nativePersonSchema>;

/** A field path the way the PNP documents it: `passports[0].passport_no`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  const joined = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return joined.replace(/^\./, '') || 'record';
}

/** Check one native record's shape; a problem becomes a MappingError naming the field, never its value. */
export function readNativePerson(raw: unknown): NativePerson {
  const parsed = nativePersonSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const [first, ...more] = parsed.error.issues;
  const reason = `${first?.message ?? 'invalid'}${more.length ? ` (and ${more.length} more problems)` : ''}`;
  throw new MappingError(fieldPath(first?.path ?? []), undefined, reason);
}

/** Which record a native item claims to be, read before (and whether or not) the rest is valid. */
export function nativeIdentity(raw: unknown): { pnpRef: string | null; agency: string | null } {
  const item = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const pnpRef = typeof item.pnp_ref === 'string' && PNP_REF.test(item.pnp_ref) ? item.pnp_ref : null;
  const agency = typeof item.agency === 'string' ? item.agency : null;
  return { pnpRef, agency };
}
