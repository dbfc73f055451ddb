import { GraphQLError } from 'graphql';

/**
 * Every `extensions.code` Corridor sends, in one place (SPEC §8). The gateway, the index and every
 * jurisdiction's subgraph raise errors only through `corridorError`, so a client can rely on the list.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: { status: 400, description: 'An argument is malformed: unknown identifier kind, empty list, bad document number, unknown country.' },
  UNAUTHENTICATED: { status: 401, description: 'No valid token, or a subgraph was called without the gateway-signed requester context.' },
  FORBIDDEN: { status: 403, description: 'A field label or the owner’s release rules deny this field to this requester.' },
  PURPOSE_REQUIRED: { status: 403, description: 'Personal data needs a case reference in the X-Purpose header.' },
  JURISDICTION_UNAVAILABLE: { status: 502, description: 'A jurisdiction’s subgraph or its native source failed or answered garbage; other jurisdictions still answer.' },
  JURISDICTION_TIMEOUT: { status: 504, description: 'A jurisdiction did not answer within its time budget; other jurisdictions still answer.' },
  NATIVE_RECORD_INVALID: { status: 502, description: 'One native record could not be mapped to the shared schema; the rest of the batch still answers.' },
  AUDIT_UNAVAILABLE: { status: 503, description: 'The audit sink cannot take the event, so personal data is not served.' },
  QUERY_TOO_COMPLEX: { status: 400, description: 'The operation exceeds a depth, alias, root-field, token or cost limit.' },
  RATE_LIMITED: { status: 429, description: 'Too many requests from this officer or agency.' },
  PERSISTED_QUERY_NOT_FOUND: { status: 400, description: 'The persisted query hash is unknown; send the full query once.' },
  // Its own code, not BAD_USER_INPUT: nothing in the request is malformed, the gateway runs only
  // the documents its clients were built with; a client sees it must ship its operations first.
  OPERATION_NOT_TRUSTED: { status: 400, description: 'The gateway requires trusted documents and this operation is not on its list; send a listed document or its hash.' },
  INTERNAL_SERVER_ERROR: { status: 500, description: 'An unexpected failure; the log has the request id.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A client-facing error: a GraphQLError whose `extensions.code` is one of ERROR_CODES. */
export function corridorError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}
