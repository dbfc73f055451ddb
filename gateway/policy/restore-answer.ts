import { GraphQLError } from 'graphql';
import { corridorError } from '../../schema/errors';
import type { PlaceholderEntry } from './rewrite-denied';
import { PLACEHOLDER_PREFIX, RECORD_ID_KEY, TRACE_RECORDS_KEY } from './placeholder';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

export interface RestoredAnswer {
  data: Record<string, unknown> | null | undefined;
  /** One error per denied field occurrence. */
  denials: GraphQLError[];
  /** Where each person record (by id) sits in the answer. */
  recordPaths: Map<string, Path>;
  /** Every record id the answer was built from (the traces' records, shown or not). */
  touched: Set<string>;
}

/**
 * Undo the gateway's own additions to the answer: each denied-field placeholder becomes the key the
 * client asked for, with `null` and an error (path, code, the label that denied it); each added
 * record id is removed after noting where its record sits. Objects are rebuilt so the keys stay
 * in the order the client wrote them.
 */
export function restoreAnswer(data: Record<string, unknown> | null | undefined, placeholders: readonly PlaceholderEntry[]): RestoredAnswer {
  const denials: GraphQLError[] = [];
  const recordPaths = new Map<string, Path>();
  const touched = new Set<string>();
  const walk = (value: Json, path: Path): Json => {
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, i]));
    if (value === null || typeof value !== 'object') return value;
    const out: { [key: string]: Json } = {};
    for (const [key, child] of Object.entries(value)) {
      if (key === RECORD_ID_KEY) {
        if (typeof child === 'string' && !recordPaths.has(child)) recordPaths.set(child, path);
        if (typeof child === 'string') touched.add(child);
      } else if (key === TRACE_RECORDS_KEY) {
        for (const r of Array.isArray(child) ? child : []) {
          const id = r && typeof r === 'object' && !Array.isArray(r) ? r.id : null;
          if (typeof id === 'string') touched.add(id);
        }
      } else if (key.startsWith(PLACEHOLDER_PREFIX)) {
        const entry = placeholders[Number(key.slice(PLACEHOLDER_PREFIX.length))];
        if (!entry) continue;
        out[entry.responseKey] = null;
        const { code, rule, message, coordinate } = entry.denial;
        const e = corridorError(code, message, { rule, field: coordinate });
        denials.push(new GraphQLError(e.message, { path: [...path, entry.responseKey], extensions: e.extensions }));
      } else {
        out[key] = walk(child, [...path, key]);
      }
    }
    return out;
  };
  if (data == null) return { data, denials, recordPaths, touched };
  return { data: walk(data as Json, []) as Record<string, unknown>, denials, recordPaths, touched };
}

/**
 * An error about one record (`extensions.recordId`), moved to where that record is in the answer:
 * the record's own path, then whatever the error's path says below the record.
 */
export function pinToRecord(error: GraphQLError, recordPaths: ReadonlyMap<string, Path>): GraphQLError {
  const id = error.extensions?.recordId;
  const at = typeof id === 'string' ? recordPaths.get(id) : undefined;
  if (!at || !error.path) return error;
  const path = [...at, ...error.path.slice(at.length)];
  return new GraphQLError(error.message, { path, extensions: error.extensions, originalError: error.originalError ?? undefined });
}
