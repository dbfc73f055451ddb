import { z } from 'zod';
import { fetchNativeJson } from '../kit/native/fetch-native';
import { NativeSourceError } from '../kit/native/native-source-error';

/** The PNP API's documented limit of ids per lookup (and records per page). */
export const PNP_MAX_IDS = 100;

/**
 * Most lookups one batch keeps in flight at once. A batch over PNP_MAX_IDS is split into lookups
 * of at most that many ids; they run a few at a time, not all at once: an agency API would not
 * welcome a burst of parallel lookups from one caller, and a burst makes each one slower.
 */
export const PNP_MAX_CONCURRENT_LOOKUPS = 4;

// Items stay `unknown` here: one malformed record is that record's problem (a MappingError in its
// slot), while an envelope of the wrong shape means the source as a whole is not answering right.
const byIdsEnvelope = z.object({ data: z.array(z.unknown()) });
const pageEnvelope = z.object({
  data: z.array(z.unknown()),
  meta: z.object({
    page: z.number().int().positive(),
    per_page: z.number().int().positive(),
    total: z.number().int().nonnegative(),
    total_pages: z.number().int().nonnegative(),
  }),
});

export type PnpPage = z.output<typeof pageEnvelope>;

function envelope<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new NativeSourceError('native source answered JSON of an unexpected shape');
  return parsed.data;
}

/** A client of the PNP / BI records API (`/api/v1/persons`). Every failure is a NativeSourceError. */
export function createPnpClient(baseUrl: string, timeoutMs: number) {
  // Relative to the base, so a NATIVE_URL_PHL with a path prefix (an agency gateway) keeps it.
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const url = (params: Record<string, string>) => {
    const u = new URL('api/v1/persons', base);
    for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
    return u.toString();
  };
  return {
    /** Raw records for up to PNP_MAX_IDS references, in the source's order; unknown references are absent. */
    async byRefs(refs: readonly string[]): Promise<unknown[]> {
      if (refs.length > PNP_MAX_IDS) throw new RangeError(`at most ${PNP_MAX_IDS} ids per lookup`);
      return envelope(byIdsEnvelope, await fetchNativeJson(url({ ids: refs.join(',') }), { timeoutMs })).data;
    },
    /** One page (1-based). Links in the answer are ignored: the next page is computed from `meta`. */
    async page(page: number, perPage: number): Promise<PnpPage> {
      return envelope(pageEnvelope, await fetchNativeJson(url({ page: String(page), per_page: String(perPage) }), { timeoutMs }));
    },
  };
}

export type PnpClient = ReturnType<typeof createPnpClient>;
