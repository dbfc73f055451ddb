import { LRUCache } from 'lru-cache';
import type { PersonRecord } from '../record/person-record';

/** Native records whose mapping is kept: more than any simulated source holds, a bound for a real one. */
const DEFAULT_MAX = 20_000;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Maps and Sets written out (JSON would write `{}` for every one); any other object that is not
 * plain data (a class instance) makes the form one this cannot tell apart: not remembered.
 */
function nativeData(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { '<Map>': [...value.entries()] };
  if (value instanceof Set) return { '<Set>': [...value] };
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) throw new TypeError('not plain data');
  }
  return value;
}

/** The native form as text; undefined for one this cannot write faithfully (a BigInt, a cycle, a class instance). */
function keyOf(raw: unknown): string | undefined {
  try {
    return JSON.stringify(raw, nativeData) as string | undefined;
  } catch {
    return undefined;
  }
}

/**
 * An adapter's mapping, remembered by the native record's exact form. A source without a change
 * API is read whole at every publication cycle, and the same records are asked for trace after
 * trace; mapping them (dates and calendars in the owner's time zone, names across scripts,
 * documents) is a good part of what that costs. A record whose native form has not changed maps to
 * the record it mapped to before, frozen, since it is shared; a changed one is mapped again.
 * Mapping depends only on the native form and the adapter's settings, never on the clock. Records
 * that could not be mapped are not kept: their errors are built afresh each time.
 */
export function rememberMappings<Raw>(map: (raw: Raw) => PersonRecord | Error, max = DEFAULT_MAX): (raw: Raw) => PersonRecord | Error {
  const mapped = new LRUCache<string, PersonRecord>({ max });
  return (raw) => {
    const key = keyOf(raw);
    if (key === undefined) return map(raw);
    const known = mapped.get(key);
    if (known) return known;
    const record = map(raw);
    if (!(record instanceof Error)) mapped.set(key, deepFreeze(record));
    return record;
  };
}
