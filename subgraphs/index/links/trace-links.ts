import type { KeyStore } from '../store/key-store';
import { pairKey, type LinkDecisionStore } from './decision-store';
import { assessPair, relates } from './assess-pair';
import { corroborate } from './corroborate';
import { linkView, type LinkView, type RecordReference } from './link-view';

export interface TraceLinksDeps {
  readonly store: Pick<KeyStore, 'keysOfMany'>;
  readonly decisions: LinkDecisionStore;
  readonly reference: (id: string) => RecordReference | null;
}

/**
 * The links among a trace's records: every pair that shares at least one blind key, and every
 * pair an investigator decided on, each scored from the keys alone (and corroborated through the
 * trace's other records) and coloured. Strongest first.
 * `known` carries keys the trace already read, so the store is asked only for the others.
 */
export async function traceLinks(deps: TraceLinksDeps, ids: readonly string[], known?: ReadonlyMap<string, readonly string[]>): Promise<LinkView[]> {
  const records = ids.filter((id) => deps.reference(id) !== null);
  const missing = records.filter((id) => !known?.has(id));
  const fetched = missing.length > 0 ? await deps.store.keysOfMany(missing) : [];
  const keysOf = new Map(known);
  missing.forEach((id, i) => keysOf.set(id, fetched[i] ?? []));

  const holders = new Map<string, string[]>();
  for (const id of records) {
    for (const key of keysOf.get(id) ?? []) {
      if (!relates(key)) continue;
      const list = holders.get(key);
      if (list) list.push(id);
      else holders.set(key, [id]);
    }
  }
  const pairs = new Map<string, [string, string]>();
  for (const list of holders.values()) {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) pairs.set(pairKey(list[i]!, list[j]!), [list[i]!, list[j]!]);
  }
  const decisions = await deps.decisions.among(records);
  for (const d of decisions.values()) pairs.set(pairKey(d.a, d.b), [d.a, d.b]);

  const assessed = [...pairs.values()].map(([x, y]) => ({ x, y, assessment: assessPair(keysOf.get(x) ?? [], keysOf.get(y) ?? []) }));
  const corroborated = corroborate(assessed);
  const links = assessed.map(({ x, y, assessment }) => {
    const key = pairKey(x, y);
    return linkView((id) => deps.reference(id)!, x, y, assessment, decisions.get(key) ?? null, corroborated.get(key) ?? null);
  });
  return links.sort((p, q) => q.score - p.score || p.a.id.localeCompare(q.a.id) || p.b.id.localeCompare(q.b.id));
}
