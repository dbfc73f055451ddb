/**
 * A 人员编号 (rybh, the MPS person number) as this adapter accepts it inside a global id. Stricter
 * than the system needs: no `:` (it would split the global id) and nothing a log line or a lookup
 * body could misread.
 */
export const RYBH = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export interface ChnRecordRef {
  readonly agency: string;
  readonly rybh: string;
}

/** Agency and person number of a global id `CHN:<agency>:<rybh>`, or null when it is no id of ours. */
export function parseChnId(id: string, agencies: readonly string[]): ChnRecordRef | null {
  const [jurisdiction, agency, rybh, ...rest] = id.split(':');
  if (jurisdiction !== 'CHN' || rest.length > 0 || agency === undefined || rybh === undefined) return null;
  if (!agencies.includes(agency) || !RYBH.test(rybh)) return null;
  return { agency, rybh };
}
