import { MappingError } from '../kit/mapping/mapping-error';
import { rememberMappings } from '../kit/mapping/remembered-mappings';
import { NativeSourceError } from '../kit/native/native-source-error';
import type { PersonRecord } from '../kit/record/person-record';
import type { NativeAdapter, NativePage } from '../kit/subgraph/native-adapter';
import type { AdapterSettings } from '../kit/subgraph/run-country';
import { parseThaId, type ThaRecordRef } from './global-id';
import { mapOrError } from './mapping';
import { RTP_MAX_CONCURRENT_LOOKUPS, RTP_MAX_REFS, createRtpClient } from './native-api';
import { readPersonIdentity } from './native-shape';

type Slot = PersonRecord | null | Error;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * `run` over every item, at most `limit` at a time, results in item order. The first failure
 * rejects the whole and no further item starts; those in flight finish or time out on their own.
 */
async function boundedMap<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        results[i] = await run(items[i]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const keyOf = (agency: string, refNo: string) => `${agency}:${refNo}`;

/** The THA adapter: the Royal Thai Police / Immigration Bureau XML records API, mapped to the shared schema. */
export function createThaAdapter({ jurisdiction, baseUrl, timeoutMs }: AdapterSettings): NativeAdapter {
  const client = createRtpClient(baseUrl, timeoutMs);
  const map = rememberMappings((raw: unknown) => mapOrError(raw, jurisdiction));

  async function fetchByIds(ids: readonly string[]): Promise<ReadonlyArray<Slot>> {
    const refs = ids.map((id) => parseThaId(id, jurisdiction.agencies));
    const wanted = [...new Set(refs.filter((r): r is ThaRecordRef => r !== null).map((r) => r.refNo))];
    // The system looks up by refNo alone: one Ref serves every agency asking for it. One lookup
    // per RTP_MAX_REFS refs, a few in flight at a time.
    const answers = (await boundedMap(chunks(wanted, RTP_MAX_REFS), RTP_MAX_CONCURRENT_LOOKUPS, (c) => client.lookup(c))).flatMap((a) => a.persons);

    const byKey = new Map<string, unknown>();
    let unidentified = 0;
    for (const raw of answers) {
      const identity = readPersonIdentity(raw);
      if (identity === null) unidentified += 1;
      else if (!byKey.has(keyOf(identity.agency, identity.refNo))) byKey.set(keyOf(identity.agency, identity.refNo), raw);
    }
    const mapped = new Map<unknown, PersonRecord | Error>();

    return refs.map((ref, i): Slot => {
      if (ref === null) return null;
      const raw = byKey.get(keyOf(ref.agency, ref.refNo));
      if (raw === undefined) {
        // The source answered a record we cannot tell apart: this id may be it, so "not held"
        // would be a claim we cannot make. A record of another agency is a different record.
        return unidentified > 0 ? new MappingError('Person.@refNo', undefined, 'the source answered a record without a readable refNo or agency') : null;
      }
      if (!mapped.has(raw)) mapped.set(raw, map(raw));
      const record = mapped.get(raw)!;
      return record instanceof Error || record.id === ids[i] ? record : null;
    });
  }

  async function fetchPage(cursor: string | null): Promise<NativePage> {
    if (cursor !== null && !/^[1-9]\d{0,8}$/.test(cursor)) throw new RangeError('a THA cursor is a page number from 1');
    const page = cursor === null ? 1 : Number(cursor);
    const answer = await client.page(page, jurisdiction.native.pageSize);
    if (answer.pages === undefined) throw new NativeSourceError('native page does not say how many pages there are');
    return {
      records: answer.persons.map(map),
      next: page < answer.pages ? String(page + 1) : null,
    };
  }

  return { jurisdiction, fetchByIds, fetchPage };
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts). */
export const createAdapter = createThaAdapter;
