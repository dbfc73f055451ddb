// Real keys and real signatures for the auth tests: issuers made up per test, tokens signed by jose.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import type { TrustedIssuer } from '../issuers';

export const nowSec = (): number => Math.floor(Date.now() / 1000);

export const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export function decodePart(token: string, part: 0 | 1): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[part]!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** A fresh private folder for a development issuer key, so tests never touch the repo's own. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'corridor-auth-'));

export interface TestIssuer {
  readonly trusted: TrustedIssuer;
  readonly publicJwk: JWK;
  readonly privateKey: CryptoKey;
  /**
   * A token with a valid requester for this issuer; `overrides` replace claims, and a claim
   * overridden with `undefined` is left out.
   */
  token(overrides?: Record<string, unknown>, header?: Record<string, unknown>): Promise<string>;
}

export async function testIssuer(issuer: string, country: string, alg: 'ES256' | 'EdDSA' | 'RS256' = 'ES256'): Promise<TestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  const exported = await exportJWK(publicKey);
  const publicJwk: JWK = { ...exported, kid: await calculateJwkThumbprint(exported), alg, use: 'sig' };
  const trusted: TrustedIssuer = { issuer, country, jwks: { keys: [publicJwk] }, development: false };
  return {
    trusted,
    publicJwk,
    privateKey,
    token: async (overrides = {}, header = {}) => {
      const now = nowSec();
      const payload: Record<string, unknown> = {
        iss: issuer,
        sub: 'officer-1',
        aud: 'corridor',
        country,
        agency: 'PNP',
        roles: ['INVESTIGATOR'],
        clearance: 2,
        iat: now,
        nbf: now,
        exp: now + 3600,
        ...overrides,
      };
      for (const [key, value] of Object.entries(payload)) if (value === undefined) delete payload[key];
      return new SignJWT(payload as JWTPayload).setProtectedHeader({ alg, kid: publicJwk.kid, ...header }).sign(privateKey);
    },
  };
}

/** The error a promise rejected with, for assertions on code, status and message. */
export async function rejection(promise: Promise<unknown>): Promise<GraphQLError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

export function thrown(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected an error');
}
