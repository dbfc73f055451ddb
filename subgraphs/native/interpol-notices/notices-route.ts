import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { sendJson } from '../../kit/http/listen';
import type { I247Notice, NoticesLookup, NoticesPage } from './i247-shapes';
import { readJsonRequest, sendError } from './json-request';

export const NOTICES_PATH = '/notices';
export const LOOKUP_PATH = '/notices/lookup';

/** The system's own limits, as its API documentation states them. */
export const MAX_RESULT_PER_PAGE = 200;
export const DEFAULT_RESULT_PER_PAGE = 20;
export const MAX_LOOKUP_IDS = 100;
const MAX_LOOKUP_BYTES = 16 * 1024;

const lookupRequest = z.object({
  notice_ids: z.array(z.string().min(1).max(32)).min(1).max(MAX_LOOKUP_IDS),
});

/** A whole number from 1 to `max` in the query, its default when absent, or null when bad. */
function intParam(url: URL, name: string, fallback: number, max: number): number | null {
  const text = url.searchParams.get(name);
  if (text === null) return fallback;
  const n = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  return n >= 1 && n <= max ? n : null;
}

/** `GET /notices?page=&resultPerPage=`: every notice and diffusion, in a stable order. */
export function noticesPageRoute(notices: readonly I247Notice[]) {
  return (req: IncomingMessage, res: ServerResponse, url: URL): void => {
    if (req.method !== 'GET') return sendError(res, 405, 'METHOD_NOT_ALLOWED', 'use GET', { allow: 'GET' });
    const page = intParam(url, 'page', 1, 999_999_999);
    const perPage = intParam(url, 'resultPerPage', DEFAULT_RESULT_PER_PAGE, MAX_RESULT_PER_PAGE);
    if (page === null) return sendError(res, 400, 'BAD_REQUEST', 'page is a whole number from 1');
    if (perPage === null) return sendError(res, 400, 'BAD_REQUEST', `resultPerPage is a whole number from 1 to ${MAX_RESULT_PER_PAGE}`);
    const href = (p: number) => `${NOTICES_PATH}?page=${p}&resultPerPage=${perPage}`;
    const body: NoticesPage = {
      total: notices.length,
      query: { page, resultPerPage: perPage },
      _embedded: { notices: notices.slice((page - 1) * perPage, page * perPage) },
      _links: { self: { href: href(page) }, ...(page * perPage < notices.length && { next: { href: href(page + 1) } }) },
    };
    sendJson(res, 200, body);
  };
}

/** `POST /notices/lookup` with `{ "notice_ids": [...] }`: the notices found, in the system's order. */
export function noticesLookupRoute(notices: readonly I247Notice[]) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const request = await readJsonRequest(req, res, lookupRequest, MAX_LOOKUP_BYTES);
    if (!request) return;
    const wanted = new Set(request.notice_ids);
    // Like the real system, it answers in its storage order and leaves out what it does not hold.
    const body: NoticesLookup = { _embedded: { notices: notices.filter((n) => wanted.has(n.notice_id)) } };
    sendJson(res, 200, body);
  };
}
