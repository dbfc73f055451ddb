import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { corridorError, ERROR_CODES } from '../../schema/errors';
import type { RouteHandler } from '../../subgraphs/kit/http/listen';
import type { Logger } from '../../subgraphs/kit/log';
import type { AuditSink } from '../audit/audit-sink';
import { readTrailPage } from '../audit/read-trail';
import { trailRequest, type TrailRequestLimits } from '../audit/trail-request';
import type { Authenticate } from '../auth/useAuthentication';

export interface AuditTrailRouteOptions extends TrailRequestLimits {
  /** The gateway's audit sink; this route only reads it. */
  sink: AuditSink;
  /** The gateway's own authentication, the one `/graphql` uses. */
  authenticate: Authenticate;
  log: Logger;
}

/** A client-sent `x-request-id` is used only when it looks like one: it is logged. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;

// The answer holds who looked at which records: no proxy or browser cache may keep a copy.
const NO_STORE = { 'content-type': 'application/json', 'cache-control': 'no-store' };

interface HttpExtension {
  status?: number;
  headers?: Iterable<[string, string]>;
}

/**
 * Send an error as GraphQL errors look (`{ errors: [{ message, extensions: { code } }] }`), with
 * the status and headers (`WWW-Authenticate` on a 401) its `extensions.http` names, which Apollo
 * Server would otherwise have applied and stripped.
 */
function sendError(res: ServerResponse, error: GraphQLError, extraHeaders: Record<string, string> = {}): void {
  const { http, ...extensions } = error.extensions as { http?: HttpExtension; code?: keyof typeof ERROR_CODES };
  const status = http?.status ?? (extensions.code && ERROR_CODES[extensions.code]?.status) ?? 500;
  res.writeHead(status, { ...NO_STORE, ...Object.fromEntries(http?.headers ?? []), ...extraHeaders });
  res.end(JSON.stringify({ errors: [{ message: error.message, extensions }] }));
}

/**
 * `GET /audit/trail?after=<seq>&limit=<n>`: the audit trail of the requester's own jurisdiction
 * (SPEC §5), read through `readTrail`, so each entry shows only that jurisdiction's records and
 * fields. Answers `{ jurisdiction, entries: [{ seq, event }], next }`; `next` is the `after` of the
 * following page, null at the end. Same Bearer token as `/graphql`; LIAISON or ANALYST only.
 *
 * Reading writes nothing: no audit event (it would copy record ids back into the trail, and each
 * read would add to the trail it reads) and no log line with ids of records or officers, only the
 * jurisdiction and counts.
 */
export function useAuditTrailRoute({ sink, authenticate, log, ...limits }: AuditTrailRouteOptions): RouteHandler {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    if (req.method !== 'GET') {
      sendError(res, corridorError('BAD_USER_INPUT', '/audit/trail is read with GET', { http: { status: 405 } }), { allow: 'GET' });
      return;
    }
    let request;
    try {
      // Only the token: reading the trail is oversight, not work on a case, so X-Purpose has no
      // say here (and a purpose header meant for /graphql must not make this route refuse).
      const { requester } = await authenticate({ authorization: req.headers.authorization });
      request = trailRequest(requester, url.searchParams, limits);
    } catch (error) {
      if (error instanceof GraphQLError) return sendError(res, error);
      log.error({ requestId, err: (error as Error).message }, 'audit trail request could not be checked');
      return sendError(res, corridorError('INTERNAL_SERVER_ERROR', 'the request could not be checked; the log has the request id', { requestId }));
    }
    try {
      const page = await readTrailPage(sink, request.jurisdiction, request.limit, request.afterSeq);
      log.info({ requestId, jurisdiction: page.jurisdiction, afterSeq: request.afterSeq, entries: page.entries.length, next: page.next }, 'audit trail read');
      res.writeHead(200, NO_STORE);
      res.end(JSON.stringify(page));
    } catch (error) {
      // A store that is down and a damaged trail alike: nothing partial is sent.
      log.error({ requestId, jurisdiction: request.jurisdiction, err: (error as Error).message }, 'audit trail could not be read');
      sendError(res, corridorError('AUDIT_UNAVAILABLE', 'the audit trail cannot be read right now; the log has the request id', { requestId }));
    }
  };
}
