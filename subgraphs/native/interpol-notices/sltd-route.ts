import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { sendJson } from '../../kit/http/listen';
import { compactNumber, documentKey } from './document-key';
import type { SltdCheckAnswer, SltdEntry } from './i247-shapes';
import { readJsonRequest } from './json-request';

export const SLTD_CHECK_PATH = '/sltd/check';

/** Most documents one check may carry, as the system documents it. */
export const MAX_SLTD_QUERIES = 500;
const MAX_CHECK_BYTES = 128 * 1024;

const checkRequest = z.object({
  documents: z
    .array(
      z.object({
        number: z.string().min(1).max(40).refine((n) => compactNumber(n).length > 0, 'no letters or digits'),
        country: z.string().regex(/^[A-Z]{3}$/, 'an ICAO issuing state code (alpha-3)'),
      }),
    )
    .min(1)
    .max(MAX_SLTD_QUERIES),
});

/**
 * `POST /sltd/check` with `{ "documents": [{ "number", "country" }] }`: the SLTD entries those
 * documents match (hits only) and how many queries were searched.
 */
export function sltdCheckRoute(entries: readonly SltdEntry[]) {
  const byKey = new Map<string, SltdEntry>(entries.map((e) => [documentKey(e.issuing_country, e.document_number), e]));
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const request = await readJsonRequest(req, res, checkRequest, MAX_CHECK_BYTES);
    if (!request) return;
    const hits = new Map<string, SltdEntry>();
    for (const d of request.documents) {
      const key = documentKey(d.country, d.number);
      const hit = byKey.get(key);
      if (hit) hits.set(key, hit);
    }
    const body: SltdCheckAnswer = { checked: request.documents.length, hits: [...hits.values()] };
    sendJson(res, 200, body);
  };
}
