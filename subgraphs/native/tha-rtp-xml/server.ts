import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLarge, readBody } from '../../kit/http/read-body';
import { recordsOf } from '../../scenario/generate';
import type { Scenario } from '../../scenario/model';
import { startNativeServer, type NativeServer } from '../native-server';
import { BadLookup, readLookupRefs } from './lookup';
import { renderError, renderHealth, renderPerson, renderPersonRecords, type PersonNode } from './render';

export interface ThaNativeSourceOptions {
  scenario: Scenario;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  host?: string;
  /** Added to every answer. @default 0 */
  latencyMs?: number;
}

/** Page size when the caller gives none, and the largest one the system serves. */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;
const MAX_LOOKUP_BYTES = 64 * 1024;

function sendXml(res: ServerResponse, status: number, xml: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/xml; charset=utf-8', ...headers });
  res.end(xml);
}

function methodNotAllowed(res: ServerResponse, allow: string): void {
  sendXml(res, 405, renderError('METHOD_NOT_ALLOWED', `use ${allow}`), { allow });
}

/** A positive integer query parameter within bounds, its default when absent, or null when bad. */
function intParam(url: URL, name: string, fallback: number, max: number): number | null {
  const text = url.searchParams.get(name);
  if (text === null) return fallback;
  if (!/^\d{1,6}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= max ? n : null;
}

/**
 * The simulated Royal Thai Police / Immigration Bureau records system, serving the scenario's THA
 * records in its own XML. Routes:
 * - `GET /rtp/persons?page=N&size=M`: a page of `<PersonRecords page pages total>`;
 * - `POST /rtp/persons/lookup` with `<Lookup><Ref>…</Ref></Lookup>`: the found records, in ref order;
 * - `GET /healthz`.
 */
export async function startThaNativeSource({ scenario, port, host, latencyMs }: ThaNativeSourceOptions): Promise<NativeServer> {
  // Rendered once: the scenario is frozen, and every answer for the same request is byte-identical.
  const persons: PersonNode[] = recordsOf(scenario, 'THA').map(renderPerson);
  const byRef = new Map<string, PersonNode>(persons.map((p) => [p['@refNo'] as string, p]));

  const list = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (req.method !== 'GET') return methodNotAllowed(res, 'GET');
    const page = intParam(url, 'page', 1, Number.MAX_SAFE_INTEGER);
    const size = intParam(url, 'size', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    if (page === null) return sendXml(res, 400, renderError('BAD_REQUEST', 'page is a whole number from 1'));
    if (size === null) return sendXml(res, 400, renderError('BAD_REQUEST', `size is a whole number from 1 to ${MAX_PAGE_SIZE}`));
    const pages = Math.max(1, Math.ceil(persons.length / size));
    const slice = persons.slice((page - 1) * size, page * size);
    sendXml(res, 200, renderPersonRecords(slice, { page, pages, total: persons.length }));
  };

  const lookup = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
    let refs: string[];
    try {
      refs = readLookupRefs(await readBody(req, MAX_LOOKUP_BYTES));
    } catch (error) {
      if (error instanceof BodyTooLarge) return sendXml(res, 413, renderError('TOO_LARGE', `lookup over ${MAX_LOOKUP_BYTES} bytes`));
      if (error instanceof BadLookup) return sendXml(res, 400, renderError('BAD_REQUEST', error.message));
      throw error;
    }
    const found = [...new Set(refs)].map((ref) => byRef.get(ref)).filter((p): p is PersonNode => p !== undefined);
    sendXml(res, 200, renderPersonRecords(found, { total: found.length }));
  };

  return startNativeServer(
    {
      '/rtp/persons': list,
      '/rtp/persons/lookup': lookup,
      '/healthz': (_req, res) => sendXml(res, 200, renderHealth(persons.length)),
    },
    { port, host, latencyMs },
  );
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts). */
export const startNativeSource = startThaNativeSource;
