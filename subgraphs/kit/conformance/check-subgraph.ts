import { buildASTSchema, isInterfaceType, parse } from 'graphql';
import { recordDocument, ENTITY_INTERFACE } from '../../../schema/build/shared-schema';
import { personRecordType } from '../../../schema/build/subgraph-sdl';
import { subgraphName, type Jurisdiction } from '../../../schema/registry/registry';
import { callAsGateway } from '../context/gateway-call';
import type { RequesterContext } from '../context/requester-context';
import type { FeedPage } from '../subgraph/index-feed';

/** One finding of a conformance run: what was checked, and whether it held. */
export interface Finding {
  check: string;
  ok: boolean;
  detail: string;
}

/** A selection of every shared field, nested value types included, built from the shared schema. */
export function everySharedField(): string {
  const schema = buildASTSchema(recordDocument, { assumeValidSDL: true });
  const select = (typeName: string, depth: number): string => {
    const type = schema.getType(typeName);
    if (!type || !('getFields' in type) || depth > 3) return '';
    const fields = Object.values(type.getFields()).map((f) => {
      const inner = String(f.type).replace(/[[\]!]/g, '');
      const sub = select(inner, depth + 1);
      return sub ? `${f.name} { ${sub} }` : f.name;
    });
    return fields.join(' ');
  };
  const iface = schema.getType(ENTITY_INTERFACE);
  if (!isInterfaceType(iface)) throw new Error('no PersonRecord interface');
  return select(ENTITY_INTERFACE, 0);
}

/** Names of the shared record fields. */
export function sharedFieldNames(): string[] {
  const iface = buildASTSchema(recordDocument, { assumeValidSDL: true }).getType(ENTITY_INTERFACE);
  return isInterfaceType(iface) ? Object.keys(iface.getFields()) : [];
}


/** Every record id the subgraph publishes to the index: its feed read from the beginning, page by page. */
export async function publishedIds(subgraphUrl: string, maxPages = 1000): Promise<{ ids: string[]; invalid: number }> {
  const ids = new Set<string>();
  let invalid = 0;
  let since = 0;
  for (let i = 0; i < maxPages; i++) {
    const url = new URL('/index/feed', subgraphUrl);
    url.searchParams.set('since', String(since));
    const res = await fetch(url);
    if (!res.ok) throw new Error(`index feed answered HTTP ${res.status}`);
    const page = (await res.json()) as FeedPage;
    for (const change of page.changes) {
      if (change.op === 'UPSERT') ids.add(change.id);
      else ids.delete(change.id);
    }
    invalid = page.invalid;
    if (page.next === null) break;
    since = page.next;
  }
  return { ids: [...ids], invalid };
}

/**
 * The owner's own officer with every role that sees personal data and a purpose: the requester to
 * whom a jurisdiction's release rules withhold nothing, so the mapping of every field shows.
 */
export function ownerRequester(j: Pick<Jurisdiction, 'code'>): Omit<RequesterContext, 'requestId'> {
  return { sub: 'corridor-conformance', country: j.code, agency: 'CONFORMANCE', roles: ['INVESTIGATOR', 'VICTIM_SUPPORT'], clearance: 5, purpose: `${j.code}-2024-0001` };
}

/** `_entities` for these ids, asking every shared field, as `requester` (default: the owner's own officer). */
export async function fetchEntities(subgraphUrl: string, j: Jurisdiction, ids: readonly string[], requester = ownerRequester(j)) {
  const type = personRecordType(j);
  const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${everySharedField()} } } }`;
  return callAsGateway(subgraphUrl, subgraphName(j), query, { r: ids.map((id) => ({ __typename: type, id })) }, requester);
}

/** A call without the gateway-signed context must be refused: the subgraph releases nothing to it. */
export async function refusesUnsignedCalls(subgraphUrl: string): Promise<boolean> {
  const res = await fetch(subgraphUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ _service { sdl } }' }) });
  return res.status === 401;
}

const isEmpty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

/** Shared fields that no record of the set fills: the adapter does not map them (or the source never has them). */
export function unmappedFields(records: readonly Record<string, unknown>[]): string[] {
  return sharedFieldNames().filter((f) => records.every((r) => isEmpty(r[f])));
}
