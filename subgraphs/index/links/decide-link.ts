import { corridorError } from '../../../schema/errors';
import type { RequesterContext } from '../../kit/context/requester-context';
import type { KeyStore } from '../store/key-store';
import { orderedPair, type LinkDecision, type LinkDecisionStore } from './decision-store';
import { assessPair } from './assess-pair';
import { linkView, type LinkView, type RecordReference } from './link-view';

export interface DecideLinkDeps {
  readonly store: Pick<KeyStore, 'keysOfMany'>;
  readonly decisions: LinkDecisionStore;
  readonly reference: (id: string) => RecordReference | null;
  /** @default () => new Date() */
  readonly now?: () => Date;
}

export interface DecideLinkArgs {
  readonly a: string;
  readonly b: string;
  readonly decision: LinkDecision;
  readonly reason: string;
}

/** The label the schema puts on the mutations; the index checks it again itself. */
export const DECIDE_POLICY = 'INVESTIGATOR & PURPOSE';

/** Long enough to cite a case file, short enough not to become one: the index keeps no personal data. */
export const MAX_REASON_LENGTH = 500;

/**
 * The same rule as the gateway's label, checked again here (defence in depth): a call that
 * reached the index without the gateway's policy layer still changes nothing.
 */
function authorise(field: string, requester: RequesterContext | undefined): RequesterContext {
  if (!requester?.roles.includes('INVESTIGATOR') || !requester.purpose) {
    throw corridorError('FORBIDDEN', `${field} is allowed only to an investigator with a declared purpose (X-Purpose)`, { rule: DECIDE_POLICY, field: `Mutation.${field}` });
  }
  return requester;
}

/**
 * Record an investigator's decision on a pair of records, durably, with who decided (from the
 * gateway-signed requester context), under which case, when and why; answer the link as later
 * traces will show it.
 */
export async function decideLink(deps: DecideLinkDeps, field: string, requester: RequesterContext | undefined, args: DecideLinkArgs): Promise<LinkView> {
  const who = authorise(field, requester);
  const bad = (message: string, argument: string) => corridorError('BAD_USER_INPUT', message, { argument });
  const reason = args.reason.replace(/\s+/g, ' ').trim();
  if (!reason) throw bad('a decision needs its reason (what the decision rests on, e.g. the case file entry; no personal data)', 'reason');
  if (reason.length > MAX_REASON_LENGTH) throw bad(`reason is longer than ${MAX_REASON_LENGTH} characters`, 'reason');
  if (args.a === args.b) throw bad('a link needs two different records', 'b');
  const [a, b] = orderedPair(args.a, args.b);
  const refs = [deps.reference(a), deps.reference(b)];
  const keys = await deps.store.keysOfMany([a, b]);
  for (const [i, id] of [a, b].entries()) {
    // A record that published nothing is one the index does not know: nothing could link to it.
    if (!refs[i] || (keys[i] ?? []).length === 0) throw bad(`record ${JSON.stringify(id.slice(0, 128))} is not in the index`, id === args.a ? 'a' : 'b');
  }
  const decided = await deps.decisions.record({
    a,
    b,
    decision: args.decision,
    reason,
    decidedBy: { sub: who.sub, country: who.country, agency: who.agency },
    purpose: who.purpose,
    decidedAt: (deps.now ?? (() => new Date()))().toISOString(),
  });
  return linkView((id) => deps.reference(id)!, a, b, assessPair(keys[0] ?? [], keys[1] ?? []), decided);
}
