import { MappingError } from '../kit/mapping/mapping-error';
import { rememberMappings } from '../kit/mapping/remembered-mappings';
import { NativeSourceError } from '../kit/native/native-source-error';
import type { PersonRecord } from '../kit/record/person-record';
import type { NativeAdapter, NativePage } from '../kit/subgraph/native-adapter';
import type { AdapterSettings } from '../kit/subgraph/run-country';
import { parsePhlId, type PhlRecordRef } from './global-id';
import { mapPhlRecord } from './mapping';
import { PNP_MAX_CONCURRENT_LOOKUPS, PNP_MAX_IDS, createPnpClient } from './native-api';
import { nativeIdentity } from './native-record';

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

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error('record could not be mapped'));

/** The PHL adapter: the PNP / Bureau of Immigration records API, mapped to the shared schema. */
export function createPhlAdapter({ jurisdiction, baseUrl, timeoutMs }: AdapterSettings): NativeAdapter {
  const client = createPnpClient(baseUrl, timeoutMs);
  const map = rememberMappings((raw: unknown): PersonRecord | Error => {
    try {
      return mapPhlRecord(raw, jurisdiction);
    } catch (error) {
      return asError(error);
    }
  });

  async function fetchByIds(ids: readonly string[]): Promise<ReadonlyArray<Slot>> {
    const refs = ids.map((id) => parsePhlId(id, jurisdiction.agencies));
    const wanted = [...new Set(refs.filter((r): r is PhlRecordRef => r !== null).map((r) => r.pnpRef))];
    // The API looks up by pnp_ref alone, so one lookup serves every agency asking for the same ref.
    // One lookup per PNP_MAX_IDS refs, a few in flight at a time.
    const answers = (await boundedMap(chunks(wanted, PNP_MAX_IDS), PNP_MAX_CONCURRENT_LOOKUPS, (c) => client.byRefs(c))).flat();

    const byRef = new Map<string, unknown[]>();
    let unidentified = 0;
    for (const raw of answers) {
      const { pnpRef } = nativeIdentity(raw);
      if (pnpRef === null) unidentified += 1;
      else byRef.set(pnpRef, [...(byRef.get(pnpRef) ?? []), raw]);
    }

    return refs.map((ref, i): Slot => {
      if (ref === null) return null;
      // A record claims the slot when it names the agency asked, or names none we can read (then
      // mapping says what is wrong with it); a record of another agency is a different record.
      const candidates = byRef.get(ref.pnpRef) ?? [];
      const claim =
        candidates.find((raw) => nativeIdentity(raw).agency === ref.agency) ??
        candidates.find((raw) => !jurisdiction.agencies.includes(nativeIdentity(raw).agency ?? ''));
      if (claim === undefined) {
        // The source answered a record we cannot tell apart: this one may be it, so "not held"
        // would be a claim we cannot make.
        return unidentified > 0 ? new MappingError('pnp_ref', undefined, 'the source answered a record without a readable pnp_ref') : null;
      }
      const record = map(claim);
      return record instanceof Error || record.id === ids[i] ? record : null;
    });
  }

  async function fetchPage(cursor: string | null): Promise<NativePage> {
    if (cursor !== null && !/^[1-9]\d{0,8}$/.test(cursor)) throw new RangeError('a PHL cursor is a page number from 1');
    const page = cursor === null ? 1 : Number(cursor);
    const answer = await client.page(page, jurisdiction.native.pageSize);
    // The next cursor is computed from the page number: a source answering another page than the
    // one asked would send the index feed round in circles.
    if (answer.meta.page !== page) throw new NativeSourceError(`native source answered page ${answer.meta.page} for page ${page}`);
    return {
      records: answer.data.map(map),
      next: answer.meta.page < answer.meta.total_pages ? String(answer.meta.page + 1) : null,
    };
  }

  return { jurisdiction, fetchByIds, fetchPage };
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts). */
export const createAdapter = createPhlAdapter;
