// A native source held in memory, served through the kit like any jurisdiction's: tests change its
// records, make it fail, and count its page reads.
import { loadRegistry } from '../../../../schema/registry/registry';
import { MappingError } from '../../mapping/mapping-error';
import { NativeSourceError } from '../../native/native-source-error';
import type { PersonRecord } from '../../record/person-record';
import type { NativeAdapter } from '../native-adapter';

export function person(id: string, passport: string, phone: string): PersonRecord {
  return {
    id, jurisdiction: id.slice(0, id.indexOf(':')), agency: 'PNP', roles: ['VICTIM'], names: [], sex: 'FEMALE', dateOfBirth: null, nationalities: ['PHL'],
    documents: [{ type: 'PASSPORT', number: passport, rawNumber: passport, issuingCountry: 'PHL', expiry: null, status: 'VALID' }],
    identifiers: [{ kind: 'PHONE', value: phone, raw: phone }],
    events: [], cases: [], handling: null, updatedAt: null,
  };
}

export interface MemoryAgency {
  readonly adapter: NativeAdapter;
  /** What the source holds; change it freely. An Error stands for a record that cannot be mapped. */
  records: (PersonRecord | Error)[];
  /** Make every page read fail, or only reads of the page at this cursor. */
  failing: boolean | string;
  /** Make the read of the page at this cursor never end (null: none). */
  hangingAt: string | null;
  /** Time each page read takes. */
  pageDelayMs: number;
  /** Page reads so far. */
  pageReads: number;
}

/** PHL's registry row over records in memory, `pageSize` a page. */
export function memoryAgency(records: (PersonRecord | Error)[], pageSize = 2): MemoryAgency {
  const jurisdiction = loadRegistry().byCode('PHL')!;
  const agency: MemoryAgency = {
    records,
    failing: false,
    hangingAt: null,
    pageDelayMs: 0,
    pageReads: 0,
    adapter: {
      jurisdiction,
      fetchByIds: async (ids) => ids.map((id) => agency.records.find((r): r is PersonRecord => !(r instanceof Error) && r.id === id) ?? null),
      fetchPage: async (cursor) => {
        agency.pageReads += 1;
        if (agency.pageDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, agency.pageDelayMs));
        if (agency.hangingAt !== null && agency.hangingAt === (cursor ?? '0')) await new Promise(() => {});
        if (agency.failing === true || agency.failing === cursor) throw new NativeSourceError('native source answered HTTP 500');
        const start = Number(cursor ?? 0);
        return { records: agency.records.slice(start, start + pageSize), next: start + pageSize < agency.records.length ? String(start + pageSize) : null };
      },
    },
  };
  return agency;
}

export const unmappable = () => new MappingError('dateOfBirth', '31/02/1990', 'not a date');
