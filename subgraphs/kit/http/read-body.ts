import type { IncomingMessage } from 'node:http';

export class BodyTooLarge extends Error {}

/**
 * The request body as text, refusing more than `limit` bytes without buffering them. The rest of an
 * oversized body is drained and dropped, not cut off, so the client can still read the 413.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(req.headers['content-length']) > limit;
    if (tooLarge) reject(new BodyTooLarge(`body over ${limit} bytes`));
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        reject(new BodyTooLarge(`body over ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => tooLarge || resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
