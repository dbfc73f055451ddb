export const MEDIA_TYPE = 'application/json';

export function encodeRecords(records: readonly Record<string, unknown>[]): string {
  return JSON.stringify({ records });
}
