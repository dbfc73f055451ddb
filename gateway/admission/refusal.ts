import type { GraphQLRequest, GraphQLResponse } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { corridorError, ERROR_CODES, type ErrorCode } from '../../schema/errors';

/** A refusal of the admission: a Corridor error carrying its code's HTTP status, for Apollo Server to answer with. */
export function refusal(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return corridorError(code, message, { ...extensions, http: { status: ERROR_CODES[code].status } });
}

// Refusals decided before the document is parsed (its tokens, whether it is a trusted document).
// Apollo Server lets a plugin end a request with its own error only from `didResolveOperation`;
// an error thrown from an earlier hook becomes a 500 "Internal server error". So the refusal is
// kept here, the parser or validation may still answer first (with GRAPHQL_PARSE_FAILED, say),
// and `enforceEarlyRefusal` makes sure the client gets the refusal whichever way the request ends.
const early = new WeakMap<GraphQLRequest, GraphQLError>();

/** Refuse a request before Apollo Server has parsed it; the first refusal of a request stands. */
export function refuseEarly(request: GraphQLRequest, error: GraphQLError): void {
  if (!early.has(request)) early.set(request, error);
}

/**
 * Request-listener hooks that answer with the request's early refusal: thrown from
 * `didResolveOperation` (so nothing is executed, no subgraph called) and written over whatever
 * error the parser or validation answered in `willSendResponse`. Every plugin that refuses early
 * includes them; with two such plugins the same refusal is written twice, to the same effect.
 */
export const enforceEarlyRefusal = {
  async didResolveOperation({ request }: { request: GraphQLRequest }): Promise<void> {
    const refused = early.get(request);
    if (refused) throw refused;
  },
  async willSendResponse({ request, response }: { request: GraphQLRequest; response: GraphQLResponse }): Promise<void> {
    const refused = early.get(request);
    if (!refused) return;
    const { http, ...extensions } = refused.extensions as { http?: { status?: number } };
    response.body = { kind: 'single', singleResult: { errors: [{ message: refused.message, extensions }] } };
    response.http.status = http?.status ?? 400;
  },
};
