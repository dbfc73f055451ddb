import { recordId } from '../kit/record/person-record';

/**
 * The standard format has no agency field: a long-tail country's records all come from its
 * INTERPOL National Central Bureau, the one agency of its registry row.
 */
export const UMF_AGENCY = 'NCB';

/**
 * A sender's personId as global ids carry it: no colon (the id separator), no spaces, at most 64
 * characters. Stricter than the format itself, so a reference we could not round-trip through a
 * global id fails its record instead of becoming an id that points nowhere.
 */
export const PERSON_ID = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

/** The global id of a long-tail record: `AUS:NCB:<personId>`. */
export const umfRecordId = (jurisdiction: string, personId: string): string => recordId(jurisdiction, UMF_AGENCY, personId);

/** The personId of a global id `<CODE>:NCB:<personId>` of this jurisdiction, or null when it is none. */
export function parseUmfId(id: string, jurisdiction: string): string | null {
  const [code, agency, personId, ...rest] = id.split(':');
  if (code !== jurisdiction || agency !== UMF_AGENCY || personId === undefined || rest.length > 0) return null;
  return PERSON_ID.test(personId) ? personId : null;
}
