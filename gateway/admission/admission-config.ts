import { z } from 'zod';

const positive = () => z.coerce.number().int().positive();

/**
 * The admission settings, as zod fields for the gateway's own config schema
 * (`schema.extend(admissionConfigShape)`), read once with the rest of its configuration. The
 * defaults leave room above every operation the README and the tests send (at most depth 5,
 * 3 aliases, 2 root fields, 75 tokens, cost 1,423; the README's example trace costs 1,323).
 */
export const admissionConfigShape = {
  /** Deepest field nesting of an operation. @default 12 */
  MAX_QUERY_DEPTH: positive().default(12),
  /** Aliased fields in an operation; 0 refuses every alias. @default 30 */
  MAX_ALIASES: z.coerce.number().int().min(0).default(30),
  /** Root fields of an operation. @default 10 */
  MAX_ROOT_FIELDS: positive().default(10),
  /** Lexical tokens of a document. @default 2000 */
  MAX_TOKENS: positive().default(2000),
  /** Estimated cost of an operation (gateway/admission/measure-operation.ts). @default 10000 */
  MAX_QUERY_COST: positive().default(10_000),
  /** Items the cost estimate assumes in each list. @default 10 */
  QUERY_COST_LIST_FACTOR: positive().max(1000).default(10),
  /** Operations in one HTTP batch; 1 refuses batches. @default 1 */
  MAX_BATCH_SIZE: positive().max(100).default(1),
  /** How long an automatic persisted query is kept. @default 3600000 (an hour) */
  PERSISTED_QUERY_TTL_MS: z.coerce.number().int().min(1000).default(3_600_000),
  /** `off`, `allow` (listed documents may be sent by hash) or `require` (only listed documents run). @default 'off' */
  TRUSTED_DOCUMENTS: z.enum(['off', 'allow', 'require']).default('off'),
  /** The trusted documents: an Apollo persisted query manifest, or a JSON map of sha256 to document. */
  TRUSTED_DOCUMENTS_FILE: z.string().min(1).optional(),
};

const schema = z.object(admissionConfigShape);

export type AdmissionConfig = Readonly<z.output<typeof schema>>;

/**
 * The admission settings from values already read (the gateway's config, or a test's options),
 * defaults filled in; a bad value stops the start naming it.
 */
export function loadAdmissionConfig(values: Record<string, unknown>): AdmissionConfig {
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}=${JSON.stringify(values[String(i.path[0])])}: ${i.message}`);
    throw new Error(`invalid gateway configuration: ${problems.join('; ')}`);
  }
  return Object.freeze(parsed.data);
}
