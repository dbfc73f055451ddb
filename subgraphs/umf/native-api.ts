import { z } from 'zod';
import { fetchNativeJson } from '../kit/native/fetch-native';
import { NativeSourceError } from '../kit/native/native-source-error';

/** The standard's limit of personIds per query (and persons per page). */
export const UMF_MAX_IDS = 1000;

// Persons stay `unknown` here: one malformed entity is that record's problem (a MappingError in
// its slot), while an envelope of the wrong shape means the source as a whole is not answering.
const header = z.object({ sender: z.string(), messageId: z.string().min(1), created: z.string() });
const message = <B extends z.ZodType>(body: B) => z.object({ umf: z.string().regex(/^1\.\d+$/), header, body });
const personsMessage = message(z.object({ persons: z.array(z.unknown()) }));
const pageMessage = message(z.object({ persons: z.array(z.unknown()), offset: z.number().int().nonnegative(), total: z.number().int().nonnegative() }));

export type UmfPage = z.output<typeof pageMessage>['body'];

export interface UmfClientSettings {
  baseUrl: string;
  timeoutMs: number;
  /** ISO 3166-1 alpha-2 the source must sign its messages with. */
  sender: string;
}

/** A client of one bureau's standard-format API. Every failure of the source is a NativeSourceError. */
export function createUmfClient({ baseUrl, timeoutMs, sender }: UmfClientSettings) {
  // Kept as a prefix, not resolved with new URL(): a real endpoint may sit under a path.
  const base = baseUrl.replace(/\/+$/, '');
  const read = <T extends { header: { sender: string } }>(schema: z.ZodType<T>, answer: unknown): T => {
    const parsed = schema.safeParse(answer);
    if (!parsed.success) throw new NativeSourceError('native source answered JSON that is not a UMF 1.x message');
    // A message signed by another country is another country's data: serving it under this
    // jurisdiction would misattribute records (a misrouted NATIVE_URL, a shared gateway).
    if (parsed.data.header.sender !== sender) throw new NativeSourceError('native source answered a message from another sender');
    return parsed.data;
  };
  return {
    /** `POST /umf/persons/query`: the entities held for these personIds, in the source's order. */
    async query(personIds: readonly string[]): Promise<unknown[]> {
      if (personIds.length > UMF_MAX_IDS) throw new RangeError(`at most ${UMF_MAX_IDS} personIds per query`);
      const answer = await fetchNativeJson(`${base}/umf/persons/query`, {
        timeoutMs,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ personIds }),
      });
      return read(personsMessage, answer).body.persons;
    },
    /** `GET /umf/persons?offset=&limit=`: one slice of every entity, with the total. */
    async page(offset: number, limit: number): Promise<UmfPage> {
      const query = new URLSearchParams({ offset: String(offset), limit: String(limit) });
      return read(pageMessage, await fetchNativeJson(`${base}/umf/persons?${query}`, { timeoutMs })).body;
    },
  };
}

export type UmfClient = ReturnType<typeof createUmfClient>;
