import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** The header a request id travels in, from the client to the gateway and on to every subgraph. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * The fields of one request's access-log line, filled in by whoever learns them while it runs
 * (the gateway's authentication, its plugins) and written once when the answer has left. Ids,
 * codes and counts only: never a name, an identifier, a variable or a record id.
 */
export type AccessFields = Record<string, string | number | boolean | readonly string[] | undefined>;

const scope = new AsyncLocalStorage<AccessFields>();

/** Run one request with its own access fields. */
export function withAccessFields<T>(fields: AccessFields, run: () => T): T {
  return scope.run(fields, run);
}

/** Add to the running request's access-log line; outside a request, nothing happens. */
export function annotateAccess(fields: AccessFields): void {
  const current = scope.getStore();
  if (current) Object.assign(current, fields);
}

/** A request id the client may set (1–128 safe characters), else a new one. */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[\w.:-]{1,128}$/.test(header) ? header : randomUUID();
}
