import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import type { GatewayContext } from '../gateway-context';

/**
 * Everything about a requester that can change what an owner releases or what a label lets
 * through: the owner's release decision reads country, roles and whether a purpose is declared
 * (subgraphs/kit/release/release-decision.ts); labels can also read agency and clearance. The
 * purpose's value is left out on purpose: nothing reads it, and keying on it would give every
 * case its own copy of the same released record. `sub` is left out for the same reason.
 */
export interface CacheScope {
  readonly country: string;
  readonly agency: string;
  /** Sorted and deduplicated: the same rights in another order are the same scope. */
  readonly roles: readonly string[];
  readonly clearance: number;
  readonly purpose: boolean;
}

/** The requester's scope, or null for a call made for nobody (then nothing is cached). */
export function cacheScope(context: Partial<GatewayContext> | undefined): CacheScope | null {
  const requester = context?.requester;
  if (!requester) return null;
  return {
    country: requester.country,
    agency: requester.agency,
    roles: [...new Set(requester.roles)].sort(),
    clearance: requester.clearance,
    purpose: !!context.purpose,
  };
}

/** What one cached `_entities` item was answered to. */
export interface EntityKeyParts {
  /** Subgraph name and URL: the same name at another address is another source. */
  readonly subgraph: string;
  readonly url: string;
  /** The exact text sent, which already reflects the field labels applied to this requester. */
  readonly query: string;
  /** The call's variables other than `representations`. */
  readonly variables: Readonly<Record<string, unknown>>;
  readonly scope: CacheScope;
  /** One representation (`__typename`, `id`, and any `@requires` fields), whole. */
  readonly representation: unknown;
}

/** Bumped when the shape of a cached item changes, so old entries are never read as new. */
const KEY_VERSION = 2;

/**
 * The cache key of one entity item: a hash of every input that can change it. Two requesters who
 * differ in any scope attribute never share a key, so one's released fields never reach the other.
 */
export function entityKey(parts: EntityKeyParts): string {
  const text = stringify([KEY_VERSION, parts.subgraph, parts.url, parts.query, parts.variables, parts.scope, parts.representation]);
  return createHash('sha256').update(text).digest('base64url');
}

/** The record a representation names, for invalidation; null when it carries no string `id`. */
export function recordIdOf(representation: unknown): string | null {
  const id = (representation as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}
