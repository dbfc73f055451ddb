import { CsvError, parse } from 'csv-parse/sync';
import { NativeSourceError } from '../kit/native/native-source-error';

/** Columns without which no row can be identified or named: their absence fails the export. */
export const REQUIRED_COLUMNS = ['so_ho_so', 'ho_ten'] as const;

/** One data line of the export. */
export interface ExportLine {
  /** Cells by column name (NFC, trimmed); null when the line has more or fewer fields than the header. */
  readonly cells: ReadonlyMap<string, string> | null;
}

export interface ParsedExport {
  readonly columns: readonly string[];
  readonly lines: readonly ExportLine[];
}

/** One record of the CSV may not run past this: a runaway quote would otherwise swallow the file. */
const MAX_RECORD_BYTES = 1024 * 1024;

/**
 * Vietnamese text arrives composed (NFC) from most systems and decomposed (NFD) from some (macOS,
 * a few input methods): `Nguyễn` is then six or eight code points. Everything is read as NFC, so
 * the same name compares equal whichever way it was typed.
 */
const cell = (value: string) => value.normalize('NFC').trim();

/**
 * Parse an export's text (comma-separated, `"`-quoted, CRLF or LF, header first) with csv-parse.
 * A file that is not CSV, or whose header lacks a required column or repeats one, is a
 * NativeSourceError; a line whose fields do not line up with the header is that line's problem.
 * Lines with no value at all (Excel leaves `,,,,` rows behind) are skipped.
 */
export function parseExport(text: string): ParsedExport {
  let records: string[][];
  try {
    records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      max_record_size: MAX_RECORD_BYTES,
    }) as string[][];
  } catch (error) {
    // csv-parse messages may quote the offending field: only its code is passed on.
    const code = error instanceof CsvError ? error.code : 'unreadable';
    throw new NativeSourceError(`native export is not well-formed CSV (${code})`);
  }
  const [header, ...rows] = records;
  if (!header) throw new NativeSourceError('native export has no header line');
  const columns = header.map((name) => cell(name).toLowerCase());
  for (const required of REQUIRED_COLUMNS) {
    // A `;`-separated file (Excel under a Vietnamese locale) reads as one column and fails here.
    if (!columns.includes(required)) throw new NativeSourceError(`native export has no ${required} column`);
  }
  // Which column is not said: in a file that is not an export, a "header" may be personal data.
  if (columns.some((c, i) => c !== '' && columns.indexOf(c) !== i)) throw new NativeSourceError('native export header repeats a column');
  return {
    columns,
    lines: rows.map((fields) => ({
      cells: fields.length === columns.length ? new Map(columns.map((c, i) => [c, cell(fields[i]!)])) : null,
    })),
  };
}
