import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Jurisdiction } from '../../../schema/registry/registry';
import type { RequesterContext } from '../../kit/context/requester-context';
import type { KeyStore } from '../store/key-store';
import type { TraceResult } from '../trace/resolve-trace';
import { decideLink } from './decide-link';
import type { LinkDecision, LinkDecisionStore } from './decision-store';
import { recordReferences } from './record-reference';
import { traceLinks } from './trace-links';

export interface LinkResolverDeps {
  readonly jurisdictions: readonly Jurisdiction[];
  readonly store: Pick<KeyStore, 'keysOfMany'>;
  readonly decisions: LinkDecisionStore;
}

interface IndexContext {
  readonly requester?: RequesterContext;
}

interface PairArgs {
  a: string;
  b: string;
  reason: string;
}

/** `Trace.links`, `Mutation.confirmLink` and `Mutation.rejectLink` of the index. */
export function linkResolvers(deps: LinkResolverDeps): GraphQLResolverMap<IndexContext> {
  const reference = recordReferences(deps.jurisdictions);
  const linkDeps = { store: deps.store, decisions: deps.decisions, reference };
  return {
    Trace: {
      links: (trace: TraceResult) => traceLinks(linkDeps, trace.records.map((r) => r.id), trace.keysByRecord),
    },
    Mutation: {
      confirmLink: (_: unknown, args: PairArgs & { decision?: LinkDecision | null }, context: IndexContext) =>
        decideLink(linkDeps, 'confirmLink', context.requester, { ...args, decision: args.decision ?? 'SAME_PERSON' }),
      rejectLink: (_: unknown, args: PairArgs, context: IndexContext) =>
        decideLink(linkDeps, 'rejectLink', context.requester, { ...args, decision: 'DIFFERENT_PEOPLE' }),
    },
  };
}
