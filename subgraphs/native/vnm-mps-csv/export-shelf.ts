import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';

/** One file of the drop as `GET /exports/` lists it. */
export interface ExportEntry {
  /** `ho_so_doi_tuong_<YYYYMMDD>_<NNNN>.csv`: local date of the export, then its sequence number. */
  readonly name: string;
  /** Bytes. */
  readonly size: number;
  /** When it was published, ISO 8601 UTC. */
  readonly mtime: string;
  /** Strong validator of the content (quoted, as the HTTP ETag header carries it). */
  readonly etag: string;
  /** Data rows, when the file was rendered by the system (null for a file dropped as is). */
  readonly records: number | null;
}

export interface StoredExport {
  readonly entry: ExportEntry;
  readonly bytes: Buffer;
}

export interface ExportShelfOptions {
  /** The agency's time zone: the date in a file name is the local date. */
  timeZone: string;
  /** @default () => new Date() */
  now?: () => Date;
  /** How many exports stay on the drop; older ones are removed. @default 5 */
  keep?: number;
}

export interface ExportShelf {
  /** Put a file on the drop under the next name; returns its listing entry. */
  publish(bytes: Buffer, records: number | null): ExportEntry;
  /** Every file on the drop, oldest first. */
  list(): ExportEntry[];
  get(name: string): StoredExport | undefined;
}

const etagOf = (bytes: Buffer) => `"${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}"`;

/** The export directory of the file drop: names, retention and validators. */
export function createExportShelf({ timeZone, now = () => new Date(), keep = 5 }: ExportShelfOptions): ExportShelf {
  const files: StoredExport[] = [];
  let sequence = 0;
  return {
    publish(bytes, records) {
      const at = now();
      sequence += 1;
      const day = DateTime.fromJSDate(at).setZone(timeZone).toFormat('yyyyMMdd');
      const entry: ExportEntry = Object.freeze({
        name: `ho_so_doi_tuong_${day}_${String(sequence).padStart(4, '0')}.csv`,
        size: bytes.length,
        mtime: at.toISOString(),
        etag: etagOf(bytes),
        records,
      });
      files.push({ entry, bytes });
      files.splice(0, Math.max(0, files.length - keep));
      return entry;
    },
    list: () => files.map((f) => f.entry),
    get: (name) => files.find((f) => f.entry.name === name),
  };
}
