import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type RouteHandler } from '../../kit/http/listen';
import { BodyTooLarge, readBody } from '../../kit/http/read-body';
import { decodeCursor, encodeCursor } from './cursor';
import type { NativeSubject } from './subject';

export const SUBJECTS_PATH = '/api/v2/subjek';
export const LOOKUP_PATH = '/api/v2/subjek/cari';

/** The system's own limits: records per page, keys per lookup, lookup body size; the page size when none is asked. */
export const MAX_PAGE = 500;
export const MAX_KEYS = 500;
export const DEFAULT_PAGE = 100;
const MAX_LOOKUP_BYTES = 256 * 1024;

export interface SubjectPage {
  status: 'OK';
  data: NativeSubject[];
  kursor_berikutnya: string | null;
  jumlah_total: number;
}

export interface SubjectLookup {
  status: 'OK';
  data: NativeSubject[];
}

/** Errors answer `{ status: "GAGAL", pesan }`, in Indonesian, as the system does. */
function fail(res: ServerResponse, code: number, pesan: string, headers: Record<string, string> = {}): void {
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  sendJson(res, code, { status: 'GAGAL', pesan });
}

const keyOf = (agency: string, registrationNo: string) => `${agency}|${registrationNo}`;

/** `GET /api/v2/subjek?batas=N&kursor=X`: the records after the cursor's key, with the next cursor. */
export function subjectsRoute(subjects: readonly NativeSubject[]): RouteHandler {
  const position = new Map(subjects.map((s, i) => [keyOf(s.instansi, s.nomor_registrasi), i]));
  return (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (req.method !== 'GET') return fail(res, 405, 'hanya GET yang diizinkan', { allow: 'GET' });
    const unknown = [...url.searchParams.keys()].find((k) => k !== 'batas' && k !== 'kursor');
    if (unknown !== undefined) return fail(res, 400, 'parameter tidak dikenal');
    const batasText = url.searchParams.get('batas') ?? String(DEFAULT_PAGE);
    const batas = /^\d{1,4}$/.test(batasText) ? Number(batasText) : NaN;
    if (!(batas >= 1 && batas <= MAX_PAGE)) return fail(res, 400, `batas harus bilangan bulat 1 sampai ${MAX_PAGE}`);
    let start = 0;
    const kursor = url.searchParams.get('kursor');
    if (kursor !== null) {
      const key = decodeCursor(kursor);
      const at = key && position.get(keyOf(key.agency, key.registrationNo));
      if (at === null || at === undefined) return fail(res, 400, 'kursor tidak valid');
      start = at + 1;
    }
    const data = subjects.slice(start, start + batas);
    const last = data.at(-1);
    const more = start + data.length < subjects.length;
    const body: SubjectPage = { status: 'OK', data, kursor_berikutnya: more && last ? encodeCursor(last.instansi, last.nomor_registrasi) : null, jumlah_total: subjects.length };
    sendJson(res, 200, body);
  };
}

/** The keys of a lookup body, or the reason it is not one. */
function readKeys(text: string): { agency: string; registrationNo: string }[] | string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'badan permintaan bukan JSON';
  }
  const kunci = (body as { kunci?: unknown } | null)?.kunci;
  if (!Array.isArray(kunci) || kunci.length === 0) return 'kunci harus daftar yang tidak kosong';
  if (kunci.length > MAX_KEYS) return `paling banyak ${MAX_KEYS} kunci per permintaan`;
  const keys = kunci.map((k: { instansi?: unknown; nomor_registrasi?: unknown } | null) =>
    typeof k?.instansi === 'string' && typeof k.nomor_registrasi === 'string' ? { agency: k.instansi, registrationNo: k.nomor_registrasi } : null,
  );
  return keys.every((k) => k !== null) ? (keys as { agency: string; registrationNo: string }[]) : 'setiap kunci perlu instansi dan nomor_registrasi';
}

/** `POST /api/v2/subjek/cari` with `{ kunci: [{ instansi, nomor_registrasi }] }`: the records held, in storage order. */
export function lookupRoute(subjects: readonly NativeSubject[]): RouteHandler {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return fail(res, 405, 'hanya POST yang diizinkan', { allow: 'POST' });
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return fail(res, 415, 'gunakan application/json');
    let text: string;
    try {
      text = await readBody(req, MAX_LOOKUP_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLarge) return fail(res, 413, 'badan permintaan terlalu besar');
      throw error;
    }
    const keys = readKeys(text);
    if (typeof keys === 'string') return fail(res, 400, keys);
    const wanted = new Set(keys.map((k) => keyOf(k.agency, k.registrationNo)));
    const body: SubjectLookup = { status: 'OK', data: subjects.filter((s) => wanted.has(keyOf(s.instansi, s.nomor_registrasi))) };
    sendJson(res, 200, body);
  };
}
