import { XMLBuilder } from 'fast-xml-parser';

export const MEDIA_TYPE = 'application/xml';

const builder = new XMLBuilder({ format: false, suppressEmptyNode: true, processEntities: true });

/** Lists as repeated elements; null fields left out. */
const strip = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(strip) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, strip(v)])) : value;

export function encodeRecords(records: readonly Record<string, unknown>[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build({ records: { record: records.map(strip) } })}`;
}
