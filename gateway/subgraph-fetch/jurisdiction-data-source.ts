import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLError } from 'graphql';
import { corridorError } from '../../schema/errors';

export interface JurisdictionDataSourceOptions {
  /** Subgraph name from composition: `index` or a jurisdiction code in lower case. */
  name: string;
  url: string;
  /** Budget for one call to this subgraph. */
  timeoutMs: number;
}

/**
 * Calls one subgraph with its own time budget, over Node's fetch (undici keep-alive pool, faster
 * than the default fetcher). Any failure becomes an error that names the jurisdiction, so the
 * gateway answers the rest of the query and the client knows whose data is missing.
 */
export class JurisdictionDataSource extends RemoteGraphQLDataSource {
  readonly jurisdiction: string;
  private readonly timeoutMs: number;

  constructor({ name, url, timeoutMs }: JurisdictionDataSourceOptions) {
    super({ url });
    this.jurisdiction = name === 'index' ? 'INDEX' : name.toUpperCase();
    this.timeoutMs = timeoutMs;
    const budget = timeoutMs;
    this.fetcher = ((input: string, init: RequestInit) =>
      fetch(input, { ...init, signal: AbortSignal.timeout(budget) })) as unknown as typeof this.fetcher;
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
