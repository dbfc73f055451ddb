import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { z } from 'zod';

/** `off`: no list. `allow`: listed documents may be sent by hash alone, anything else runs too. `require`: only listed documents run. */
export type TrustedDocumentsMode = 'off' | 'allow' | 'require';

/** The documents a gateway trusts, by the sha256 (hex) of their exact text. */
export interface TrustedDocuments {
  readonly mode: TrustedDocumentsMode;
  /** hash → document text. */
  readonly byHash: ReadonlyMap<string, string>;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Apollo's persisted query manifest, as `generate-persisted-query-manifest` writes it. */
const apolloManifest = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(z.object({ id: z.string(), body: z.string().min(1) }).passthrough()),
});

/** The plain map GraphQL Codegen's client preset (`persistedDocuments`) and Relay write. */
const hashMap = z.record(z.string(), z.string().min(1));

/** The [hash, document] pairs of either format; a manifest is told by its `format` field. */
function documentsOf(json: unknown, bad: (why: string) => Error): [string, string][] {
  const isManifest = typeof json === 'object' && json !== null && 'format' in json;
  const problem = (error: z.ZodError, expected: string) => {
    const issue = error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return bad(`not ${expected}${where}: ${issue?.message ?? 'unreadable'}`);
  };
  if (isManifest) {
    const parsed = apolloManifest.safeParse(json);
    if (!parsed.success) throw problem(parsed.error, 'an Apollo persisted query manifest');
    return parsed.data.operations.map((o) => [o.id, o.body]);
  }
  const parsed = hashMap.safeParse(json);
  if (!parsed.success) throw problem(parsed.error, 'a map of sha256 to document (nor an Apollo persisted query manifest)');
  return Object.entries(parsed.data);
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Read the trusted documents once, at start. Every problem stops the start with a message naming
 * the variable and the value: a missing or unreadable file, not JSON, neither manifest format, a
 * document that does not parse, or an id that is not the sha256 of its document (a client sends
 * the sha256 of the text it runs, as in Apollo's persisted query protocol, so such an entry could
 * never be asked for, and would mean the file is not the one the clients were built with).
 */
export function loadTrustedDocuments({ mode, file }: { mode: TrustedDocumentsMode; file?: string | undefined }): TrustedDocuments {
  const fail = (variable: string, value: string | undefined, why: string) =>
    new Error(`invalid gateway configuration: ${variable}=${JSON.stringify(value)}: ${why}`);
  if (mode === 'off') {
    if (file) throw fail('TRUSTED_DOCUMENTS', mode, `TRUSTED_DOCUMENTS_FILE is set; say allow or require to use it`);
    return { mode, byHash: new Map() };
  }
  if (!file) throw fail('TRUSTED_DOCUMENTS', mode, 'needs TRUSTED_DOCUMENTS_FILE');
  const bad = (why: string) => fail('TRUSTED_DOCUMENTS_FILE', file, why);

  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw bad((error as NodeJS.ErrnoException).code ? `cannot be read (${(error as NodeJS.ErrnoException).code})` : `is not JSON: ${(error as Error).message}`);
  }
  const entries = documentsOf(json, bad);
  if (entries.length === 0) throw bad('lists no document');

  const byHash = new Map<string, string>();
  for (const [id, body] of entries) {
    if (!SHA256.test(id)) throw bad(`id ${JSON.stringify(id)} is not a sha256 in lowercase hex`);
    if (sha256Hex(body) !== id) throw bad(`id ${id} is not the sha256 of its document`);
    try {
      parse(body);
    } catch (error) {
      throw bad(`document ${id} does not parse: ${(error as Error).message}`);
    }
    byHash.set(id, body);
  }
  return { mode, byHash };
}
