import { z } from 'zod';
import { MappingError } from '../kit/mapping/mapping-error';
import { NativeSourceError } from '../kit/native/native-source-error';
import { RTP_REF } from './global-id';

// The shape of the Thai system's XML once parsed (see parse-xml.ts): `@x` keys are attributes,
// `#text` the text of an element that also has attributes. Shape only: codes, dates and countries
// are read in mapping.ts, where a bad value is a MappingError too.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Text of an element, whether it came as a bare string or as `#text` beside attributes. */
const text = z.preprocess((v) => (isObject(v) ? (v['#text'] ?? '') : v), z.string().trim());
/** An empty element (`<Gender/>`) counts as absent, as the agency's export writes empties. */
const optionalText = text.optional().transform((s) => s || undefined);
const attr = z.string().trim().optional().transform((s) => s || undefined);
const texts = z.array(text).default([]).transform((list) => list.filter(Boolean));

/** An element read as an object: `<X/>` parses to '' and a text-only `<X>t</X>` to a bare string. */
const element = <T extends z.ZodRawShape>(shape: T) =>
  z.preprocess((v) => (v === '' ? {} : typeof v === 'string' ? { '#text': v } : v), z.object(shape));

/** `<Mrz><Line>…</Line><Line>…</Line></Mrz>`: what a passport reader saw; an empty `<Mrz/>` is none. */
const mrz = element({ Line: z.array(text).default([]) }).transform((m) => (m.Line.length > 0 ? m.Line : undefined));

const document = element({
  '@no': z.string().trim().min(1, 'document number missing'),
  '@country': attr,
  '@expiry': attr,
  '@status': attr,
  Mrz: mrz.optional(),
});

const event = element({
  '#text': attr,
  '@type': z.string().trim().min(1, 'event type missing'),
  '@date': attr,
  '@province': attr,
  '@country': attr,
  '@facility': attr,
  '@operation': attr,
});

const personSchema = z.object({
  // Global ids are `THA:<agency>:<refNo>`: both parts must be safe inside one.
  '@refNo': z.string().trim().regex(RTP_REF, 'refNo missing or not a reference'),
  '@agency': z.string().trim().regex(/^[A-Z]{2,10}$/, 'agency missing or not an agency code'),
  Name: optionalText,
  NameEn: element({ Surname: optionalText, GivenNames: optionalText }).optional(),
  Gender: optionalText,
  BirthDate: optionalText,
  Nationality: texts,
  Passport: z.array(document).default([]),
  IdCard: z.array(document).default([]),
  Phone: texts,
  Contact: z.array(element({ '#text': attr, '@type': z.string().trim().min(1, 'contact type missing') })).default([]),
  Role: texts,
  Event: z.array(event).default([]),
  Case: z
    .array(
      element({
        '@ref': z.string().trim().min(1, 'case reference missing'),
        '@status': attr,
        '@role': attr,
        Exploitation: texts,
        // `<Offence code="TIP2551-6">ค้ามนุษย์</Offence>`: the code is read, the Thai title is not.
        Offence: z.array(element({ '@code': z.string().trim().min(1, 'offence code missing'), '#text': attr })).default([]),
      }),
    )
    .default([]),
  Handling: element({ '@code': z.enum(['H0', 'H1', 'H2', 'H3']), ReleasableTo: texts }).optional(),
  LastModified: z.iso.datetime({ offset: true }).optional(),
});

/** One `<Person>`, its shape checked; values still as the agency wrote them. */
export type NativePerson = z.output<typeof personSchema>;

const fieldOf = (path: PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('') || 'Person';

/** Check one `<Person>`; a shape problem is a MappingError naming the field, never its value. */
export function readPerson(raw: unknown): NativePerson {
  const parsed = personSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new MappingError(fieldOf(issue?.path ?? []), undefined, issue?.message ?? 'not a Person element');
}

const identitySchema = z.object({ '@refNo': z.string().trim().min(1), '@agency': z.string().trim().min(1) });

/** Agency and refNo of a `<Person>`, read leniently to match answers to ids; null when unreadable. */
export function readPersonIdentity(raw: unknown): { agency: string; refNo: string } | null {
  const parsed = identitySchema.safeParse(raw);
  return parsed.success ? { agency: parsed.data['@agency'], refNo: parsed.data['@refNo'] } : null;
}

const count = z.string().regex(/^\d{1,9}$/).transform(Number);

const envelopeSchema = z.object({
  '@page': count.optional(),
  '@pages': count.optional(),
  '@total': count.optional(),
  // Each Person is checked on its own later: one bad record must not fail the envelope.
  Person: z.array(z.unknown()).default([]),
});

/** `<PersonRecords page pages total>`: a page of the listing or the answer to a lookup. */
export interface PersonRecordsEnvelope {
  readonly page?: number;
  readonly pages?: number;
  readonly total?: number;
  readonly persons: readonly unknown[];
}

/** Check the root of an answer; a broken envelope is the whole source failing. */
export function readEnvelope(root: Record<string, unknown>): PersonRecordsEnvelope {
  const parsed = envelopeSchema.safeParse(root);
  if (!parsed.success) {
    throw new NativeSourceError(`native answer's <PersonRecords> is malformed at ${fieldOf(parsed.error.issues[0]?.path ?? [])}`);
  }
  const { '@page': page, '@pages': pages, '@total': total, Person: persons } = parsed.data;
  return { page, pages, total, persons };
}
