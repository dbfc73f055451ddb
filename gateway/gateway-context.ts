import type { Requester } from './auth/requester';

/** What every request carries through the gateway: who asks, for which case, and its id. */
export interface GatewayContext {
  readonly requester: Requester;
  /** The case reference from `X-Purpose`, or null. */
  readonly purpose: string | null;
  readonly requestId: string;
}
