import { GraphQLError } from 'graphql';
import { corridorError } from '../../schema/errors';
import type { PlaceholderEntry } from './rewrite-denied';
import { PLACEHOLDER_PREFIX } from './placeholder';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Turn each placeholder in the answer back into the key the client asked for, with `null`, and
 * one error per place (path, code, the label that denied it). Objects are rebuilt so the keys
 * stay in the order the client wrote them.
 */
export function restoreDenied(data: Record<string, unknown> | null | undefined, placeholders: readonly PlaceholderEntry[]): { data: typeof data; errors: GraphQLError[] } {
  const errors: GraphQLError[] = [];
  const walk = (value: Json, path: (string | number)[]): Json => {
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, i]));
    if (value === null || typeof value !== 'object') return value;
    const out: { [key: string]: Json } = {};
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith(PLACEHOLDER_PREFIX)) {
        const entry = placeholders[Number(key.slice(PLACEHOLDER_PREFIX.length))];
        if (!entry) continue; // not ours: the guard refuses client aliases with this prefix
        out[entry.responseKey] = null;
        const at = [...path, entry.responseKey];
        const { code, rule, message, coordinate } = entry.denial;
        const e = corridorError(code, message, { rule, field: coordinate });
        errors.push(new GraphQLError(e.message, { path: at, extensions: e.extensions }));
      } else {
        out[key] = walk(child, [...path, key]);
      }
    }
    return out;
  };
  if (data == null) return { data, errors };
  return { data: walk(data as Json, []) as Record<string, unknown>, errors };
}
