import { blindKey } from './blind-key';

/**
 * What a blind key is a key of. The index sees this kind beside each key (never the value), so it
 * can say which kinds two records share and weigh them; the HMAC input carries the kind too, so
 * keys of different kinds never collide.
 */
export type KeyKind =
  | 'TRAVEL_DOCUMENT'
  | 'TRAVEL_DOCUMENT_NEAR'
  | 'PHONE'
  | 'EMAIL'
  | 'SOCIAL_HANDLE'
  | 'CRYPTO_WALLET'
  | 'BANK_ACCOUNT'
  | 'IMEI'
  | 'DATE_OF_BIRTH'
  | 'NAME_BIRTH_YEAR'
  | 'NAME_SKELETON_BIRTH_YEAR'
  | 'NAME_NEAR_BIRTH_YEAR'
  | 'NAME_PARTIAL_BIRTH_YEAR'
  | 'NAME_UNDATED'
  | 'NAME_SKELETON_UNDATED';

/**
 * Short tags written in front of each published key (`TD.<hmac>`): a feed page of a few hundred
 * records carries tens of thousands of keys, and the index keeps them all in memory or Redis.
 */
const TAGS: Readonly<Record<KeyKind, string>> = {
  TRAVEL_DOCUMENT: 'TD',
  TRAVEL_DOCUMENT_NEAR: 'TN',
  PHONE: 'PH',
  EMAIL: 'EM',
  SOCIAL_HANDLE: 'SH',
  CRYPTO_WALLET: 'CW',
  BANK_ACCOUNT: 'BA',
  IMEI: 'IM',
  DATE_OF_BIRTH: 'DB',
  NAME_BIRTH_YEAR: 'NY',
  NAME_SKELETON_BIRTH_YEAR: 'SY',
  NAME_NEAR_BIRTH_YEAR: 'NN',
  NAME_PARTIAL_BIRTH_YEAR: 'NP',
  NAME_UNDATED: 'NU',
  NAME_SKELETON_UNDATED: 'SU',
};

const KINDS_BY_TAG = new Map(Object.entries(TAGS).map(([kind, tag]) => [tag, kind as KeyKind]));

export const KEY_KINDS: readonly KeyKind[] = Object.keys(TAGS) as KeyKind[];

/** A lookup string before it is blinded: its kind and the normalised text the participants agree on. */
export interface Lookup {
  readonly kind: KeyKind;
  readonly text: string;
}

/** The key published for a lookup: `<tag>.<HMAC of kind and text>`. */
export function publishedKey(lookup: Lookup, secret: string): string {
  return `${TAGS[lookup.kind]}.${blindKey(`${lookup.kind}|${lookup.text}`, secret)}`;
}

/** The kind of a published key, or null for a key of another format (an older feed). */
export function kindOfKey(key: string): KeyKind | null {
  const dot = key.indexOf('.');
  return dot > 0 ? (KINDS_BY_TAG.get(key.slice(0, dot)) ?? null) : null;
}
