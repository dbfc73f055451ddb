import { z } from 'zod';
import type { RecordKey } from './native-api';

const cursorShape = z.tuple([z.string().min(1).max(64), z.string().min(1).max(16)]);

/**
 * A page cursor: the key of the last row served. Paging is by key (ref, then agency), not by
 * offset, so rows the agency adds while the index reads never shift a row into a page already
 * read. Opaque to callers: base64url of the key as JSON.
 */
export function encodeCursor(key: RecordKey): string {
  return Buffer.from(JSON.stringify([key.ref, key.agency])).toString('base64url');
}

/** The key a cursor carries; a cursor this adapter did not make is a RangeError. */
export function decodeCursor(cursor: string): RecordKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new RangeError('not a ZZX page cursor');
  }
  const key = cursorShape.safeParse(parsed);
  if (!key.success) throw new RangeError('not a ZZX page cursor');
  return { ref: key.data[0], agency: key.data[1] };
}
