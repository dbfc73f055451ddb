import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { sendJson, type RouteHandler } from '../../kit/http/listen';
import { BodyTooLarge, readBody } from '../../kit/http/read-body';
import { umfMessage, type Sender } from './envelope';
import type { UmfPageBody, UmfPerson, UmfPersonsBody } from './umf-message';

export const PERSONS_PATH = '/umf/persons';
export const QUERY_PATH = '/umf/persons/query';

/** The format's limits: persons per page, and ids per query. */
export const MAX_LIMIT = 1000;
export const MAX_IDS = 1000;
export const DEFAULT_LIMIT = 100;
// 1000 ids of up to 64 characters, quoted, with room for whitespace.
const MAX_QUERY_BYTES = 128 * 1024;

const queryBody = z.object({ personIds: z.array(z.string().min(1).max(64)).min(1).max(MAX_IDS) }).strict();

function fail(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ error: { status, message } }));
}

/** A whole-number query parameter within bounds, its default when absent, or null when bad. */
function intParam(url: URL, name: string, fallback: number, min: number, max: number): number | null {
  const text = url.searchParams.get(name);
  if (text === null) return fallback;
  if (!/^\d{1,9}$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** `GET /umf/persons?offset=&limit=`: a slice of every person, with the total to page by. */
export function personsPageRoute(persons: readonly UmfPerson[], sender: Sender): RouteHandler {
  return (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (req.method !== 'GET') return fail(res, 405, 'use GET', { allow: 'GET' });
    const offset = intParam(url, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
    const limit = intParam(url, 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT);
    if (offset === null) return fail(res, 400, 'offset is a whole number from 0');
    if (limit === null) return fail(res, 400, `limit is a whole number from 1 to ${MAX_LIMIT}`);
    const body: UmfPageBody = { persons: persons.slice(offset, offset + limit), offset, limit, total: persons.length };
    sendJson(res, 200, umfMessage(sender, body));
  };
}

/** `POST /umf/persons/query` with `{ "personIds": [...] }`: the persons held, in the order asked, each once. */
export function personsQueryRoute(persons: readonly UmfPerson[], sender: Sender): RouteHandler {
  const byId = new Map(persons.map((p) => [p.personId, p]));
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return fail(res, 405, 'use POST', { allow: 'POST' });
    let text: string;
    try {
      text = await readBody(req, MAX_QUERY_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLarge) return fail(res, 413, `query over ${MAX_QUERY_BYTES} bytes`, { connection: 'close' });
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return fail(res, 400, 'the query is not JSON');
    }
    const parsed = queryBody.safeParse(json);
    if (!parsed.success) return fail(res, 400, `the query is { "personIds": [1 to ${MAX_IDS} ids] }`);
    const found = [...new Set(parsed.data.personIds)].map((id) => byId.get(id)).filter((p): p is UmfPerson => p !== undefined);
    const body: UmfPersonsBody = { persons: found };
    sendJson(res, 200, umfMessage(sender, body));
  };
}
