import type { IncomingHttpHeaders } from 'node:http';
import { parsePurpose, unknownCases, type CaseRegistry, type Purpose } from './purpose';
import type { Requester } from './requester';
import type { TokenVerifier } from './verify-token';

/** What the gateway puts in every request's context: who asks, and for which case. */
export interface RequestAuth {
  readonly requester: Requester;
  /** `null` when the request declares no purpose. */
  readonly purpose: Purpose | null;
}

export type Authenticate = (headers: IncomingHttpHeaders) => Promise<RequestAuth>;

export interface AuthenticationOptions {
  /** Checks the Bearer token; build it with `createTokenVerifier(await loadTrustedIssuers())`. */
  verifier: TokenVerifier;
  /** Says whether a case reference exists. @default unknownCases (takes every well-formed reference on trust) */
  caseRegistry?: CaseRegistry;
}

/**
 * Authentication for the gateway's context function. Apollo Server 5 has no plugin hook that
 * builds the context: the integration's `context` function does, so this returns the function
 * to call there rather than a plugin:
 *
 * ```ts
 * const authenticate = useAuthentication({ verifier });
 * graphqlHttpHandler(server, { context: async ({ req }) => ({ ...(await authenticate(req.headers)) }) });
 * ```
 *
 * A request without a valid token never reaches parsing or a subgraph: the GraphQLError thrown
 * here is answered by Apollo Server (`ApolloServer.executeHTTPGraphQLRequest` →
 * `errorResponse`) with the HTTP status of its `extensions.http` (401, or 400/403 for a bad
 * purpose), the `WWW-Authenticate` header, and `{ errors: [{ message, extensions: { code } }] }`.
 */
export function useAuthentication({ verifier, caseRegistry = unknownCases }: AuthenticationOptions): Authenticate {
  return async (headers) => {
    // The token first: nothing about purposes or cases is said to someone not yet authenticated.
    const requester = await verifier.verify(headers.authorization);
    const purpose = parsePurpose(headers['x-purpose'], requester, caseRegistry);
    return Object.freeze({ requester, purpose });
  };
}
