import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { CONTEXT_HEADER, type RequesterContext } from '../../subgraphs/kit/context/requester-context';
import type { GatewayContext } from '../gateway-context';
import type { GraphQLError } from 'graphql';
import { corridorError } from '../../schema/errors';

export interface JurisdictionDataSourceOptions {
  /** Subgraph name from composition: `index` or a jurisdiction code in lower case. */
  name: string;
  url: string;
  /** Budget for one call to this subgraph. */
  timeoutMs: number;
  /** Signs the requester context for one subgraph and one operation. */
  sign: (context: RequesterContext, subgraph: string, query: string) => Promise<string>;
}

/**
 * Calls one subgraph with its own time budget, over Node's fetch (undici keep-alive pool, faster
 * than the default fetcher). Any failure becomes an error that names the jurisdiction, so the
 * gateway answers the rest of the query and the client knows whose data is missing.
 */
export class JurisdictionDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly jurisdiction: string;
  private readonly timeoutMs: number;
  private readonly subgraph: string;
  private readonly sign: JurisdictionDataSourceOptions['sign'];

  constructor({ name, url, timeoutMs, sign }: JurisdictionDataSourceOptions) {
    super({ url });
    this.subgraph = name;
    this.sign = sign;
    this.jurisdiction = name.toUpperCase();
    this.timeoutMs = timeoutMs;
    const budget = timeoutMs;
    this.fetcher = ((input: string, init: RequestInit) =>
      fetch(input, { ...init, signal: AbortSignal.timeout(budget) })) as unknown as typeof this.fetcher;
  }

  /** Every call carries the verified requester, signed for this subgraph and this operation only. */
  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const { requester, purpose, requestId } = context as Partial<GatewayContext>;
    if (!requester || !request.query || !request.http) return; // the gateway's own calls (none today) carry none
    const signed = await this.sign(
      { sub: requester.sub, country: requester.country, agency: requester.agency, roles: [...requester.roles], clearance: requester.clearance, purpose: purpose ?? null, requestId: requestId ?? '' },
      this.subgraph,
      request.query,
    );
    request.http.headers.set(CONTEXT_HEADER, signed);
  }

  // Replaces the default error, which would copy the subgraph's raw response body to the client.
  override didEncounterError(error: Error, _request: unknown, response?: { status: number }): never {
    throw this.failure(error, response?.status);
  }

  private failure(error: Error, status?: number): GraphQLError {
    const timedOut = error.name === 'TimeoutError' || error.name === 'AbortError';
    const { jurisdiction } = this;
    if (timedOut) {
      return corridorError('JURISDICTION_TIMEOUT', `${jurisdiction} did not answer within ${this.timeoutMs} ms`, { jurisdiction });
    }
    const reason = status ? `answered HTTP ${status}` : 'could not be reached or answered something that is not GraphQL';
    return corridorError('JURISDICTION_UNAVAILABLE', `${jurisdiction} is unavailable: it ${reason}`, { jurisdiction });
  }
}
