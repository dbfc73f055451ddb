/**
 * A record number (`so_ho_so`) as this adapter accepts it: letters, digits, and the `-`, `.`, `/`
 * MPS references use ("C03-2024-000517", "125/2024/HS"). No `:`, so it is safe inside a global id.
 */
export const MPS_REF = /^[A-Za-z0-9][A-Za-z0-9./-]{0,63}$/;

/** The one agency of the export: the Ministry of Public Security. */
export const MPS = 'MPS';

/** The record number of a global id `VNM:MPS:<so_ho_so>`, or null when it is no id of ours. */
export function parseVnmId(id: string): string | null {
  const [jurisdiction, agency, ref, ...rest] = id.split(':');
  if (jurisdiction !== 'VNM' || agency !== MPS || rest.length > 0 || ref === undefined) return null;
  return MPS_REF.test(ref) ? ref : null;
}
