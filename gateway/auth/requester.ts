import { z } from 'zod';

/** The roles a token may grant (SPEC §5); field labels are written over these names. */
export const ROLES = ['INVESTIGATOR', 'VICTIM_SUPPORT', 'ANALYST', 'LIAISON', 'INTEGRATOR'] as const;
export type Role = (typeof ROLES)[number];

/** Highest clearance level a token can carry; 0 (the default) is the lowest. */
export const MAX_CLEARANCE = 5;

/**
 * The requester attributes a token must carry, besides `iss`, `aud`, `exp` and `iat`. `country` is
 * checked against the registry and against the issuer's bound country by the verifier, not here.
 * Lengths are bounded because these values end up in audit events and subgraph contexts.
 */
export const requesterClaims = z.object({
  sub: z.string().min(1).max(256),
  country: z.string().min(1).max(16),
  agency: z.string().min(1).max(64),
  roles: z
    .array(z.enum(ROLES, { error: `unknown role; expected one of ${ROLES.join(', ')}` }))
    .min(1, 'at least one role')
    .transform((roles) => [...new Set(roles)]),
  clearance: z.number().int().min(0).max(MAX_CLEARANCE).default(0),
});

export type RequesterClaims = z.input<typeof requesterClaims>;

/** Who is asking, as proven by a verified token. Frozen: no later step may widen it. */
export interface Requester {
  readonly sub: string;
  /** Registry code of the issuer's country (ISO 3166-1 alpha-3, or INTERPOL). */
  readonly country: string;
  readonly agency: string;
  readonly roles: readonly Role[];
  /** 0–5. @default 0 */
  readonly clearance: number;
  /** The trusted issuer that signed the token. */
  readonly issuer: string;
}
