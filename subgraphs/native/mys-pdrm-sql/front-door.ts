import type { Server as HttpServer } from 'node:http';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import type { NativeFault } from '../native-server';
import { FrontendMessages, GARBAGE_ANSWER, endsRoundTrip, internalErrorAnswer, type FrontendMessage } from './wire-protocol';

export interface FrontDoorOptions {
  port: number;
  host?: string;
  /** Answers the HTTP requests that arrive on the port (health). It does not listen itself. */
  http: HttpServer;
  /** The PostgreSQL server that connections are relayed to; null refuses them. */
  upstream: { host: string; port: number } | null;
  /** @default 0 */
  latencyMs?: number;
}

export interface FrontDoor {
  readonly port: number;
  /** One entry per query round trip relayed (or failed on purpose), for tests of batching. */
  readonly requests: { path: string; search: string }[];
  setFault(fault: NativeFault): void;
  setLatency(ms: number): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The native source's one port, speaking both protocols: PostgreSQL for the adapter and HTTP for
 * the stack's health check (`/healthz` on the registry's native port, as every source has). A
 * PostgreSQL client's first byte is always 0 (the high byte of a startup packet's length); an
 * HTTP request starts with a method name. PostgreSQL connections are relayed message by message,
 * which is where latency and faults are injected, like the HTTP sources' `startNativeServer`.
 */
export function openFrontDoor(options: FrontDoorOptions): Promise<FrontDoor> {
  let fault: NativeFault = 'none';
  let latency = options.latencyMs ?? 0;
  const requests: { path: string; search: string }[] = [];
  const sockets = new Set<Socket>();

  function relay(client: Socket, first: Buffer): void {
    const { upstream } = options;
    if (upstream === null) return void client.destroy();
    // No Nagle on either leg: the relay forwards each protocol message as a write of its own, and
    // a small write held for the peer's delayed acknowledgement cost about 40 ms per round trip.
    const server = connect({ port: upstream.port, host: upstream.host, noDelay: true });
    sockets.add(server);
    server.once('close', () => sockets.delete(server));
    const messages = new FrontendMessages();
    let queue = Promise.resolve();
    const closeBoth = () => {
      client.destroy();
      server.destroy();
    };
    for (const s of [client, server]) s.on('error', closeBoth).on('close', closeBoth);
    server.on('data', (data: Buffer) => client.write(data));

    const forward = (bytes: Buffer) => {
      const delay = latency;
      // Chained, so that delayed messages still reach the server in the order they were sent.
      queue = queue.then(async () => {
        if (delay > 0) await sleep(delay);
        if (!server.destroyed) server.write(bytes);
      });
    };
    const handle = (m: FrontendMessage) => {
      if (endsRoundTrip(m)) requests.push({ path: 'sql', search: '' });
      // Faults hit queries only: connecting and saying goodbye (`X`) still work.
      if (m.type === null || m.type === 'X' || fault === 'none') return forward(m.bytes);
      if (!endsRoundTrip(m) || fault === 'hang') return; // swallowed: no answer ever comes
      client.write(fault === 'garbage' ? GARBAGE_ANSWER : internalErrorAnswer('simulated failure of the agency database'));
    };
    const onData = (chunk: Buffer) => {
      let list: FrontendMessage[];
      try {
        list = messages.push(chunk);
      } catch {
        return closeBoth();
      }
      list.forEach(handle);
    };
    onData(first);
    client.on('data', onData);
    client.resume();
  }

  const door = createServer({ noDelay: true }, (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    // Until a protocol handler takes the socket, a reset must not crash the process.
    socket.on('error', () => socket.destroy());
    socket.once('data', (first: Buffer) => {
      socket.pause();
      if (first[0] === 0) return relay(socket, first);
      socket.unshift(first);
      options.http.emit('connection', socket);
      socket.resume();
    });
  });

  return new Promise((resolve, reject) => {
    door.once('error', reject);
    door.listen(options.port, options.host ?? '127.0.0.1', () => {
      resolve({
        port: (door.address() as AddressInfo).port,
        requests,
        setFault: (f) => {
          fault = f;
        },
        setLatency: (ms) => {
          latency = ms;
        },
        close: () =>
          new Promise<void>((done) => {
            door.close(() => done());
            // A hanging query would keep close() waiting for ever.
            for (const s of sockets) s.destroy();
          }),
      });
    });
  });
}
