/**
 * What the gateway tells a subgraph about the requester of one call: the verified token's
 * attributes and the declared purpose. Signed by the gateway, so a subgraph reached directly,
 * bypassing the gateway, is asked by nobody and releases nothing.
 */
export interface RequesterContext {
  sub: string;
  country: string;
  agency: string;
  roles: string[];
  clearance: number;
  purpose: string | null;
  /** The gateway request this call serves (for logs and audit). */
  requestId: string;
}

/** Claims the signature adds: the hash of the exact operation sent, so a captured context cannot be replayed with another query. */
export interface SignedContext extends RequesterContext {
  queryHash: string;
}

/** The HTTP header that carries the signed context. */
export const CONTEXT_HEADER = 'x-corridor-context';

export const CONTEXT_ISSUER = 'corridor-gateway';
