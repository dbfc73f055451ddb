/**
 * An agency reference as a global id carries it: no `:` (the id's separator), no control
 * characters, at most 64 characters. Anything else printable is allowed (police report numbers
 * have slashes): it reaches SQL only as a parameter.
 */
const REFERENCE = /^[^:\p{Cc}]{1,64}$/u;

/** The primary key of an `orang` row. */
export interface PdrmKey {
  readonly agensi: string;
  readonly noRujukan: string;
}

/** The key of a global id `MYS:<agensi>:<no_rujukan>`, or null when it is no MYS id of a known agency. */
export function parseMysId(id: string, agencies: readonly string[]): PdrmKey | null {
  const [jurisdiction, agensi, noRujukan, ...rest] = id.split(':');
  if (jurisdiction !== 'MYS' || rest.length > 0 || agensi === undefined || noRujukan === undefined) return null;
  if (!agencies.includes(agensi) || !REFERENCE.test(noRujukan)) return null;
  return { agensi, noRujukan };
}
