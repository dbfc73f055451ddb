import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { context, propagation } from '@opentelemetry/api';
import { REQUEST_ID_HEADER } from '../../subgraphs/kit/http/request-scope';

/** Structural, so any RemoteGraphQLDataSource subclass fits whatever its context type. */
interface DataSourceWithHooks {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  willSendRequest?(options: GraphQLDataSourceProcessOptions<any>): void | Promise<void>;
}

/**
 * Every call to a subgraph carries the request's id (`x-request-id`, which the subgraph logs) and
 * the W3C trace context of the gateway's fetch span (`traceparent`), so the subgraph's span joins
 * the gateway's trace. Wraps the data source's own `willSendRequest` (signing, …) rather than
 * subclassing it, so any data source can be traced.
 */
export function propagateToSubgraph<T extends DataSourceWithHooks>(source: T): T {
  const own = source.willSendRequest?.bind(source);
  source.willSendRequest = async (options) => {
    await own?.(options);
    const headers = options.request.http?.headers;
    if (!headers) return;
    // Apollo Gateway runs each fetch inside its `gateway.fetch` span: the active context here.
    propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
    const requestId = (options.context as { requestId?: unknown } | undefined)?.requestId;
    if (typeof requestId === 'string' && requestId) headers.set(REQUEST_ID_HEADER, requestId);
  };
  return source;
}
