// The requester both peer gateways sign for Corridor's subgraphs, which answer only calls that carry
// a signed requester context: the one the bench's token names (a PHL investigator with a case), so
// the owners' release rules release the same fields to every gateway and all fetch the same data.
import { randomUUID } from 'node:crypto';
import { contextMasterKey } from '../../subgraphs/kit/context/context-key';
import type { RequesterContext } from '../../subgraphs/kit/context/requester-context';
import { createContextSigner } from '../../subgraphs/kit/context/sign-context';

export { CONTEXT_HEADER } from '../../subgraphs/kit/context/requester-context';

const BENCH_REQUESTER: Omit<RequesterContext, 'requestId'> = { sub: 'test-officer', country: 'PHL', agency: 'PNP', roles: ['INVESTIGATOR'], clearance: 2, purpose: 'PHL-2024-0001' };
const sign = createContextSigner(contextMasterKey());

/** The signed context header value for one call to `subgraph` with `query`. */
export function signForSubgraph(subgraph: string, query: string): string {
  return sign({ ...BENCH_REQUESTER, requestId: randomUUID() }, subgraph, query);
}
