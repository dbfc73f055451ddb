/**
 * A CNP person number as the lookup accepts it in `?ids=`. Letters, digits and `-._/` only: the
 * API separates ids with commas, so anything looser could smuggle extra ids into one lookup, and
 * a colon would break the global id apart.
 */
export const CNP_REF = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

export interface KhmRecordRef {
  readonly agency: string;
  readonly personNo: string;
}

/** Agency and person number of a global id `KHM:<agency>:<person_no>`, or null when it is no id of ours. */
export function parseKhmId(id: string, agencies: readonly string[]): KhmRecordRef | null {
  const [jurisdiction, agency, personNo, ...rest] = id.split(':');
  if (jurisdiction !== 'KHM' || rest.length > 0 || agency === undefined || personNo === undefined) return null;
  if (!agencies.includes(agency) || !CNP_REF.test(personNo)) return null;
  return { agency, personNo };
}
