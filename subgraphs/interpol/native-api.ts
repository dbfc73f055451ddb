import { z } from 'zod';
import { fetchNativeJson } from '../kit/native/fetch-native';
import { NativeSourceError } from '../kit/native/native-source-error';

/** The I-24/7 system's documented limits: notice ids per lookup, documents per SLTD check. */
export const LOOKUP_MAX_IDS = 100;
export const SLTD_MAX_QUERIES = 500;

// Items stay `unknown` here: one malformed notice (or SLTD hit) is that item's problem, while an
// envelope of the wrong shape means the source as a whole is not answering right.
const lookupEnvelope = z.object({ _embedded: z.object({ notices: z.array(z.unknown()) }) });
const pageEnvelope = z.object({
  total: z.number().int().nonnegative(),
  query: z.object({ page: z.number().int().positive(), resultPerPage: z.number().int().positive() }),
  _embedded: z.object({ notices: z.array(z.unknown()) }),
});
const sltdEnvelope = z.object({ checked: z.number().int().nonnegative(), hits: z.array(z.unknown()) });

export type NoticesPage = z.output<typeof pageEnvelope>;
export type SltdAnswer = z.output<typeof sltdEnvelope>;

/** One SLTD query: a normalised number and its ICAO issuing state (alpha-3), as SLTD speaks. */
export interface SltdQuery {
  number: string;
  country: string;
}

function envelope<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new NativeSourceError('native source answered JSON of an unexpected shape');
  return parsed.data;
}

/** A client of the I-24/7-like notices and SLTD API. Every failure is a NativeSourceError. */
export function createI247Client(baseUrl: string, timeoutMs: number) {
  // Relative to the base, so a NATIVE_URL_INTERPOL with a path prefix (an NCB gateway) keeps it.
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const post = (path: string, body: unknown) =>
    fetchNativeJson(new URL(path, base).toString(), { method: 'POST', timeoutMs, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return {
    /** Raw notices for up to LOOKUP_MAX_IDS ids, in the source's order; unknown ids are absent. */
    async lookup(noticeIds: readonly string[]): Promise<unknown[]> {
      if (noticeIds.length > LOOKUP_MAX_IDS) throw new RangeError(`at most ${LOOKUP_MAX_IDS} notice ids per lookup`);
      return envelope(lookupEnvelope, await post('notices/lookup', { notice_ids: noticeIds }))._embedded.notices;
    },
    /** One page (1-based). Links in the answer are ignored: the next page is computed from `total`. */
    async page(page: number, resultPerPage: number): Promise<NoticesPage> {
      const url = new URL('notices', base);
      url.searchParams.set('page', String(page));
      url.searchParams.set('resultPerPage', String(resultPerPage));
      return envelope(pageEnvelope, await fetchNativeJson(url.toString(), { timeoutMs }));
    },
    /** The SLTD hits among up to SLTD_MAX_QUERIES documents, and how many the source says it searched. */
    async sltdCheck(queries: readonly SltdQuery[]): Promise<SltdAnswer> {
      if (queries.length > SLTD_MAX_QUERIES) throw new RangeError(`at most ${SLTD_MAX_QUERIES} documents per SLTD check`);
      return envelope(sltdEnvelope, await post('sltd/check', { documents: queries }));
    },
  };
}

export type I247Client = ReturnType<typeof createI247Client>;
