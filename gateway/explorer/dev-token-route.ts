import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { readBody } from '../../subgraphs/kit/http/read-body';
import { sendJson } from '../../subgraphs/kit/http/listen';
import type { Registry } from '../../schema/registry/registry';
import type { DevIssuer } from '../auth/dev-issuer';
import { requesterClaims } from '../auth/requester';

/** Lifetime of a token the explorer hands out: a working session, not a day. */
const EXPLORER_TOKEN_TTL_SEC = 3600;

const request = z
  .object({
    country: z.string().min(1).max(16).transform((c) => c.toUpperCase()),
    agency: z.string().min(1).max(64),
    roles: z.array(z.string()).min(1),
    clearance: z.number().int().min(0).max(5).default(0),
  })
  .strict();

/**
 * `POST /explorer/dev-token` `{ country, agency, roles, clearance? }` → `{ token }`: a development
 * token signed by the local development issuer, what `npm run token` prints, for the explorer's
 * "Request" button. Mounted only in development with the development issuer trusted; never in
 * production, where the gateway holds no development key at all.
 *
 * JSON only: a cross-site form cannot send `application/json` without a CORS preflight, which this
 * server never grants, so another site cannot mint a token through a developer's browser.
 */
export function devTokenRoute({ issuer, registry }: { issuer: DevIssuer; registry: Registry }) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST a JSON body { country, agency, roles }' });
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return sendJson(res, 415, { error: 'content-type must be application/json' });
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req, 10_000));
    } catch {
      return sendJson(res, 400, { error: 'body is not valid JSON (at most 10 kB)' });
    }
    const parsed = request.safeParse(body);
    if (!parsed.success) return sendJson(res, 400, { error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    const { country, agency, roles, clearance } = parsed.data;
    if (!registry.byCode(country)) return sendJson(res, 400, { error: `country ${country}: not a jurisdiction of the registry` });
    const claims = requesterClaims.safeParse({ sub: `explorer-${country.toLowerCase()}`, country, agency, roles: roles.map((r) => r.toUpperCase()), clearance });
    if (!claims.success) return sendJson(res, 400, { error: claims.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    const token = await issuer.sign(claims.data, { ttlSec: EXPLORER_TOKEN_TTL_SEC });
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ token, expiresInSec: EXPLORER_TOKEN_TTL_SEC }));
  };
}
