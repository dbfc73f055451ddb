import { kindOfKey, type KeyKind } from '../../kit/identifiers/key-kinds';
import type { KeyStore } from '../store/key-store';
import { assessPair, LIKELY_SAME } from './assess-pair';
import { pairKey, type DecisionRecord, type LinkDecisionStore } from './decision-store';

export interface ExpansionDeps {
  readonly store: Pick<KeyStore, 'lookup' | 'keysOfMany'>;
  /** Pairs decided DIFFERENT_PEOPLE are not expanded through. Without a store, nothing is decided. */
  readonly decisions?: LinkDecisionStore | null;
}

/** Identifiers proper: sharing one is reason enough to follow, as SPEC §6 expands "through identifiers". */
const IDENTIFIER_KINDS = new Set<KeyKind>(['TRAVEL_DOCUMENT', 'PHONE', 'EMAIL', 'SOCIAL_HANDLE', 'CRYPTO_WALLET', 'BANK_ACCOUNT', 'IMEI']);

/**
 * Keys never followed: sharing only these can never make a pair likely (a name without its
 * birth year, a date of birth), and a record that shares more is reached through the rest. They
 * would find every namesake of every year, only to turn each one away.
 */
const NOT_FOLLOWED = new Set<KeyKind>(['NAME_UNDATED', 'NAME_SKELETON_UNDATED', 'DATE_OF_BIRTH']);
const followed = (key: string) => {
  const kind = kindOfKey(key);
  return kind === null || !NOT_FOLLOWED.has(kind);
};

/**
 * The records a trace reaches, with the keys each published. Hop 0: every record holding a key
 * asked. Then, `depth` times, the records sharing a key with one already found, each admitted
 * through a found record it is not decided GREEN (different people) with, and either shares an
 * identifier with (a phone, a document, …) or links to as likely the same person. Name forms and
 * near documents are followed too, but alone they admit only what scores as a likely match: a
 * common name born the same year would otherwise pull every namesake's record into the trace,
 * and the gateway would fetch their personal data for nothing.
 */
export async function expandTrace(deps: ExpansionDeps, asked: Iterable<string>, depth: number): Promise<Map<string, readonly string[]>> {
  const found = new Map<string, readonly string[]>();
  const holders = new Map<string, string[]>();
  const seenKeys = new Set(asked);
  let frontier = new Set(seenKeys);
  for (let hop = 0; hop <= depth && frontier.size > 0; hop++) {
    // One store round trip for the lookup and one for the keys of what it found, per hop.
    const fresh = (await deps.store.lookup(frontier)).filter((id) => !found.has(id));
    const keysOfFresh = await deps.store.keysOfMany(fresh);
    const admitted = hop === 0 ? fresh.map((id, i) => [id, keysOfFresh[i] ?? []] as const) : await admit(deps, found, holders, fresh, keysOfFresh);
    const next = new Set<string>();
    for (const [id, keys] of admitted) {
      found.set(id, keys);
      for (const key of keys) {
        const list = holders.get(key);
        if (list) list.push(id);
        else holders.set(key, [id]);
        if (!seenKeys.has(key) && followed(key)) next.add(key), seenKeys.add(key);
      }
    }
    frontier = next;
  }
  return found;
}

async function admit(
  deps: ExpansionDeps,
  found: ReadonlyMap<string, readonly string[]>,
  holders: ReadonlyMap<string, readonly string[]>,
  fresh: readonly string[],
  keysOfFresh: ReadonlyArray<readonly string[]>,
): Promise<(readonly [string, readonly string[]])[]> {
  const decided: ReadonlyMap<string, DecisionRecord> = deps.decisions ? await deps.decisions.among([...found.keys(), ...fresh]) : new Map();
  const out: (readonly [string, readonly string[]])[] = [];
  fresh.forEach((id, i) => {
    const keys = keysOfFresh[i] ?? [];
    const parents = new Map<string, boolean>(); // found record → shares an identifier with it
    for (const key of keys) {
      const kind = kindOfKey(key);
      const identifier = kind !== null && IDENTIFIER_KINDS.has(kind);
      for (const parent of holders.get(key) ?? []) parents.set(parent, (parents.get(parent) ?? false) || identifier);
    }
    const through = [...parents].some(([parent, byIdentifier]) => {
      if (decided.get(pairKey(parent, id))?.decision === 'DIFFERENT_PEOPLE') return false;
      return byIdentifier || assessPair(found.get(parent) ?? [], keys).score > LIKELY_SAME;
    });
    if (through) out.push([id, keys]);
  });
  return out;
}
