import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLarge, readBody } from '../../kit/http/read-body';
import type { RouteHandler } from '../../kit/http/listen';
import type { MpsPerson } from './mps-person';

export const PERSONS_PATH = '/mps/api/ryxx';
export const QUERY_PATH = '/mps/api/ryxx/cx';

/** The interface's own limits and defaults. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;
export const MAX_QUERY_IDS = 100;
const MAX_QUERY_BYTES = 64 * 1024;

/** The envelope of every answer: `code` "0000" on success, the interface's own error code otherwise. */
export interface MpsAnswer<T> {
  code: string;
  msg: string;
  data: T | null;
}

export interface PersonsPage {
  pageNo: number;
  pageSize: number;
  total: number;
  list: MpsPerson[];
}

export function sendMps<T>(res: ServerResponse, status: number, answer: MpsAnswer<T>, headers: Record<string, string> = {}): void {
  // Java-style header, as the ministry's gateway writes it.
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', ...headers });
  res.end(JSON.stringify(answer));
}

const ok = <T>(data: T): MpsAnswer<T> => ({ code: '0000', msg: '成功', data });
const fail = (code: string, msg: string): MpsAnswer<never> => ({ code, msg, data: null });

function methodNotAllowed(res: ServerResponse, allow: string): void {
  sendMps(res, 405, fail('4050', `请使用 ${allow}`), { allow });
}

/** A positive integer query parameter within bounds, its default when absent, or null when bad. */
function intParam(url: URL, name: string, fallback: number, max: number): number | null {
  const text = url.searchParams.get(name);
  if (text === null) return fallback;
  if (!/^\d{1,9}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= max ? n : null;
}

/** `GET /mps/api/ryxx?pageNo=&pageSize=`: a page of every record, in storage order; empty past the end. */
export function pageRoute(persons: readonly MpsPerson[]): RouteHandler {
  return (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (req.method !== 'GET') return methodNotAllowed(res, 'GET');
    const pageNo = intParam(url, 'pageNo', 1, Number.MAX_SAFE_INTEGER);
    const pageSize = intParam(url, 'pageSize', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    if (pageNo === null) return sendMps(res, 400, fail('4001', 'pageNo 须为不小于 1 的整数'));
    if (pageSize === null) return sendMps(res, 400, fail('4001', `pageSize 须为 1 至 ${MAX_PAGE_SIZE} 的整数`));
    const list = persons.slice((pageNo - 1) * pageSize, pageNo * pageSize);
    sendMps<PersonsPage>(res, 200, ok({ pageNo, pageSize, total: persons.length, list }));
  };
}

class BadQuery extends Error {}

function readRybhList(body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new BadQuery('请求体不是 JSON');
  }
  const list = typeof parsed === 'object' && parsed !== null ? (parsed as { rybhList?: unknown }).rybhList : undefined;
  if (!Array.isArray(list) || list.length === 0 || !list.every((r) => typeof r === 'string' && r !== '')) {
    throw new BadQuery('rybhList 须为非空的人员编号数组');
  }
  if (list.length > MAX_QUERY_IDS) throw new BadQuery(`每次最多查询 ${MAX_QUERY_IDS} 个人员编号`);
  return list as string[];
}

/**
 * `POST /mps/api/ryxx/cx` with `{"rybhList": [...]}`: the records held, in storage order (not the
 * order asked, as the real system does), each once; numbers it does not hold are left out.
 */
export function queryRoute(persons: readonly MpsPerson[]): RouteHandler {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
    let wanted: Set<string>;
    try {
      wanted = new Set(readRybhList(await readBody(req, MAX_QUERY_BYTES)));
    } catch (error) {
      if (error instanceof BodyTooLarge) return sendMps(res, 413, fail('4130', `请求体超过 ${MAX_QUERY_BYTES} 字节`));
      if (error instanceof BadQuery) return sendMps(res, 400, fail('4001', error.message));
      throw error;
    }
    sendMps(res, 200, ok({ list: persons.filter((p) => wanted.has(p.rybh)) }));
  };
}
