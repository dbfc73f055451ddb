import { createHmac } from 'node:crypto';

/**
 * Keyed hash of a lookup key. Jurisdictions publish only these to the index, so the index holds no
 * identifier in the clear; the key is shared by the participants and never by the index's readers.
 */
export function blindKey(lookupKey: string, secret: string): string {
  return createHmac('sha256', secret).update(lookupKey).digest('base64url');
}
