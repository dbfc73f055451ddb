import { z } from 'zod';
import { NativeSourceError } from '../kit/native/native-source-error';

/**
 * An export's file name: the local date it was taken, then its sequence number. Anything else on
 * the drop (a checksum file, an upload still in progress as `*.csv.part`) is not an export.
 */
export const EXPORT_NAME = /^ho_so_doi_tuong_(\d{8})_(\d{4,9})\.csv$/;

/** One export the drop lists. */
export interface ListedExport {
  readonly name: string;
  readonly size: number;
  readonly etag: string;
  readonly date: string;
  readonly sequence: number;
}

// Entries are read loosely first, so that a file that is not an export cannot break the listing;
// an export's own entry must be complete.
const listingSchema = z.object({ exports: z.array(z.object({ name: z.string() }).loose()) });
const entrySchema = z.object({
  name: z.string(),
  size: z.number().int().nonnegative(),
  etag: z.string().min(1),
});

/** The exports of a `GET /exports/` answer; a listing of the wrong shape is the source failing. */
export function readListing(body: unknown): ListedExport[] {
  const listing = listingSchema.safeParse(body);
  if (!listing.success) throw new NativeSourceError('native listing is not an export listing');
  return listing.data.exports.flatMap((raw): ListedExport[] => {
    const match = EXPORT_NAME.exec(raw.name);
    if (!match) return [];
    const entry = entrySchema.safeParse(raw);
    if (!entry.success) throw new NativeSourceError('native listing has an export entry without its size or etag');
    return [{ ...entry.data, date: match[1]!, sequence: Number(match[2]) }];
  });
}

/**
 * The newest export: latest date, then highest sequence (a desk that restarts its numbering each
 * day still sorts right). Each export is a full snapshot, so the newest is the only one to read.
 */
export function newestExport(exports: readonly ListedExport[]): ListedExport | null {
  let newest: ListedExport | null = null;
  for (const e of exports) {
    if (!newest || e.date > newest.date || (e.date === newest.date && e.sequence > newest.sequence)) newest = e;
  }
  return newest;
}

/** What the cache keys an export by: a file replaced under the same name has another etag. */
export const versionOf = (e: Pick<ListedExport, 'name' | 'etag'>): string => `${e.name}\n${e.etag}`;
