// Just enough of the PostgreSQL wire protocol (v3) for the front door: split what a client sends
// into messages, and write the answers of a failing server.

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
/** PostgreSQL's own limit for a startup packet. */
const MAX_STARTUP_LENGTH = 10_000;

export interface FrontendMessage {
  /** The type byte (`Q` query, `P` parse, `S` sync, `X` terminate, …); null in the untyped startup phase. */
  readonly type: string | null;
  readonly bytes: Buffer;
}

/** Whether a message ends a client's round trip: the server answers it with ReadyForQuery. */
export const endsRoundTrip = (m: FrontendMessage): boolean => m.type === 'Q' || m.type === 'S';

/**
 * Client-to-server messages from a byte stream. The startup packet and the SSL / GSS requests
 * before it carry no type byte; every later message does.
 */
export class FrontendMessages {
  private buffer: Buffer = Buffer.alloc(0);
  private startup = true;

  /** The messages completed by this chunk. Throws on lengths no PostgreSQL client sends. */
  push(chunk: Buffer): FrontendMessage[] {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const messages: FrontendMessage[] = [];
    for (;;) {
      const typed = !this.startup;
      const header = typed ? 5 : 8;
      if (this.buffer.length < header) break;
      const length = typed ? 1 + this.buffer.readInt32BE(1) : this.buffer.readInt32BE(0);
      if (length < header || (!typed && length > MAX_STARTUP_LENGTH)) throw new Error('not a PostgreSQL client message');
      if (this.buffer.length < length) break;
      const bytes = this.buffer.subarray(0, length);
      this.buffer = this.buffer.subarray(length);
      if (!typed) {
        const code = bytes.readInt32BE(4);
        // An SSL or GSS request is followed by the real startup packet, still untyped.
        if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) this.startup = false;
      }
      messages.push({ type: typed ? String.fromCharCode(bytes[0]!) : null, bytes });
    }
    return messages;
  }
}

function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([head, body]);
}

/** ErrorResponse (SQLSTATE XX000, internal error) then ReadyForQuery: a server failing the query. */
export function internalErrorAnswer(text: string): Buffer {
  const fields = [`SERROR`, `VERROR`, `CXX000`, `M${text}`].map((f) => Buffer.from(`${f}\0`, 'utf8'));
  return Buffer.concat([message('E', Buffer.concat([...fields, Buffer.from([0])])), message('Z', Buffer.from('I'))]);
}

/** A well-framed message of a type PostgreSQL does not have: a client must reject it, not wait. */
export const GARBAGE_ANSWER = message('j', Buffer.from('<<not what you asked for'));
