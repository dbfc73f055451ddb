import type { PersonRecord } from '../record/person-record';

/** Fields that identify the person: withheld first, and the ones victim protection covers. */
export const IDENTITY_FIELDS = ['names', 'sex', 'dateOfBirth', 'nationalities', 'documents', 'identifiers'] as const;

/** What the owner knows of the person's part in its cases. */
export const CASEWORK_FIELDS = ['roles', 'events', 'cases', 'updatedAt'] as const;

/**
 * Every field a release decision can withhold. The rest (`id`, `jurisdiction`, `agency`,
 * `handling` with its contact point, `release`) always answer: a withheld record still shows that
 * it exists, who holds it and whom to ask (SPEC §5).
 */
export const WITHHOLDABLE_FIELDS = [...IDENTITY_FIELDS, ...CASEWORK_FIELDS] as const;

export type WithholdableField = (typeof WITHHOLDABLE_FIELDS)[number];

export const isWithholdable = (field: string): field is WithholdableField => (WITHHOLDABLE_FIELDS as readonly string[]).includes(field);

/** Fields of the shared record type, checked at compile time against PersonRecord. */
export type RecordField = keyof PersonRecord;
