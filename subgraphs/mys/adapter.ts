import { z } from 'zod';
import { rememberMappings } from '../kit/mapping/remembered-mappings';
import { NativeSourceError } from '../kit/native/native-source-error';
import type { PersonRecord } from '../kit/record/person-record';
import type { NativeAdapter, NativePage } from '../kit/subgraph/native-adapter';
import type { AdapterSettings } from '../kit/subgraph/run-country';
import { pdrmConnectionString } from './connection-url';
import { decodeCursor, encodeCursor } from './cursor';
import { openPdrmDatabase } from './database';
import { parseMysId, type PdrmKey } from './global-id';
import { mapOrError } from './mapping';
import { pdrmQueries } from './queries';

type Slot = PersonRecord | null | Error;

export interface MysAdapterOptions {
  /** Schema holding the agency's tables. @default 'pdrm' */
  schema?: string;
  /** Where DATABASE_URL is read (connection-url.ts). @default process.env */
  env?: Record<string, string | undefined>;
  /** Called once per SQL statement sent (tests count round trips with it). */
  onQuery?: (name: 'byKeys' | 'page') => void;
}

/** The MYS adapter holds a connection pool: close it when the subgraph stops. */
export interface MysAdapter extends NativeAdapter {
  close(): Promise<void>;
}

// Rows stay `unknown` inside: one malformed record is that record's problem (a MappingError in
// its slot), while rows of the wrong shape mean the source as a whole is not answering right.
const rowsShape = z.array(z.object({ no_rujukan: z.string(), agensi: z.string(), rekod: z.unknown() }));

const keyOf = (k: PdrmKey) => JSON.stringify([k.agensi, k.noRujukan]);

/** The MYS adapter: the PDRM / JIM records database (PostgreSQL), mapped to the shared schema. */
export function createMysAdapter({ jurisdiction, baseUrl, timeoutMs }: AdapterSettings, options: MysAdapterOptions = {}): MysAdapter {
  const sql = pdrmQueries(options.schema);
  const db = openPdrmDatabase({ connectionString: pdrmConnectionString(baseUrl, options.env), timeoutMs, onQuery: options.onQuery });
  const map = rememberMappings((rekod: unknown) => mapOrError(rekod, jurisdiction));

  async function rows(name: 'byKeys' | 'page', text: string, values: readonly unknown[]) {
    const parsed = rowsShape.safeParse(await db.query(name, text, values));
    if (!parsed.success) throw new NativeSourceError('native source answered rows of an unexpected shape');
    return parsed.data;
  }

  async function fetchByIds(ids: readonly string[]): Promise<ReadonlyArray<Slot>> {
    const keys = ids.map((id) => parseMysId(id, jurisdiction.agencies));
    const wanted = new Map(keys.filter((k): k is PdrmKey => k !== null).map((k) => [keyOf(k), k]));
    if (wanted.size === 0) return ids.map(() => null);
    // One statement for the whole batch, the keys as two parallel array parameters.
    const found = await rows('byKeys', sql.byKeys, [[...wanted.values()].map((k) => k.noRujukan), [...wanted.values()].map((k) => k.agensi)]);
    const records = new Map(found.map((r) => [keyOf({ agensi: r.agensi, noRujukan: r.no_rujukan }), map(r.rekod)]));
    return keys.map((k) => (k === null ? null : (records.get(keyOf(k)) ?? null)));
  }

  async function fetchPage(cursor: string | null): Promise<NativePage> {
    const after = cursor === null ? null : decodeCursor(cursor);
    const size = jurisdiction.native.pageSize;
    // One row more than a page says whether another page follows, without a count query.
    const page = await rows('page', sql.page, [after?.noRujukan ?? null, after?.agensi ?? null, size + 1]);
    const served = page.slice(0, size);
    const last = served.at(-1);
    return {
      records: served.map((r) => map(r.rekod)),
      next: page.length > size && last ? encodeCursor({ noRujukan: last.no_rujukan, agensi: last.agensi }) : null,
    };
  }

  return { jurisdiction, fetchByIds, fetchPage, close: () => db.close() };
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts). */
export const createAdapter = (settings: AdapterSettings): MysAdapter => createMysAdapter(settings);
