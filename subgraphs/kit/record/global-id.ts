import type { Jurisdiction } from '../../../schema/registry/registry';

/** The agency and the agency's own reference a global record id `<CODE>:<agency>:<ref>` names. */
export interface GlobalIdParts {
  readonly agency: string;
  readonly ref: string;
}

/**
 * Split a global id, or null when it is no id of this jurisdiction: another country's code, an
 * agency it does not list, a reference `refPattern` refuses, or extra `:` parts.
 */
export function parseGlobalId(id: string, jurisdiction: Pick<Jurisdiction, 'code' | 'agencies'>, refPattern: RegExp): GlobalIdParts | null {
  const [code, agency, ref, ...rest] = id.split(':');
  if (code !== jurisdiction.code || rest.length > 0 || agency === undefined || ref === undefined) return null;
  return jurisdiction.agencies.includes(agency) && refPattern.test(ref) ? { agency, ref } : null;
}
