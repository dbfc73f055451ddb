import type { IncomingHttpHeaders } from 'node:http';
import { createVerifier } from 'fast-jwt';
import { z } from 'zod';
import { corridorError } from '../../../schema/errors';
import { CONTEXT_HEADER, CONTEXT_ISSUER, type RequesterContext } from './requester-context';
import { subgraphContextKey } from './context-key';
import { queryHash } from './sign-context';

const claims = z.object({
  sub: z.string().min(1),
  country: z.string().min(1),
  agency: z.string().min(1),
  roles: z.array(z.string()).min(1),
  clearance: z.number().int().min(0),
  purpose: z.string().nullable(),
  requestId: z.string().min(1),
  queryHash: z.string().min(1),
});

/** The oldest context accepted, from its `iat`, whatever its `exp` says. */
const MAX_CONTEXT_AGE_MS = 90_000;

const refuse = (reason: string) =>
  corridorError('UNAUTHENTICATED', `this subgraph answers only calls from the gateway: ${reason}`, { http: { status: 401 } });

/**
 * A subgraph's check of the gateway-signed requester context: signature with this subgraph's own
 * key, audience, issuer, HS256 only, short life. Anything else is refused with HTTP 401.
 */
export function createContextVerifier(master: string, subgraph: string) {
  const verify = createVerifier({
    key: Buffer.from(subgraphContextKey(master, subgraph)),
    algorithms: ['HS256'],
    allowedAud: subgraph,
    allowedIss: CONTEXT_ISSUER,
    maxAge: MAX_CONTEXT_AGE_MS,
    requiredClaims: ['iss', 'aud', 'iat', 'exp'],
  });
  return async (headers: IncomingHttpHeaders, body: unknown): Promise<RequesterContext> => {
    const token = headers[CONTEXT_HEADER];
    if (typeof token !== 'string' || token === '') throw refuse('no signed requester context');
    try {
      const parsed = claims.safeParse(verify(token));
      if (!parsed.success) throw new Error('incomplete context');
      const query = (body as { query?: unknown } | null)?.query;
      // Signed for another operation: a captured context replayed with a different query.
      if (typeof query !== 'string' || queryHash(query) !== parsed.data.queryHash) throw new Error('signed for another query');
      const { queryHash: _bound, ...context } = parsed.data;
      return context;
    } catch {
      throw refuse('the requester context is not valid for this subgraph');
    }
  };
}
