/**
 * A PNP reference as the native API accepts it in `?ids=`. Letters, digits and dashes only: the
 * API separates ids with commas, so anything looser could smuggle extra ids into one lookup.
 */
export const PNP_REF = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;

export interface PhlRecordRef {
  readonly agency: string;
  readonly pnpRef: string;
}

/** The agency and PNP reference of a global id `PHL:<agency>:<pnp_ref>`, or null when it is no PHL id. */
export function parsePhlId(id: string, agencies: readonly string[]): PhlRecordRef | null {
  const [jurisdiction, agency, pnpRef, ...rest] = id.split(':');
  if (jurisdiction !== 'PHL' || rest.length > 0 || agency === undefined || pnpRef === undefined) return null;
  if (!agencies.includes(agency) || !PNP_REF.test(pnpRef)) return null;
  return { agency, pnpRef };
}
