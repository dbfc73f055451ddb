import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import stringify from 'safe-stable-stringify';
import type { Counter } from 'prom-client';
import { cacheScope } from '../cache/cache-key';
import type { GatewayContext } from '../gateway-context';
import { isReadOnly } from '../resilience/operation-kind';

type Response = Awaited<ReturnType<GraphQLDataSource<GatewayContext>['process']>>;

export interface ShareInflightOptions {
  /** Calls answered by one already in flight, by subgraph. @default none */
  shared?: Pick<Counter<'subgraph'>, 'inc'>;
}

/**
 * The identity of a call for sharing: the exact operation and variables, and everything about the
 * requester an owner's answer can depend on, including who (`sub`) and under which case, so that
 * an owner's own records of who asked stay exact per officer and case. Null: never shared (a
 * mutation, which must act once per request, or a call made for nobody).
 */
function callKey({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): string | null {
  const gatewayContext = context as Partial<GatewayContext> | undefined;
  const scope = cacheScope(gatewayContext);
  if (!scope || !request.query || !isReadOnly(request.query)) return null;
  return stringify([request.query, request.variables ?? null, gatewayContext!.requester!.sub, gatewayContext!.purpose ?? null, scope]) ?? null;
}

/**
 * Identical reads in flight at the same time go to the subgraph once: a call that finds the same
 * operation, variables and requester already on its way waits for that one's answer (as Hive
 * Gateway does by default; the Apollo Router offers it as `deduplicate_query`). Nothing is kept
 * once the call has settled, so no answer outlives its request. Each waiter gets a copy of its
 * own: the executor writes the answer into the request's result tree, and one request's writes
 * must never reach another's.
 */
export function shareInflight<T extends GraphQLDataSource<GatewayContext>>(source: T, subgraph: string, { shared }: ShareInflightOptions = {}): T {
  const inflight = new Map<string, Promise<Response>>();
  const process = source.process.bind(source);
  source.process = async (options) => {
    const key = callKey(options);
    if (key === null) return process(options);
    let call = inflight.get(key);
    if (call) {
      shared?.inc({ subgraph });
    } else {
      call = process(options);
      inflight.set(key, call);
      const done = () => inflight.delete(key);
      call.then(done, done);
    }
    // The first call's HTTP response object is not data, and nothing past the data source reads it.
    const { http: _firstResponse, ...answer } = (await call) as Response & { http?: unknown };
    return structuredClone(answer);
  };
  return source;
}
