/**
 * A POLRI / Imigrasi registration number as this adapter accepts it. Letters, digits and `-._/`
 * only (POLRI report numbers carry slashes, `LP/B/412/X/2024`); a colon would break the global id
 * apart, and nothing looser is needed.
 */
export const REGISTRATION_NO = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

export interface IdnRecordRef {
  readonly agency: string;
  readonly registrationNo: string;
}

/** Agency and registration number of a global id `IDN:<agency>:<nomor_registrasi>`, or null when it is no id of ours. */
export function parseIdnId(id: string, agencies: readonly string[]): IdnRecordRef | null {
  const [jurisdiction, agency, registrationNo, ...rest] = id.split(':');
  if (jurisdiction !== 'IDN' || rest.length > 0 || agency === undefined || registrationNo === undefined) return null;
  if (!agencies.includes(agency) || !REGISTRATION_NO.test(registrationNo)) return null;
  return { agency, registrationNo };
}
