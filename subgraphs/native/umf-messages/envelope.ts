import { randomUUID } from 'node:crypto';
import { localNow } from './dates';
import { UMF_VERSION, type UmfMessage } from './umf-message';

export interface Sender {
  /** ISO 3166-1 alpha-2, as the header names the sending country. */
  readonly alpha2: string;
  readonly timeZone: string;
}

/** Wrap a body in the standard envelope: a fresh message id and the bureau's local clock. */
export function umfMessage<Body>(sender: Sender, body: Body): UmfMessage<Body> {
  return { umf: UMF_VERSION, header: { sender: sender.alpha2, messageId: randomUUID(), created: localNow(sender.timeZone) }, body };
}
