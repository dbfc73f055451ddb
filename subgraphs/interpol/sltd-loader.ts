import DataLoader from 'dataloader';
import { corridorError } from '../../schema/errors';
import { NativeSourceError } from '../kit/native/native-source-error';
import { nativeFailure } from '../kit/subgraph/native-failure';
import { SLTD_MAX_QUERIES, type I247Client, type SltdQuery } from './native-api';
import { readSltdAnswer, type SltdCheck } from './sltd-answer';

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * A per-request loader of SLTD checks: every document of one GraphQL request (each TravelDocument
 * representation the gateway sends, each document of INTERPOL's own records) is checked in one
 * `POST /sltd/check` (chunked only past the API's limit). Per request, so a "not reported" is never
 * served from an older answer.
 *
 * A failed check is an error in the document's slot, never a "not reported": JURISDICTION_
 * UNAVAILABLE / _TIMEOUT when SLTD failed, NATIVE_RECORD_INVALID when its answer about that
 * document cannot be read.
 */
export function createSltdLoader(client: I247Client, jurisdiction: string, now: () => Date = () => new Date()): DataLoader<SltdQuery, SltdCheck, string> {
  return new DataLoader<SltdQuery, SltdCheck, string>(
    async (queries) => {
      try {
        const answers = await Promise.all(
          chunks(queries, SLTD_MAX_QUERIES).map(async (chunk) => {
            const answer = await client.sltdCheck(chunk);
            // A source that searched fewer documents than asked would turn the rest into false clears.
            if (answer.checked !== chunk.length) throw new NativeSourceError(`native source checked ${answer.checked} of ${chunk.length} documents`);
            return answer;
          }),
        );
        const results = readSltdAnswer(queries, answers.flatMap((a) => a.hits), now().toISOString());
        return results.map((r) =>
          r instanceof Error ? corridorError('NATIVE_RECORD_INVALID', `${jurisdiction}: the SLTD answer for this document could not be read: ${r.message}`, { jurisdiction }) : r,
        );
      } catch (error) {
        const failure = nativeFailure(error, jurisdiction);
        return queries.map(() => failure);
      }
    },
    { cacheKeyFn: (q) => `${q.country}|${q.number}` },
  );
}
