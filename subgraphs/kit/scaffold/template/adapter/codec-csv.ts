// How the agency's system writes a list of records: CSV with a header row, one record a row; a
// list column holds JSON (`["PHL","THA"]`).
import { parse } from 'csv-parse/sync';
import { NativeSourceError } from '../../../native/native-source-error';

export const MEDIA_TYPE = 'text/csv';

const LIST_COLUMNS = new Set(['aliases', 'nationalities', 'documents', 'phones', 'other_identifiers', 'roles', 'events', 'cases', 'releasable_to']);

/** The records of one answer, each left `unknown`: one bad record is that record's problem. */
export function decodeRecords(body: string): unknown[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(body, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  } catch {
    throw new NativeSourceError('native source answered with a body that is not CSV');
  }
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([column, cell]) => {
        if (cell === '') return [column, null];
        if (!LIST_COLUMNS.has(column)) return [column, cell];
        try {
          return [column, JSON.parse(cell) as unknown];
        } catch {
          return [column, cell]; // the record's own schema reports the column
        }
      }),
    ),
  );
}
