import { createHmac } from 'node:crypto';
import { lookupKey, type NormalisedIdentifier } from '../../kit/identifiers/normalise';

/**
 * The id of a trace: the key by which the operations subgraph receives it (with its records) to
 * compute the timeline. The same question — the same normalised identifiers, in any order or
 * notation, and the same depth — always gets the same id.
 *
 * Keyed with the index key, like the blind keys: a plain hash of a passport number can be reversed
 * by trying every number, and this id travels to clients, logs and the operations subgraph.
 *
 * It names the question, not the answer: two requesters asking the same thing get the same id but
 * different records under their owners' release rules, so nothing may ever be cached by it.
 */
export function traceId(asked: readonly NormalisedIdentifier[], depth: number, indexKey: string): string {
  const keys = [...new Set(asked.map(lookupKey))].sort();
  const mac = createHmac('sha256', indexKey).update(JSON.stringify(['corridor-trace-v1', depth, keys])).digest('base64url');
  return `trace:${mac}`;
}
