import { z } from 'zod';
import { fetchNativeJson } from '../kit/native/fetch-native';
import { NativeSourceError } from '../kit/native/native-source-error';

/** The CNP API's documented limits: ids per lookup, records per page. */
export const CNP_MAX_IDS = 200;
export const CNP_MAX_LIMIT = 500;

export const PEOPLE_PATH = 'cnp/v1/people';

// Items stay `unknown` here: one malformed record is that record's problem (a MappingError in its
// slot), while an envelope of the wrong shape means the source as a whole is not answering right.
const lookupEnvelope = z.object({ items: z.array(z.unknown()) });
const pageEnvelope = z.object({
  items: z.array(z.unknown()),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  total: z.number().int().nonnegative(),
});

export type CnpPage = z.output<typeof pageEnvelope>;

function envelope<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new NativeSourceError('native source answered JSON of an unexpected shape');
  return parsed.data;
}

/** A client of the CNP people API (`GET /cnp/v1/people`). Every failure is a NativeSourceError. */
export function createCnpClient(baseUrl: string, timeoutMs: number) {
  // Relative to the base, so a NATIVE_URL_KHM with a path prefix (an agency gateway) keeps it.
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const url = (params: Record<string, string>) => {
    const u = new URL(PEOPLE_PATH, base);
    for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
    return u.toString();
  };
  return {
    /** Raw records for up to CNP_MAX_IDS person numbers, in the source's order; unknown numbers are absent. */
    async byIds(personNos: readonly string[]): Promise<unknown[]> {
      if (personNos.length > CNP_MAX_IDS) throw new RangeError(`at most ${CNP_MAX_IDS} ids per lookup`);
      return envelope(lookupEnvelope, await fetchNativeJson(url({ ids: personNos.join(',') }), { timeoutMs })).items;
    },
    /** The records from `offset`, at most `limit` of them, with the total the source holds. */
    async page(offset: number, limit: number): Promise<CnpPage> {
      const answer = envelope(pageEnvelope, await fetchNativeJson(url({ offset: String(offset), limit: String(Math.min(limit, CNP_MAX_LIMIT)) }), { timeoutMs }));
      // The next offset is computed from this one: a source answering another offset than the one
      // asked would send the index feed round in circles.
      if (answer.offset !== offset) throw new NativeSourceError('native source answered another offset than the one asked');
      return answer;
    },
  };
}

export type CnpClient = ReturnType<typeof createCnpClient>;
