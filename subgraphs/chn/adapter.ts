import { MappingError } from '../kit/mapping/mapping-error';
import { rememberMappings } from '../kit/mapping/remembered-mappings';
import { NativeSourceError } from '../kit/native/native-source-error';
import type { PersonRecord } from '../kit/record/person-record';
import type { NativeAdapter, NativePage } from '../kit/subgraph/native-adapter';
import type { AdapterSettings } from '../kit/subgraph/run-country';
import { parseChnId, type ChnRecordRef } from './global-id';
import { mapOrError } from './mapping';
import { MPS_MAX_IDS, createMpsClient } from './native-api';
import { nativeIdentity } from './native-record';

type Slot = PersonRecord | null | Error;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const keyOf = (agency: string, rybh: string) => `${agency}:${rybh}`;

/** The CHN adapter: the Ministry of Public Security's person-information interface, mapped to the shared schema. */
export function createChnAdapter({ jurisdiction, baseUrl, timeoutMs }: AdapterSettings): NativeAdapter {
  const client = createMpsClient(baseUrl, timeoutMs);
  const map = rememberMappings((raw: unknown) => mapOrError(raw, jurisdiction));

  async function fetchByIds(ids: readonly string[]): Promise<ReadonlyArray<Slot>> {
    const refs = ids.map((id) => parseChnId(id, jurisdiction.agencies));
    const wanted = [...new Set(refs.filter((r): r is ChnRecordRef => r !== null).map((r) => r.rybh))];
    // The interface queries by person number alone: one number serves every agency asking for it.
    // Chunked only past its own limit, so a batch that fits is one call.
    const answers = (await Promise.all(chunks(wanted, MPS_MAX_IDS).map((c) => client.query(c)))).flat();

    const byKey = new Map<string, unknown>();
    let unidentified = 0;
    for (const raw of answers) {
      const identity = nativeIdentity(raw);
      if (identity === null) unidentified += 1;
      else if (!byKey.has(keyOf(identity.agency, identity.rybh))) byKey.set(keyOf(identity.agency, identity.rybh), raw);
    }
    const mapped = new Map<unknown, PersonRecord | Error>();

    return refs.map((ref, i): Slot => {
      if (ref === null) return null;
      const raw = byKey.get(keyOf(ref.agency, ref.rybh));
      if (raw === undefined) {
        // The source answered a record we cannot tell apart: this id may be it, so "not held"
        // would be a claim we cannot make. A record of another agency is a different record.
        return unidentified > 0 ? new MappingError('rybh', undefined, 'the source answered a record without a readable rybh or jgdm') : null;
      }
      if (!mapped.has(raw)) mapped.set(raw, map(raw));
      const record = mapped.get(raw)!;
      return record instanceof Error || record.id === ids[i] ? record : null;
    });
  }

  async function fetchPage(cursor: string | null): Promise<NativePage> {
    if (cursor !== null && !/^[1-9]\d{0,8}$/.test(cursor)) throw new RangeError('a CHN cursor is a page number from 1');
    const pageNo = cursor === null ? 1 : Number(cursor);
    const answer = await client.page(pageNo, jurisdiction.native.pageSize);
    // The next cursor is computed from the page number: a source answering another page than the
    // one asked would send the index feed round in circles.
    if (answer.pageNo !== pageNo) throw new NativeSourceError('native source answered another page than the one asked');
    // The answer's own page size: the interface may serve fewer per page than asked.
    const pages = Math.ceil(answer.total / answer.pageSize);
    return {
      records: answer.list.map(map),
      next: pageNo < pages ? String(pageNo + 1) : null,
    };
  }

  return { jurisdiction, fetchByIds, fetchPage };
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts). */
export const createAdapter = createChnAdapter;
