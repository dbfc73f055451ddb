import { MappingError } from '../kit/mapping/mapping-error';
import { rememberMappings } from '../kit/mapping/remembered-mappings';
import { NativeSourceError } from '../kit/native/native-source-error';
import type { PersonRecord } from '../kit/record/person-record';
import type { NativeAdapter, NativePage } from '../kit/subgraph/native-adapter';
import type { AdapterSettings } from '../kit/subgraph/run-country';
import { parseInterpolId } from './global-id';
import { mapInterpolNotice } from './mapping';
import { LOOKUP_MAX_IDS, createI247Client } from './native-api';
import { noticeIdentity } from './native-notice';
import { sltdExtra } from './sltd-resolvers';

type Slot = PersonRecord | null | Error;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * The INTERPOL adapter: notices and diffusions of the I-24/7-like General Secretariat system as
 * person records, and the SLTD check of every travel document in the federation (`extra`).
 */
export function createInterpolAdapter({ jurisdiction, baseUrl, timeoutMs }: AdapterSettings): NativeAdapter {
  const client = createI247Client(baseUrl, timeoutMs);
  const map = rememberMappings((raw: unknown): PersonRecord | Error => {
    try {
      return mapInterpolNotice(raw, jurisdiction);
    } catch (error) {
      return error instanceof Error ? error : new Error('notice could not be mapped');
    }
  });

  async function fetchByIds(ids: readonly string[]): Promise<ReadonlyArray<Slot>> {
    const noticeIds = ids.map((id) => parseInterpolId(id, jurisdiction.code, jurisdiction.agencies));
    const wanted = [...new Set(noticeIds.filter((n): n is string => n !== null))];
    const answers = (await Promise.all(chunks(wanted, LOOKUP_MAX_IDS).map((c) => client.lookup(c)))).flat();

    const byId = new Map<string, unknown>();
    let unidentified = 0;
    for (const raw of answers) {
      const id = noticeIdentity(raw);
      if (id === null) unidentified += 1;
      else if (!byId.has(id)) byId.set(id, raw);
    }
    const mapped = new Map<string, PersonRecord | Error>();
    return noticeIds.map((noticeId): Slot => {
      if (noticeId === null) return null;
      const raw = byId.get(noticeId);
      if (raw === undefined) {
        // The source answered a notice we cannot tell apart: this one may be it, so "not held"
        // would be a claim we cannot make.
        return unidentified > 0 ? new MappingError('notice_id', undefined, 'the source answered a notice without a readable notice_id') : null;
      }
      if (!mapped.has(noticeId)) mapped.set(noticeId, map(raw));
      return mapped.get(noticeId)!;
    });
  }

  async function fetchPage(cursor: string | null): Promise<NativePage> {
    if (cursor !== null && !/^[1-9]\d{0,8}$/.test(cursor)) throw new RangeError('an INTERPOL cursor is a page number from 1');
    const page = cursor === null ? 1 : Number(cursor);
    const answer = await client.page(page, jurisdiction.native.pageSize);
    // The next cursor is computed from the page asked: a source answering another page would send
    // the index feed round in circles.
    if (answer.query.page !== page) throw new NativeSourceError(`native source answered page ${answer.query.page} for page ${page}`);
    return {
      records: answer._embedded.notices.map(map),
      next: page * answer.query.resultPerPage < answer.total ? String(page + 1) : null,
    };
  }

  return { jurisdiction, fetchByIds, fetchPage, extra: sltdExtra(client, jurisdiction.code) };
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts). */
export const createAdapter = createInterpolAdapter;
