import { stringify } from 'csv-stringify/sync';

export const MEDIA_TYPE = 'text/csv';

const COLUMNS = ['ref', 'agency', 'full_name', 'given_name', 'middle_name', 'family_name', 'romanised_name', 'aliases', 'sex', 'birth_date', 'nationalities', 'documents', 'phones', 'other_identifiers', 'roles', 'events', 'cases', 'handling_code', 'releasable_to', 'updated_at'];

export function encodeRecords(records: readonly Record<string, unknown>[]): string {
  const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  return stringify(records.map((r) => COLUMNS.map((c) => cell(r[c]))), { header: true, columns: COLUMNS });
}
