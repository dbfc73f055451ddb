import { z } from 'zod';
import { toAlpha3 } from '../kit/mapping/countries';
import { MappingError } from '../kit/mapping/mapping-error';
import { PERSON_ID } from './global-id';
import { CONTACT_KINDS, DOCUMENT_STATUSES, DOCUMENT_TYPES, EVENT_TYPES, HANDLING_CODES, NAME_KINDS, OFFENCES, ROLES, SEXES } from './vocabulary';

// JSON travels in UTF-8 (RFC 8259). A replacement character means the sender wrote another
// encoding and a decoder lost the letters: such a value would be served garbled and never match.
// NFC, so that a name typed with combining accents reads the same as one typed precomposed.
const utf8 = z
  .string()
  .refine((s) => !s.includes('\uFFFD'), 'not UTF-8 text (it holds replacement characters)')
  .transform((s) => s.normalize('NFC'));
// Blank and missing mean the same thing: not recorded.
const text = utf8.nullish().transform((v) => (v?.trim() ? v.replace(/\s+/g, ' ').trim() : null));
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);
const code = <const T extends readonly [string, ...string[]]>(values: T, what: string) => z.enum(values, { error: `not a UMF ${what} code` });
const keyOf = <T extends Record<string, unknown>>(table: T, what: string) =>
  code(Object.keys(table) as [Extract<keyof T, string>, ...Extract<keyof T, string>[]], what);

/** ISO 3166-1 alpha-2, upper case as the standard writes it; read as the alpha-3 the schema speaks. */
const country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'not an ISO 3166-1 alpha-2 code')
  .refine((c) => toAlpha3(c) !== null, 'not an ISO 3166 country')
  .transform((c) => toAlpha3(c)!);

const name = z.object({
  type: keyOf(NAME_KINDS, 'name type').nullish(),
  surname: text,
  forename: text,
  fullName: text,
  script: z.string().regex(/^[A-Z][a-z]{3}$/, 'not an ISO 15924 script code').nullish(),
  latin: text,
});

const travelDocument = z.object({
  documentType: keyOf(DOCUMENT_TYPES, 'document type'),
  documentNumber: utf8,
  issuingCountry: country.nullish(),
  expiryDate: text,
  status: code(DOCUMENT_STATUSES, 'document status').nullish(),
  /** The ICAO 9303 machine-readable zone as scanned, one string per line; checked in mapping. */
  mrz: list(utf8),
});

const contact = z.object({ type: keyOf(CONTACT_KINDS, 'contact type'), value: utf8 });

const event = z.object({
  type: code(EVENT_TYPES, 'event type'),
  dateTime: text,
  place: z.object({ country: country.nullish(), locality: text, facility: text }).nullish(),
  operationCode: text,
  summary: text,
});

const umfCase = z.object({
  reference: utf8.pipe(z.string().trim().min(1, 'empty')),
  role: code(ROLES, 'role').nullish(),
  status: text,
  exploitationTypes: list(z.string().regex(/^[A-Z][A-Z_]*$/, 'not an exploitation type code')),
  offences: list(code(OFFENCES, 'offence')),
});

/**
 * One person entity of the standard format as this adapter reads it. Unknown fields are ignored
 * (a sender may add its own); what is read must be of the standard's type and code list.
 */
const personSchema = z.object({
  personId: z.string().regex(PERSON_ID, 'not a personId this gateway can carry'),
  names: list(name),
  dateOfBirth: text,
  sex: keyOf(SEXES, 'sex').nullish(),
  nationalities: list(country),
  travelDocuments: list(travelDocument),
  contacts: list(contact),
  roles: list(code(ROLES, 'role')),
  events: list(event),
  cases: list(umfCase),
  handling: z.object({ code: code(HANDLING_CODES, 'handling').nullish(), releasableTo: list(country) }).nullish(),
  lastModified: text,
});

export type UmfPerson = z.output<typeof personSchema>;
export type UmfName = UmfPerson['names'][number];

/** A field path the way the standard names it: `travelDocuments[0].documentNumber`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  const joined = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return joined.replace(/^\./, '') || 'person';
}

/** Check one person entity; a problem becomes a MappingError naming the field, never its value. */
export function readUmfPerson(raw: unknown): UmfPerson {
  const parsed = personSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const [first, ...more] = parsed.error.issues;
  const reason = `${first?.message ?? 'invalid'}${more.length ? ` (and ${more.length} more problems)` : ''}`;
  throw new MappingError(fieldPath(first?.path ?? []), undefined, reason);
}

/** Which person an entity claims to be, read before (and whether or not) the rest is valid. */
export function umfPersonId(raw: unknown): string | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).personId : undefined;
  return typeof id === 'string' && PERSON_ID.test(id) ? id : null;
}
