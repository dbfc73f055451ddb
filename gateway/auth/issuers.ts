import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { JWK } from 'jose';
import { z } from 'zod';
import { loadRegistry, type Registry } from '../../schema/registry/registry';
import { DEV_ISSUER_PREFIX, isDevelopment, loadDevIssuer } from './dev-issuer';

/**
 * Public keys only, and only the asymmetric kinds: a symmetric (`oct`) key would let anyone who
 * can verify also sign, and a private key (`d`, `p`, `q`…) pasted here would be a leak.
 */
const publicJwk = z
  .looseObject({ kty: z.enum(['EC', 'OKP', 'RSA']) })
  .refine((jwk) => !['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'].some((member) => member in jwk), 'holds private key material');

const jwkSet = z.object({ keys: z.array(publicJwk).min(1) });

function issuerEntry(registry: Registry, production: boolean) {
  return z
    .object({
      /** The token's `iss`, exactly. */
      issuer: z.string().min(1).max(256),
      /** The one jurisdiction this issuer may speak for (registry code). */
      country: z.string().refine((code) => registry.byCode(code) !== undefined, 'not a jurisdiction of the registry'),
      jwks: z.union([
        z.object({ file: z.string().min(1) }).strict(),
        z.object({ url: production ? z.url({ protocol: /^https$/, error: 'must be an https URL in production' }) : z.httpUrl() }).strict(),
        jwkSet.strict(),
      ]),
      /** Overrides the gateway's audience for this issuer's tokens. */
      audience: z.string().min(1).optional(),
      /** A development or test issuer: refused outright when NODE_ENV=production. */
      development: z.boolean().default(false),
    })
    .strict();
}

/** One trusted issuer, its key set resolved: inline keys or a remote JWKS URL. */
export interface TrustedIssuer {
  readonly issuer: string;
  readonly country: string;
  readonly jwks: { readonly keys: readonly JWK[] } | { readonly url: string };
  readonly audience?: string;
  readonly development: boolean;
}

export interface TrustedIssuerOptions {
  /** JSON file listing the trusted issuers. Required unless in development. @default process.env.AUTH_ISSUERS_FILE */
  file?: string;
  /** Development (unset, `development`, `test`) also trusts the local development issuer. @default process.env.NODE_ENV */
  nodeEnv?: string;
  /** @default loadRegistry() */
  registry?: Registry;
  /** Folder of the development issuer's key. @default DEFAULT_DEV_ISSUER_DIR */
  devIssuerDir?: string;
}

function fail(where: string, problem: string): never {
  throw new Error(`invalid trusted issuers (${where}): ${problem}`);
}

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return fail(file, `cannot read ${what}: ${(error as Error).message}`);
  }
}

/** Parse a trusted-issuer list; `jwks.file` paths are relative to `baseDir`. */
export function parseTrustedIssuers(
  raw: unknown,
  { where, baseDir, production, registry }: { where: string; baseDir: string; production: boolean; registry: Registry },
): TrustedIssuer[] {
  const parsed = z.array(issuerEntry(registry, production)).safeParse(raw);
  if (!parsed.success) {
    fail(where, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
  }
  const seen = new Set<string>();
  return parsed.data.map((entry) => {
    // One name, one country: two entries for the same `iss` would make the binding ambiguous.
    if (seen.has(entry.issuer)) fail(where, `issuer ${entry.issuer} is listed twice`);
    seen.add(entry.issuer);
    if (production && (entry.development || entry.issuer.startsWith(DEV_ISSUER_PREFIX))) {
      fail(where, `issuer ${entry.issuer} is a development issuer, and NODE_ENV=production trusts none`);
    }
    let jwks: TrustedIssuer['jwks'] = entry.jwks as TrustedIssuer['jwks'];
    if ('file' in entry.jwks) {
      const file = resolve(baseDir, entry.jwks.file);
      const keys = jwkSet.safeParse(readJson(file, `the key set of ${entry.issuer}`));
      if (!keys.success) fail(file, `key set of ${entry.issuer}: ${keys.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      jwks = { keys: keys.data.keys as JWK[] };
    }
    return Object.freeze({ ...entry, jwks: Object.freeze(jwks) });
  });
}

/**
 * The issuers the gateway trusts, read once at start. Each speaks for exactly one jurisdiction.
 * Production trusts only the configured file and refuses to start if it names a development
 * issuer; development adds the local development issuer (`corridor-dev:<CODE>`) to whatever the
 * file lists, so `npm start` and `npm run token` work with no configuration.
 */
export async function loadTrustedIssuers({
  file = process.env.AUTH_ISSUERS_FILE,
  nodeEnv = process.env.NODE_ENV,
  registry = loadRegistry(),
  devIssuerDir,
}: TrustedIssuerOptions = {}): Promise<readonly TrustedIssuer[]> {
  const production = !isDevelopment(nodeEnv);
  if (production && !file) {
    fail('AUTH_ISSUERS_FILE', `required when NODE_ENV=${nodeEnv}: without it no token could be verified`);
  }
  const configured = file
    ? parseTrustedIssuers(readJson(file, 'the issuer list'), { where: file, baseDir: dirname(resolve(file)), production, registry })
    : [];
  if (production) return Object.freeze(configured);
  const dev = (await loadDevIssuer({ dir: devIssuerDir, nodeEnv })).trustedIssuers(registry);
  const names = new Set(configured.map((i) => i.issuer));
  const clash = dev.find((i) => names.has(i.issuer));
  if (clash) fail(file!, `issuer ${clash.issuer} is the built-in development issuer's name`);
  return Object.freeze([...configured, ...dev]);
}
