import { MappingError } from '../kit/mapping/mapping-error';
import { rememberMappings } from '../kit/mapping/remembered-mappings';
import { NativeSourceError } from '../kit/native/native-source-error';
import type { PersonRecord } from '../kit/record/person-record';
import type { NativeAdapter, NativePage } from '../kit/subgraph/native-adapter';
import type { AdapterSettings } from '../kit/subgraph/run-country';
import { parseKhmId, type KhmRecordRef } from './global-id';
import { mapOrError } from './mapping';
import { CNP_MAX_IDS, createCnpClient } from './native-api';
import { cnpIdentity } from './native-record';

type Slot = PersonRecord | null | Error;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const keyOf = (agency: string, personNo: string) => `${agency}:${personNo}`;

/** The KHM adapter: the Cambodian National Police people API, mapped to the shared schema. */
export function createKhmAdapter({ jurisdiction, baseUrl, timeoutMs }: AdapterSettings): NativeAdapter {
  const client = createCnpClient(baseUrl, timeoutMs);
  const map = rememberMappings((raw: unknown) => mapOrError(raw, jurisdiction));

  async function fetchByIds(ids: readonly string[]): Promise<ReadonlyArray<Slot>> {
    const refs = ids.map((id) => parseKhmId(id, jurisdiction.agencies));
    const wanted = [...new Set(refs.filter((r): r is KhmRecordRef => r !== null).map((r) => r.personNo))];
    // One call for a batch within the API's limit; past it, one call per chunk, in parallel.
    const answers = (await Promise.all(chunks(wanted, CNP_MAX_IDS).map((c) => client.byIds(c)))).flat();

    const byKey = new Map<string, unknown>();
    let unidentified = 0;
    for (const raw of answers) {
      const { personNo, agency } = cnpIdentity(raw);
      if (personNo === null || agency === null) unidentified += 1;
      else if (!byKey.has(keyOf(agency, personNo))) byKey.set(keyOf(agency, personNo), raw);
    }
    const mapped = new Map<unknown, PersonRecord | Error>();

    return refs.map((ref, i): Slot => {
      if (ref === null) return null;
      const raw = byKey.get(keyOf(ref.agency, ref.personNo));
      if (raw === undefined) {
        // The source answered a record we cannot tell apart: this id may be it, so "not held"
        // would be a claim we cannot make.
        return unidentified > 0 ? new MappingError('person_no', undefined, 'the source answered a record without a readable person_no or agency') : null;
      }
      if (!mapped.has(raw)) mapped.set(raw, map(raw));
      const record = mapped.get(raw)!;
      return record instanceof Error || record.id === ids[i] ? record : null;
    });
  }

  async function fetchPage(cursor: string | null): Promise<NativePage> {
    if (cursor !== null && !/^(0|[1-9]\d{0,9})$/.test(cursor)) throw new RangeError('a KHM cursor is a record offset from 0');
    const offset = cursor === null ? 0 : Number(cursor);
    const answer = await client.page(offset, jurisdiction.native.pageSize);
    // Advance by what came back, not by what was asked: the source may cap the page below our size.
    const end = offset + answer.items.length;
    if (answer.items.length === 0 && offset < answer.total) throw new NativeSourceError('native source answered an empty page before its last record');
    return {
      records: answer.items.map(map),
      next: end < answer.total ? String(end) : null,
    };
  }

  return { jurisdiction, fetchByIds, fetchPage };
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts). */
export const createAdapter = createKhmAdapter;
