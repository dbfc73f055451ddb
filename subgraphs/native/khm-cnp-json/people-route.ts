import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type RouteHandler } from '../../kit/http/listen';
import type { CnpPerson } from './cnp-person';

export const PEOPLE_PATH = '/cnp/v1/people';

/** The CNP API's own limits: ids per lookup, records per page; and the page size when none is asked. */
export const MAX_IDS = 200;
export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;

export interface PeoplePage {
  items: CnpPerson[];
  offset: number;
  limit: number;
  total: number;
}

export interface PeopleLookup {
  items: CnpPerson[];
}

class BadRequest extends Error {}

const PARAMS = new Set(['ids', 'offset', 'limit']);

function intParam(url: URL, name: string, fallback: number, min: number, max: number): number {
  const text = url.searchParams.get(name);
  if (text === null) return fallback;
  const n = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (!(n >= min && n <= max)) throw new BadRequest(`${name} must be an integer from ${min} to ${max}`);
  return n;
}

function lookup(people: readonly CnpPerson[], url: URL): PeopleLookup {
  if (url.searchParams.has('offset') || url.searchParams.has('limit')) throw new BadRequest('ids cannot be combined with offset or limit');
  const ids = (url.searchParams.get('ids') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length === 0) throw new BadRequest('ids must list at least one person_no');
  if (ids.length > MAX_IDS) throw new BadRequest(`at most ${MAX_IDS} ids per request`);
  const wanted = new Set(ids);
  // Like the agency's database, answers in its own storage order, not the order asked.
  return { items: people.filter((p) => wanted.has(p.person_no)) };
}

function page(people: readonly CnpPerson[], url: URL): PeoplePage {
  const offset = intParam(url, 'offset', 0, 0, 999_999_999);
  const limit = intParam(url, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT);
  return { items: people.slice(offset, offset + limit), offset, limit, total: people.length };
}

/** `GET /cnp/v1/people?offset=&limit=` (a page) or `?ids=a,b` (a lookup by person_no). */
export function peopleRoute(people: readonly CnpPerson[]): RouteHandler {
  return (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (req.method !== 'GET') {
      res.setHeader('allow', 'GET');
      return sendJson(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: 'only GET is allowed' } });
    }
    try {
      const unknown = [...url.searchParams.keys()].find((k) => !PARAMS.has(k));
      if (unknown !== undefined) throw new BadRequest('unknown query parameter');
      sendJson(res, 200, url.searchParams.has('ids') ? lookup(people, url) : page(people, url));
    } catch (error) {
      if (!(error instanceof BadRequest)) throw error;
      sendJson(res, 400, { error: { code: 'BAD_REQUEST', message: error.message } });
    }
  };
}
