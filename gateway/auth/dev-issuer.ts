import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { z } from 'zod';
import { loadRegistry, type Registry } from '../../schema/registry/registry';
import type { TrustedIssuer } from './issuers';
import type { RequesterClaims } from './requester';

/** Every development issuer is named `corridor-dev:<CODE>`, one per registered jurisdiction. */
export const DEV_ISSUER_PREFIX = 'corridor-dev:';
export const devIssuerName = (code: string): string => `${DEV_ISSUER_PREFIX}${code}`;

/** Where the development key pair lives. The folder ignores itself in git (its own `.gitignore`). */
export const DEFAULT_DEV_ISSUER_DIR = join(__dirname, '.dev-issuer');

/** Audience every Corridor gateway token is for, unless an issuer says otherwise. */
export const CORRIDOR_AUDIENCE = 'corridor';

const ALG = 'EdDSA';
const KEY_FILE = 'key.json';

/**
 * Whether NODE_ENV names a development setting. Anything else — `production`, but also a typo or
 * `staging` — counts as production, so a mistake can only make the gateway stricter.
 */
export function isDevelopment(nodeEnv: string | undefined): boolean {
  return nodeEnv === undefined || nodeEnv === '' || nodeEnv === 'development' || nodeEnv === 'test';
}

const keyFile = z.object({
  alg: z.literal(ALG),
  kid: z.string().min(1),
  privateJwk: z.looseObject({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string(), d: z.string() }),
  publicJwk: z.looseObject({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string() }),
});
type KeyFile = z.infer<typeof keyFile>;

export interface DevTokenOptions {
  /** Lifetime in seconds. @default 8 hours */
  ttlSec?: number;
  /** @default CORRIDOR_AUDIENCE */
  audience?: string;
}

/** The local development issuer: one Ed25519 key that speaks, under its own name, for each jurisdiction. */
export interface DevIssuer {
  readonly kid: string;
  /** The public half, as the trusted-issuer configuration takes it. */
  readonly jwks: { readonly keys: readonly JWK[] };
  /** A trusted-issuer entry `corridor-dev:<CODE>` bound to each jurisdiction of the registry. */
  trustedIssuers(registry?: Registry): TrustedIssuer[];
  /** Sign a development token for `claims.country`, issued by that country's development issuer. */
  sign(claims: RequesterClaims, options?: DevTokenOptions): Promise<string>;
}

export interface DevIssuerOptions {
  /** @default DEFAULT_DEV_ISSUER_DIR */
  dir?: string;
  /** @default process.env.NODE_ENV */
  nodeEnv?: string;
}

function isErrno(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === code;
}

function readKeyFile(file: string): KeyFile | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    throw error;
  }
  const parsed = keyFile.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`development issuer key ${file} is damaged; delete it to generate a new one`);
  return parsed.data;
}

async function generateKeyFile(): Promise<KeyFile> {
  const { privateKey, publicKey } = await generateKeyPair(ALG, { crv: 'Ed25519', extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return keyFile.parse({ alg: ALG, kid, privateJwk: { ...(await exportJWK(privateKey)), kid }, publicJwk: { ...publicJwk, kid } });
}

/**
 * Read the key pair, or generate it on first use. `npm start`, `npm run token` and parallel test
 * workers may all get here first at once: the new key is written to a private temporary file and
 * hard-linked into place, which fails if another process won, so every process ends up with the
 * same key and nobody ever reads a half-written file.
 */
async function readOrCreateKeyFile(dir: string): Promise<KeyFile> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // The ignore file goes first, so the private key never sits in a folder git would pick up.
  try {
    writeFileSync(join(dir, '.gitignore'), '*\n', { flag: 'wx' });
  } catch (error) {
    if (!isErrno(error, 'EEXIST')) throw error;
  }
  const file = join(dir, KEY_FILE);
  const existing = readKeyFile(file);
  if (existing) return existing;
  const fresh = await generateKeyFile();
  const temporary = join(dir, `.${KEY_FILE}.${process.pid}.${randomUUID()}`);
  writeFileSync(temporary, `${JSON.stringify(fresh, null, 2)}\n`, { mode: 0o600 });
  try {
    linkSync(temporary, file);
    return fresh;
  } catch (error) {
    if (!isErrno(error, 'EEXIST')) throw error;
    return readKeyFile(file)!;
  } finally {
    unlinkSync(temporary);
  }
}

function devIssuerFrom(key: KeyFile, privateKey: CryptoKey): DevIssuer {
  const jwks = Object.freeze({ keys: Object.freeze([Object.freeze({ ...key.publicJwk, alg: ALG, use: 'sig' }) as JWK]) });
  return Object.freeze({
    kid: key.kid,
    jwks,
    trustedIssuers: (registry: Registry = loadRegistry()) =>
      registry.jurisdictions.map((j) => ({ issuer: devIssuerName(j.code), country: j.code, jwks, development: true })),
    async sign(claims: RequesterClaims, { ttlSec = 8 * 3600, audience = CORRIDOR_AUDIENCE }: DevTokenOptions = {}) {
      const now = Math.floor(Date.now() / 1000);
      const { sub, ...rest } = claims;
      return new SignJWT({ ...rest })
        .setProtectedHeader({ alg: ALG, kid: key.kid, typ: 'JWT' })
        .setIssuer(devIssuerName(claims.country))
        .setSubject(sub)
        .setAudience(audience)
        .setIssuedAt(now)
        .setNotBefore(now)
        .setExpirationTime(now + ttlSec)
        .setJti(randomUUID())
        .sign(privateKey);
    },
  });
}

const loaded = new Map<string, Promise<DevIssuer>>();

/**
 * The development issuer, its key generated on first use and reused afterwards. Refuses outside
 * development: a production gateway must not even hold a key that a developer's laptop also has.
 */
export function loadDevIssuer({ dir = DEFAULT_DEV_ISSUER_DIR, nodeEnv = process.env.NODE_ENV }: DevIssuerOptions = {}): Promise<DevIssuer> {
  if (!isDevelopment(nodeEnv)) {
    return Promise.reject(new Error(`the development issuer is not available with NODE_ENV=${nodeEnv}`));
  }
  let issuer = loaded.get(dir);
  if (!issuer) {
    issuer = readOrCreateKeyFile(dir).then(async (key) => devIssuerFrom(key, (await importJWK(key.privateJwk, ALG)) as CryptoKey));
    // A failed load (unwritable folder) is not remembered, so a fixed folder works without a restart.
    issuer.catch(() => loaded.delete(dir));
    loaded.set(dir, issuer);
  }
  return issuer;
}
