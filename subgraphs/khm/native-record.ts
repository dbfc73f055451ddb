import { z } from 'zod';
import { MappingError } from '../kit/mapping/mapping-error';
import { CNP_REF } from './global-id';

// Blank strings and missing fields mean the same thing in CNP exports: not recorded.
const text = z
  .string()
  .nullish()
  .transform((v) => (v?.trim() ? v.trim() : null));
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

const location = z.object({ country: text, province_code: text, district: text, site: text });

const event = z.object({
  event_type: z.string(),
  event_date: text,
  location: location.nullish().transform((v) => v ?? null),
  operation: text,
  remarks: text,
});

const document = z.object({ doc_type: z.string(), doc_no: z.string(), issued_by: text, expiry_date: text, doc_status: text });
const contact = z.object({ type: z.string(), value: z.string() });
const charge = z.object({ law: z.string(), article: z.string() });
const cnpCase = z.object({ case_no: z.string().min(1), person_type: text, stage: text, exploitation: list(z.string()), charges: list(charge) });

/**
 * The CNP person record as this adapter relies on it. Unknown fields are ignored, so the CNP can
 * add some without breaking us; what we read must have the type we read it as.
 */
const cnpPersonSchema = z.object({
  person_no: z.string().regex(CNP_REF),
  agency: z.string().min(1),
  name_km: text,
  name_latin: text,
  gender: text,
  date_of_birth: text,
  nationality: list(z.string()),
  documents: list(document),
  phones: list(z.string()),
  contacts: list(contact),
  person_type: list(z.string()),
  events: list(event),
  cases: list(cnpCase),
  handling_code: text,
  release_to: list(z.string()),
  updated_at: text,
});

export type CnpPerson = z.output<typeof cnpPersonSchema>;

/** A field path the way the CNP documents it: `documents[0].doc_no`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  const joined = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return joined.replace(/^\./, '') || 'record';
}

/**
 * The path of the first string holding U+FFFD, or null. `fetch` decodes the body as UTF-8 and
 * replaces bytes that are not UTF-8 (a record saved in a legacy code page) with U+FFFD, silently;
 * a name with a hole in it would then be served, and matched, as if it were what the CNP holds.
 */
export function replacementCharPath(value: unknown): PropertyKey[] | null {
  if (typeof value === 'string') return value.includes('\uFFFD') ? [] : null;
  if (typeof value !== 'object' || value === null) return null;
  // The path is built on the way back from a hit only: every record of every page passes here.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = replacementCharPath(value[i]);
      if (found) return [i, ...found];
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const found = replacementCharPath(item);
    if (found) return [key, ...found];
  }
  return null;
}

/** Check one native record's shape and text; a problem is a MappingError naming the field, never its value. */
export function readCnpPerson(raw: unknown): CnpPerson {
  const broken = replacementCharPath(raw);
  if (broken) throw new MappingError(fieldPath(broken), undefined, 'text that was not valid UTF-8 at the source');
  const parsed = cnpPersonSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const [first, ...more] = parsed.error.issues;
  const reason = `${first?.message ?? 'invalid'}${more.length ? ` (and ${more.length} more problems)` : ''}`;
  throw new MappingError(fieldPath(first?.path ?? []), undefined, reason);
}

/** Which record a native item claims to be, read before (and whether or not) the rest is valid. */
export function cnpIdentity(raw: unknown): { personNo: string | null; agency: string | null } {
  const item = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const personNo = typeof item.person_no === 'string' && CNP_REF.test(item.person_no) ? item.person_no : null;
  const agency = typeof item.agency === 'string' ? item.agency : null;
  return { personNo, agency };
}
