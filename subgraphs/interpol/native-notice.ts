import { z } from 'zod';
import { MappingError } from '../kit/mapping/mapping-error';
import { NOTICE_ID } from './global-id';

// Blank strings and missing fields mean the same thing in a notice: not given.
const text = z
  .string()
  .nullish()
  .transform((v) => (v?.trim() ? v.trim() : null));
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

const travelDocument = z.object({ document_type: z.string(), document_number: z.string(), issuing_country: text, expiry_date: text });
const otherIdentifier = z.object({ type: z.string(), value: z.string() });
const arrestWarrant = z.object({ charge: z.string(), issuing_country: text });

/**
 * A notice or diffusion as this adapter relies on it. Unknown fields are ignored, so the General
 * Secretariat can add some without breaking us; what we read must have the type we read it as.
 */
const nativeNoticeSchema = z.object({
  notice_id: z.string().regex(NOTICE_ID),
  kind: z.string(),
  colour: z.string(),
  state: z.string(),
  requesting_country: z.string(),
  forename: text,
  name: text,
  name_in_original_script: text,
  sex_id: text,
  date_of_birth: text,
  nationalities: list(z.string()),
  travel_documents: list(travelDocument),
  telephones: list(z.string()),
  emails: list(z.string()),
  other_identifiers: list(otherIdentifier),
  arrest_warrants: list(arrestWarrant),
  crime_areas: list(z.string()),
  exploitation: list(z.string()),
  victim_identified: z.boolean().nullish(),
  handling_code: text,
  disseminated_to: list(z.string()),
  publication_date: text,
  last_updated: text,
});

export type NativeNotice = z.output<typeof nativeNoticeSchema>;

/** A field path the way the I-24/7 documentation writes it: `travel_documents[0].document_number`. */
function fieldPath(path: readonly PropertyKey[]): string {
  const joined = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return joined.replace(/^\./, '') || 'notice';
}

/** Check one native notice's shape; a problem becomes a MappingError naming the field, never its value. */
export function readNativeNotice(raw: unknown): NativeNotice {
  const parsed = nativeNoticeSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const [first, ...more] = parsed.error.issues;
  const reason = `${first?.message ?? 'invalid'}${more.length ? ` (and ${more.length} more problems)` : ''}`;
  throw new MappingError(fieldPath(first?.path ?? []), undefined, reason);
}

/** Which notice a native item claims to be, read before (and whether or not) the rest is valid. */
export function noticeIdentity(raw: unknown): string | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).notice_id : undefined;
  return typeof id === 'string' && NOTICE_ID.test(id) ? id : null;
}
