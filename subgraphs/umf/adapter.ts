import { toAlpha2 } from '../kit/mapping/countries';
import { MappingError } from '../kit/mapping/mapping-error';
import { rememberMappings } from '../kit/mapping/remembered-mappings';
import { NativeSourceError } from '../kit/native/native-source-error';
import type { PersonRecord } from '../kit/record/person-record';
import type { NativeAdapter, NativePage } from '../kit/subgraph/native-adapter';
import type { AdapterSettings } from '../kit/subgraph/run-country';
import { UMF_AGENCY, parseUmfId } from './global-id';
import { mapOrError } from './mapping';
import { UMF_MAX_IDS, createUmfClient } from './native-api';
import { umfPersonId } from './umf-person';

type Slot = PersonRecord | null | Error;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * The generic adapter of the long tail: any country whose bureau sends the standard message
 * format, set up by its registry row alone (code, time zone, native URL, page size).
 */
export function createUmfAdapter({ jurisdiction, baseUrl, timeoutMs }: AdapterSettings): NativeAdapter {
  const sender = toAlpha2(jurisdiction.code);
  if (!sender) throw new Error(`${jurisdiction.code} has no ISO 3166 alpha-2 code for the standard format's sender`);
  if (!jurisdiction.agencies.includes(UMF_AGENCY)) throw new Error(`${jurisdiction.code}: the standard format's records are the ${UMF_AGENCY}'s, which the registry does not list`);
  const client = createUmfClient({ baseUrl, timeoutMs, sender });
  const map = rememberMappings((raw: unknown) => mapOrError(raw, jurisdiction));

  async function fetchByIds(ids: readonly string[]): Promise<ReadonlyArray<Slot>> {
    const personIds = ids.map((id) => parseUmfId(id, jurisdiction.code));
    const wanted = [...new Set(personIds.filter((p): p is string => p !== null))];
    const answers = (await Promise.all(chunks(wanted, UMF_MAX_IDS).map((c) => client.query(c)))).flat();

    const byId = new Map<string, unknown>();
    let unidentified = 0;
    for (const raw of answers) {
      const personId = umfPersonId(raw);
      if (personId === null) unidentified += 1;
      else if (!byId.has(personId)) byId.set(personId, raw);
    }
    const mapped = new Map<string, PersonRecord | Error>();

    return personIds.map((personId, i): Slot => {
      if (personId === null) return null;
      const raw = byId.get(personId);
      if (raw === undefined) {
        // The source answered an entity we cannot tell apart: this id may be it, so "not held"
        // would be a claim we cannot make.
        return unidentified > 0 ? new MappingError('personId', undefined, 'the source answered a person without a readable personId') : null;
      }
      if (!mapped.has(personId)) mapped.set(personId, map(raw));
      const record = mapped.get(personId)!;
      return record instanceof Error || record.id === ids[i] ? record : null;
    });
  }

  async function fetchPage(cursor: string | null): Promise<NativePage> {
    if (cursor !== null && !/^(0|[1-9]\d{0,8})$/.test(cursor)) throw new RangeError('a UMF cursor is a record offset from 0');
    const offset = cursor === null ? 0 : Number(cursor);
    const limit = Math.min(jurisdiction.native.pageSize, UMF_MAX_IDS);
    const page = await client.page(offset, limit);
    // The next cursor is computed from what was asked and answered: a source that answers another
    // slice, or an empty one before its own total, would skip records or send the feed round in circles.
    if (page.offset !== offset) throw new NativeSourceError(`native source answered offset ${page.offset} for offset ${offset}`);
    if (page.persons.length > limit) throw new NativeSourceError(`native source answered ${page.persons.length} persons for a limit of ${limit}`);
    const end = offset + page.persons.length;
    if (page.persons.length === 0 && offset < page.total) throw new NativeSourceError('native source answered no persons before its total');
    return { records: page.persons.map(map), next: end < page.total ? String(end) : null };
  }

  return { jurisdiction, fetchByIds, fetchPage };
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts). */
export const createAdapter = createUmfAdapter;
