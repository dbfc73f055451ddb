import { RECORD_ID } from './audit-event';

/**
 * Every record id in an answer, in order of first appearance. Every string value is looked at,
 * not only fields named `id`: a client can alias `id` to anything, and an alias must not take a
 * record out of the audit. Over-matching only ever adds to the trail.
 */
export function collectRecordIds(data: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (RECORD_ID.test(value)) found.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item);
    } else if (value !== null && typeof value === 'object') {
      for (const child of Object.values(value)) walk(child);
    }
  };
  walk(data);
  return [...found];
}
