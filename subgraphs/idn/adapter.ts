import { MappingError } from '../kit/mapping/mapping-error';
import { rememberMappings } from '../kit/mapping/remembered-mappings';
import { NativeSourceError } from '../kit/native/native-source-error';
import type { PersonRecord } from '../kit/record/person-record';
import type { NativeAdapter, NativePage } from '../kit/subgraph/native-adapter';
import type { AdapterSettings } from '../kit/subgraph/run-country';
import { parseIdnId, type IdnRecordRef } from './global-id';
import { mapOrError } from './mapping';
import { CURSOR, MAX_KEYS, createSubjectClient } from './native-api';
import { subjectIdentity } from './native-record';

type Slot = PersonRecord | null | Error;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const keyOf = (agency: string, registrationNo: string) => `${agency}:${registrationNo}`;

/** The IDN adapter: the POLRI / Imigrasi subject API, mapped to the shared schema. */
export function createIdnAdapter({ jurisdiction, baseUrl, timeoutMs }: AdapterSettings): NativeAdapter {
  const client = createSubjectClient(baseUrl, timeoutMs);
  const map = rememberMappings((raw: unknown) => mapOrError(raw, jurisdiction));

  async function fetchByIds(ids: readonly string[]): Promise<ReadonlyArray<Slot>> {
    const refs = ids.map((id) => parseIdnId(id, jurisdiction.agencies));
    const wanted = new Map<string, IdnRecordRef>();
    for (const ref of refs) if (ref) wanted.set(keyOf(ref.agency, ref.registrationNo), ref);
    // One call for a batch within the API's limit; past it, one call per chunk, in parallel.
    const answers = (await Promise.all(chunks([...wanted.values()], MAX_KEYS).map((c) => client.lookup(c)))).flat();

    const byKey = new Map<string, unknown>();
    let unidentified = 0;
    for (const raw of answers) {
      const { registrationNo, agency } = subjectIdentity(raw);
      if (registrationNo === null || agency === null) unidentified += 1;
      else if (!byKey.has(keyOf(agency, registrationNo))) byKey.set(keyOf(agency, registrationNo), raw);
    }
    const mapped = new Map<unknown, PersonRecord | Error>();

    return refs.map((ref, i): Slot => {
      if (ref === null) return null;
      const raw = byKey.get(keyOf(ref.agency, ref.registrationNo));
      if (raw === undefined) {
        // The source answered a record we cannot tell apart: this id may be it, so "not held"
        // would be a claim we cannot make.
        return unidentified > 0 ? new MappingError('nomor_registrasi', undefined, 'the source answered a record without a readable nomor_registrasi or instansi') : null;
      }
      if (!mapped.has(raw)) mapped.set(raw, map(raw));
      const record = mapped.get(raw)!;
      return record instanceof Error || record.id === ids[i] ? record : null;
    });
  }

  async function fetchPage(cursor: string | null): Promise<NativePage> {
    // The cursor is the source's own; it comes back from the index feed, so it is checked again.
    if (cursor !== null && !CURSOR.test(cursor)) throw new RangeError('an IDN cursor is the source’s base64url kursor');
    const answer = await client.page(cursor, jurisdiction.native.pageSize);
    // A source handing back the cursor it was given would send the index feed round in circles.
    if (answer.kursor_berikutnya !== null && answer.kursor_berikutnya === cursor) throw new NativeSourceError('native source answered the same cursor again');
    if (answer.kursor_berikutnya !== null && answer.data.length === 0) throw new NativeSourceError('native source answered an empty page with a next cursor');
    return { records: answer.data.map(map), next: answer.kursor_berikutnya };
  }

  return { jurisdiction, fetchByIds, fetchPage };
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts). */
export const createAdapter = createIdnAdapter;
