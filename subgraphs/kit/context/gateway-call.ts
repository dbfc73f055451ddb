import { randomUUID } from 'node:crypto';
import { contextMasterKey } from './context-key';
import { CONTEXT_HEADER, type RequesterContext } from './requester-context';
import { createContextSigner } from './sign-context';

/** A requester for tooling that speaks to a subgraph as the gateway would (conformance checks, tests). */
export const TOOLING_REQUESTER: Omit<RequesterContext, 'requestId'> = {
  sub: 'corridor-conformance',
  country: 'PHL',
  agency: 'PNP',
  roles: ['INTEGRATOR'],
  clearance: 0,
  purpose: null,
};

/**
 * POST a GraphQL operation to a subgraph with a requester context signed as the gateway signs it.
 * Needs the deployment's context key (`CONTEXT_KEY`); it is how the conformance check reaches an
 * agency's subgraph.
 */
export async function callAsGateway(
  url: string,
  subgraph: string,
  query: string,
  variables: unknown,
  requester: Omit<RequesterContext, 'requestId'> = TOOLING_REQUESTER,
  master = contextMasterKey(),
): Promise<{ status: number; body: any }> {
  const token = createContextSigner(master)({ ...requester, requestId: randomUUID() }, subgraph, query);
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: token }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: await res.json().catch(() => null) };
}
