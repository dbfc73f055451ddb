import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { sendJson } from '../../kit/http/listen';
import { BodyTooLarge, readBody } from '../../kit/http/read-body';

/** A request the system refuses; answered 400 with its message. */
export class BadRequest extends Error {}

export function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  sendJson(res, status, { error: { code, message } });
}

/**
 * The JSON body of a POST, checked against `schema`: 405 for another method, 413 past `limit`,
 * 400 for a body that is not JSON of that shape (the message names the first problem). Returns
 * undefined when an error answer was sent.
 */
export async function readJsonRequest<T>(req: IncomingMessage, res: ServerResponse, schema: z.ZodType<T>, limit: number): Promise<T | undefined> {
  if (req.method !== 'POST') {
    sendError(res, 405, 'METHOD_NOT_ALLOWED', 'use POST', { allow: 'POST' });
    return undefined;
  }
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req, limit));
  } catch (error) {
    if (error instanceof BodyTooLarge) sendError(res, 413, 'TOO_LARGE', `body over ${limit} bytes`, { connection: 'close' });
    else sendError(res, 400, 'BAD_REQUEST', 'body is not JSON');
    return undefined;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    sendError(res, 400, 'BAD_REQUEST', `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`);
    return undefined;
  }
  return parsed.data;
}
