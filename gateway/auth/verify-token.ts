import { createHash } from 'node:crypto';
import { HeaderMap } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { LRUCache } from 'lru-cache';
import { corridorError } from '../../schema/errors';
import { loadRegistry, type Registry } from '../../schema/registry/registry';
import { CORRIDOR_AUDIENCE } from './dev-issuer';
import type { TrustedIssuer } from './issuers';
import { requesterClaims, type Requester } from './requester';

/**
 * Asymmetric signatures only. `none` is never accepted, and neither is any HS* algorithm: with a
 * shared secret whoever can verify can also sign, so an issuer could not be told from the gateway,
 * and accepting HS* next to public keys is the classic algorithm-confusion hole.
 */
export const ACCEPTED_ALGORITHMS = ['EdDSA', 'Ed25519', 'ES256', 'ES384', 'PS256', 'RS256'] as const;

/** No token is honoured longer than a working shift after it was issued, whatever its `exp`. */
export const MAX_TOKEN_AGE_SEC = 12 * 3600;

/** Far above any real token; refusing early keeps a megabyte header from reaching the parser. */
const MAX_TOKEN_CHARS = 8192;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export interface TokenVerifierOptions {
  /** Expected `aud`, unless the issuer's entry names its own. @default 'corridor' */
  audience?: string;
  /** Clock skew allowed on `exp`, `nbf` and `iat`, in seconds. @default 30 */
  clockToleranceSec?: number;
  /** Oldest `iat` accepted, in seconds. @default MAX_TOKEN_AGE_SEC (12 h) */
  maxTokenAgeSec?: number;
  /** @default ACCEPTED_ALGORITHMS */
  algorithms?: readonly string[];
  /** Where token countries are looked up. @default loadRegistry() */
  registry?: Registry;
  /**
   * How long a verified token is taken on trust again without checking its signature, in seconds
   * (never past its `exp` or maximum age); 0 verifies every request. An officer's token arrives with
   * every request of a shift: checking the same signature each time is most of what
   * authentication costs. The price is that an issuer key withdrawn from its JWKS stops a token
   * already seen only this much later. @default 60
   */
  cacheSeconds?: number;
  /** Verified tokens kept (least recently used go first). @default 10000 */
  cacheEntries?: number;
  /** Milliseconds since the epoch (tests move it). @default Date.now */
  now?: () => number;
}

export interface TokenVerifier {
  /** The requester a Bearer `Authorization` header proves, or an UNAUTHENTICATED error (HTTP 401). */
  verify(authorization: string | undefined): Promise<Requester>;
}

/**
 * The one error every authentication failure becomes. The reason is specific enough to fix a
 * client but never repeats the token or unverified claims from it; the challenge header is the
 * one RFC 6750 asks for with a 401.
 */
export function unauthenticated(reason: string): GraphQLError {
  return corridorError('UNAUTHENTICATED', `authentication failed: ${reason}`, {
    http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer realm="corridor"']]) },
  });
}

interface IssuerKeys {
  readonly trusted: TrustedIssuer;
  readonly getKey: JWTVerifyGetKey;
  readonly remote: boolean;
}

function keyResolvers(issuers: readonly TrustedIssuer[]): Map<string, IssuerKeys> {
  // Development issuers share one key set object; build its resolver once.
  const byKeySet = new Map<object, JWTVerifyGetKey>();
  const out = new Map<string, IssuerKeys>();
  for (const trusted of issuers) {
    if (out.has(trusted.issuer)) throw new Error(`trusted issuer ${trusted.issuer} is listed twice`);
    let getKey = byKeySet.get(trusted.jwks);
    if (!getKey) {
      getKey = 'url' in trusted.jwks ? createRemoteJWKSet(new URL(trusted.jwks.url)) : createLocalJWKSet({ keys: [...trusted.jwks.keys] });
      byKeySet.set(trusted.jwks, getKey);
    }
    out.set(trusted.issuer, { trusted, getKey, remote: 'url' in trusted.jwks });
  }
  return out;
}

/** Translate jose's failure into a reason a client can act on. */
function reasonFor(error: unknown, keys: IssuerKeys): string {
  const { code, claim, reason } = (error ?? {}) as { code?: string; claim?: string; reason?: string };
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return claim === 'iat' ? 'token is older than the maximum token age; get a new one' : 'token expired';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (reason === 'missing') return `token lacks the "${claim ?? '?'}" claim`;
      if (reason === 'invalid') return `token claim "${claim ?? '?'}" is invalid`;
      if (claim === 'nbf') return 'token is not yet valid';
      if (claim === 'iat') return 'token is not yet valid (issued in the future)';
      if (claim === 'aud') return 'token is meant for another audience';
      return `token claim "${claim ?? '?'}" is invalid`;
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return `signature does not verify with the keys of issuer ${keys.trusted.issuer}`;
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return `no key of issuer ${keys.trusted.issuer} matches the token`;
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'ERR_JOSE_NOT_SUPPORTED':
      return 'token signature algorithm is not accepted';
    case 'ERR_JWS_INVALID':
    case 'ERR_JWT_INVALID':
      return 'malformed token';
    default:
      return keys.remote ? `cannot fetch the keys of issuer ${keys.trusted.issuer}` : 'token could not be verified';
  }
}

function bearerToken(authorization: string | undefined): string {
  if (!authorization?.trim()) throw unauthenticated('missing Authorization header; send "Authorization: Bearer <token>"');
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
  if (!match) throw unauthenticated('Authorization header is not a Bearer token');
  const token = match[1]!;
  if (token.length > MAX_TOKEN_CHARS || !COMPACT_JWS.test(token)) throw unauthenticated('malformed token');
  return token;
}

/**
 * Verify gateway tokens against the trusted issuers. The unverified `iss` only picks which
 * issuer's keys to try; everything the requester is built from comes out of `jwtVerify`.
 */
export function createTokenVerifier(
  issuers: readonly TrustedIssuer[],
  {
    audience = CORRIDOR_AUDIENCE,
    clockToleranceSec = 30,
    maxTokenAgeSec = MAX_TOKEN_AGE_SEC,
    algorithms = ACCEPTED_ALGORITHMS,
    registry = loadRegistry(),
    cacheSeconds = 60,
    cacheEntries = 10_000,
    now = Date.now,
  }: TokenVerifierOptions = {},
): TokenVerifier {
  const refused = algorithms.filter((alg) => alg === 'none' || /^HS/i.test(alg));
  if (refused.length > 0) throw new Error(`token verifier: algorithms ${refused.join(', ')} can never be accepted`);
  const resolvers = keyResolvers(issuers);
  // Keyed by the token's hash, so the cache never holds a usable token.
  const verified = cacheSeconds > 0 ? new LRUCache<string, Requester>({ max: cacheEntries, ttlResolution: 0, perf: { now } }) : undefined;

  return {
    async verify(authorization) {
      const token = bearerToken(authorization);
      const key = verified && createHash('sha256').update(token).digest('base64url');
      const known = key === undefined ? undefined : verified?.get(key);
      if (known) return known;
      let alg: unknown;
      let iss: unknown;
      try {
        alg = decodeProtectedHeader(token).alg;
        iss = decodeJwt(token).iss;
      } catch {
        throw unauthenticated('malformed token');
      }
      if (typeof alg === 'string' && alg.toLowerCase() === 'none') throw unauthenticated('unsigned token (alg "none") refused');
      if (typeof alg !== 'string' || !algorithms.includes(alg)) throw unauthenticated('token signature algorithm is not accepted');
      if (typeof iss !== 'string' || iss === '') throw unauthenticated('token names no issuer');
      const keys = resolvers.get(iss);
      if (!keys) throw unauthenticated('token issuer is not trusted');

      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys.getKey, {
          algorithms: [...algorithms],
          issuer: keys.trusted.issuer,
          audience: keys.trusted.audience ?? audience,
          clockTolerance: clockToleranceSec,
          maxTokenAge: maxTokenAgeSec,
          requiredClaims: ['exp', 'sub'],
        }));
      } catch (error) {
        throw unauthenticated(reasonFor(error, keys));
      }

      const claims = requesterClaims.safeParse(payload);
      if (!claims.success) {
        const problems = claims.error.issues.map((i) => `${i.path.join('.') || 'claims'}: ${i.message}`);
        throw unauthenticated(`token claims are invalid (${problems.join('; ')})`);
      }
      const { sub, country, agency, roles, clearance } = claims.data;
      if (!registry.byCode(country)) throw unauthenticated(`token country ${country} is not a jurisdiction of the registry`);
      // An issuer may only speak for its own country (SPEC §5): a valid signature is not enough.
      if (country !== keys.trusted.country) {
        throw unauthenticated(`token country ${country} differs from the country of its issuer (${keys.trusted.country})`);
      }
      const requester: Requester = Object.freeze({ sub, country, agency, roles: Object.freeze(roles), clearance, issuer: keys.trusted.issuer });
      if (verified && key !== undefined) {
        const until = Math.min(now() + cacheSeconds * 1000, payload.exp! * 1000, payload.iat === undefined ? Infinity : (payload.iat + maxTokenAgeSec) * 1000);
        if (until > now()) verified.set(key, requester, { ttl: until - now() });
      }
      return requester;
    },
  };
}
