// How the agency's system writes a list of records: JSON, `{ "records": [ … ] }`.
import { NativeSourceError } from '../../../native/native-source-error';

export const MEDIA_TYPE = 'application/json';

/** The records of one answer, each left `unknown`: one bad record is that record's problem. */
export function decodeRecords(body: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new NativeSourceError('native source answered with a body that is not JSON');
  }
  const records = (parsed as { records?: unknown } | null)?.records;
  if (!Array.isArray(records)) throw new NativeSourceError('native source answered JSON of an unexpected shape');
  return records;
}
