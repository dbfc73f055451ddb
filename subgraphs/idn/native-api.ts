import { z } from 'zod';
import { fetchNativeJson } from '../kit/native/fetch-native';
import { NativeSourceError } from '../kit/native/native-source-error';
import type { IdnRecordRef } from './global-id';

/** The API's documented limits: keys per lookup, records per page. */
export const MAX_KEYS = 500;
export const MAX_PAGE = 500;

/** The source's paging cursor: opaque, but only ever base64url; anything else is not passed on. */
export const CURSOR = /^[A-Za-z0-9_-]{1,512}$/;

// Items stay `unknown` here: one malformed record is that record's problem (a MappingError in its
// slot), while an envelope of the wrong shape means the source as a whole is not answering right.
const lookupEnvelope = z.object({ status: z.literal('OK'), data: z.array(z.unknown()) });
const pageEnvelope = z.object({
  status: z.literal('OK'),
  data: z.array(z.unknown()),
  kursor_berikutnya: z.string().regex(CURSOR).nullable(),
  jumlah_total: z.number().int().nonnegative(),
});

export type SubjectPage = z.output<typeof pageEnvelope>;

function envelope<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new NativeSourceError('native source answered JSON of an unexpected shape');
  return parsed.data;
}

/**
 * A client of the POLRI / Imigrasi subject API: `POST /api/v2/subjek/cari` (lookup by agency and
 * registration number) and `GET /api/v2/subjek?batas=&kursor=` (cursor paging). Every failure of
 * the source as a whole is a NativeSourceError.
 */
export function createSubjectClient(baseUrl: string, timeoutMs: number) {
  // Relative to the base, so a NATIVE_URL_IDN with a path prefix (an agency gateway) keeps it.
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return {
    /** Raw records for up to MAX_KEYS keys, in the source's order; keys it does not hold are absent. */
    async lookup(keys: readonly IdnRecordRef[]): Promise<unknown[]> {
      if (keys.length > MAX_KEYS) throw new RangeError(`at most ${MAX_KEYS} keys per lookup`);
      const body = JSON.stringify({ kunci: keys.map((k) => ({ instansi: k.agency, nomor_registrasi: k.registrationNo })) });
      const answer = await fetchNativeJson(new URL('api/v2/subjek/cari', base).toString(), {
        timeoutMs,
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body,
      });
      return envelope(lookupEnvelope, answer).data;
    },
    /** One page of at most `size` records after `cursor` (null: from the start). */
    async page(cursor: string | null, size: number): Promise<SubjectPage> {
      const url = new URL('api/v2/subjek', base);
      url.searchParams.set('batas', String(Math.min(size, MAX_PAGE)));
      if (cursor !== null) url.searchParams.set('kursor', cursor);
      return envelope(pageEnvelope, await fetchNativeJson(url.toString(), { timeoutMs }));
    },
  };
}

export type SubjectClient = ReturnType<typeof createSubjectClient>;
