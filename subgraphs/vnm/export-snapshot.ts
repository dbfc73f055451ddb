import { decodeExport } from './decode-export';
import { MPS_REF } from './global-id';
import { parseExport, type ExportLine } from './parse-export';

/** One export, decoded, parsed and indexed by record number: what the adapter answers from. */
export interface ExportSnapshot {
  readonly name: string;
  readonly etag: string;
  readonly lines: readonly ExportLine[];
  /** Line positions of each `so_ho_so`; more than one is a record the export holds twice. */
  readonly byRef: ReadonlyMap<string, readonly number[]>;
  /** Lines whose `so_ho_so` cannot be read: any of them may be a record asked for. */
  readonly unidentified: number;
}

/** The `so_ho_so` of a line, or null when it cannot be read. */
export function lineRef(line: ExportLine): string | null {
  const ref = line.cells?.get('so_ho_so');
  return ref !== undefined && MPS_REF.test(ref) ? ref : null;
}

/** Read an export's bytes; a file that is not a readable export throws NativeSourceError. */
export function readSnapshot(name: string, etag: string, bytes: Uint8Array): ExportSnapshot {
  const { lines } = parseExport(decodeExport(bytes));
  const byRef = new Map<string, number[]>();
  let unidentified = 0;
  lines.forEach((line, i) => {
    const ref = lineRef(line);
    if (ref === null) unidentified += 1;
    else byRef.set(ref, [...(byRef.get(ref) ?? []), i]);
  });
  return { name, etag, lines, byRef, unidentified };
}
