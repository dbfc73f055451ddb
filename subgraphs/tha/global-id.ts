/** A refNo as the Thai system writes it; stricter than the system needs, so it is safe inside an id and a lookup. */
export const RTP_REF = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

export interface ThaRecordRef {
  readonly agency: string;
  readonly refNo: string;
}

/** Agency and refNo of a global id `THA:<agency>:<refNo>`, or null when it is no id of ours. */
export function parseThaId(id: string, agencies: readonly string[]): ThaRecordRef | null {
  const [jurisdiction, agency, refNo, ...rest] = id.split(':');
  if (jurisdiction !== 'THA' || rest.length > 0 || agency === undefined || refNo === undefined) return null;
  if (!agencies.includes(agency) || !RTP_REF.test(refNo)) return null;
  return { agency, refNo };
}
