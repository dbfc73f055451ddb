/**
 * A notice id as the I-24/7 system allocates it: `2024/12345` for a notice, `D-2024/12345` for a
 * diffusion. Nothing looser is sent to the native lookup.
 */
export const NOTICE_ID = /^(D-)?\d{4}\/\d{4,6}$/;

/** The notice id of a global id `INTERPOL:<agency>:<notice id>`, or null when it is no INTERPOL id. */
export function parseInterpolId(id: string, code: string, agencies: readonly string[]): string | null {
  const [jurisdiction, agency, noticeId, ...rest] = id.split(':');
  if (jurisdiction !== code || rest.length > 0 || agency === undefined || noticeId === undefined) return null;
  return agencies.includes(agency) && NOTICE_ID.test(noticeId) ? noticeId : null;
}
