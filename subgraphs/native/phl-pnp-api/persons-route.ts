import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type RouteHandler } from '../../kit/http/listen';
import type { PnpPerson } from './pnp-person';

export const PERSONS_PATH = '/api/v1/persons';

/** The PNP API's own limits: at most this many records per page, and ids per lookup. */
export const MAX_PER_PAGE = 100;
export const MAX_IDS = 100;
export const DEFAULT_PER_PAGE = 25;

export interface PersonsPage {
  data: PnpPerson[];
  meta: { page: number; per_page: number; total: number; total_pages: number };
  links: { next: string | null };
}

export interface PersonsByIds {
  data: PnpPerson[];
}

class BadRequest extends Error {}

function positiveInt(url: URL, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const text = url.searchParams.get(name);
  if (text === null) return fallback;
  const n = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= max)) throw new BadRequest(`${name} must be an integer from 1 to ${max}`);
  return n;
}

function byIds(persons: readonly PnpPerson[], url: URL): PersonsByIds {
  if (url.searchParams.has('page') || url.searchParams.has('per_page')) throw new BadRequest('ids cannot be combined with page or per_page');
  const refs = (url.searchParams.get('ids') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (refs.length === 0) throw new BadRequest('ids must list at least one pnp_ref');
  if (refs.length > MAX_IDS) throw new BadRequest(`at most ${MAX_IDS} ids per request`);
  const wanted = new Set(refs);
  // Like the agency's system, answers in its own storage order, not the order asked.
  return { data: persons.filter((p) => wanted.has(p.pnp_ref)) };
}

function page(persons: readonly PnpPerson[], url: URL, req: IncomingMessage): PersonsPage {
  const pageNo = positiveInt(url, 'page', 1);
  const perPage = positiveInt(url, 'per_page', DEFAULT_PER_PAGE, MAX_PER_PAGE);
  const total = persons.length;
  const totalPages = Math.ceil(total / perPage);
  const start = (pageNo - 1) * perPage;
  const next = pageNo < totalPages ? `http://${req.headers.host ?? 'localhost'}${PERSONS_PATH}?page=${pageNo + 1}&per_page=${perPage}` : null;
  return {
    data: persons.slice(start, start + perPage),
    meta: { page: pageNo, per_page: perPage, total, total_pages: totalPages },
    links: { next },
  };
}

/** `GET /api/v1/persons?page=&per_page=` (a page) or `?ids=a,b` (a lookup by pnp_ref). */
export function personsRoute(persons: readonly PnpPerson[]): RouteHandler {
  return (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (req.method !== 'GET') return sendJson(res, 405, { error: { status: 405, message: 'only GET is allowed' } });
    try {
      sendJson(res, 200, url.searchParams.has('ids') ? byIds(persons, url) : page(persons, url, req));
    } catch (error) {
      if (!(error instanceof BadRequest)) throw error;
      sendJson(res, 400, { error: { status: 400, message: error.message } });
    }
  };
}
