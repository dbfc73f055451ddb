/**
 * The system's paging cursor: the key of the last record served, base64url-encoded. Opaque to
 * clients; a keyset cursor rather than an offset, so records added while a client pages through
 * do not shift it.
 */
export function encodeCursor(agency: string, registrationNo: string): string {
  return Buffer.from(`${agency}|${registrationNo}`, 'utf8').toString('base64url');
}

/** The key inside a cursor, or null when it is not one of ours. */
export function decodeCursor(cursor: string): { agency: string; registrationNo: string } | null {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(cursor)) return null;
  const [agency, registrationNo, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  return agency && registrationNo && rest.length === 0 ? { agency, registrationNo } : null;
}
