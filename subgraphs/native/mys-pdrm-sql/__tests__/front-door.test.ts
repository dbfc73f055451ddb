// The front door relays PostgreSQL byte for byte, so it is tested here in front of the real
// PostgreSQL of the test suite: no PGlite needed (which a jest worker cannot start anyway).
import { createServer } from 'node:http';
import { Client } from 'pg';
import { sendJson } from '../../../kit/http/listen';
import { openFrontDoor, type FrontDoor } from '../front-door';
import { TEST_DATABASE_URL } from './test-database';

// node:net itself (not an import's copy of it), so that a spy sees the front door's calls.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const net = require('node:net') as typeof import('node:net');
const upstream = new URL(TEST_DATABASE_URL);
const health = createServer((req, res) => (req.url === '/healthz' ? sendJson(res, 200, { status: 'ok' }) : sendJson(res, 404, { error: 'not found' })));
let door: FrontDoor;

/** The test database's URL, pointed at the front door. */
function viaDoor(port: number): string {
  const url = new URL(TEST_DATABASE_URL);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return url.toString();
}

async function connect(port = door.port, queryTimeout = 1000): Promise<Client> {
  const client = new Client({ connectionString: viaDoor(port), query_timeout: queryTimeout, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

beforeAll(async () => {
  door = await openFrontDoor({ port: 0, http: health, upstream: { host: upstream.hostname, port: Number(upstream.port || 5432) } });
});
afterAll(() => door.close());
afterEach(() => {
  door.setFault('none');
  door.setLatency(0);
});

describe('the native port front door', () => {
  it('relays PostgreSQL connections, parameters and all', async () => {
    const client = await connect();
    const { rows } = await client.query('SELECT $1::text AS said, current_database() AS db', ["it's"]);
    await client.end();
    expect(rows).toEqual([{ said: "it's", db: upstream.pathname.slice(1) }]);
  });

  it('answers HTTP on the same port', async () => {
    const res = await fetch(`http://127.0.0.1:${door.port}/healthz`);
    expect([res.status, await res.json()]).toEqual([200, { status: 'ok' }]);
    expect((await fetch(`http://127.0.0.1:${door.port}/nothing`)).status).toBe(404);
  });

  it('records one request per query round trip, simple or extended protocol', async () => {
    const client = await connect();
    const before = door.requests.length;
    await client.query('SELECT 1');
    await client.query('SELECT $1::int AS x', [2]);
    await client.end();
    expect(door.requests.length - before).toBe(2);
  });

  it('fails queries with SQLSTATE XX000 under http-500, and the connection recovers', async () => {
    const client = await connect();
    door.setFault('http-500');
    await expect(client.query('SELECT $1::int', [1])).rejects.toMatchObject({ code: 'XX000' });
    door.setFault('none');
    await expect(client.query('SELECT 1 AS ok')).resolves.toMatchObject({ rows: [{ ok: 1 }] });
    await client.end();
  });

  it('answers bytes that are not PostgreSQL under garbage', async () => {
    const client = await connect();
    door.setFault('garbage');
    await expect(client.query('SELECT 1')).rejects.toThrow(/invalid response/);
    void client.end().catch(() => undefined);
  });

  it('never answers under hang, so only the client timeout ends the wait', async () => {
    const client = await connect(door.port, 300);
    door.setFault('hang');
    const started = Date.now();
    await expect(client.query('SELECT 1')).rejects.toThrow('Query read timeout');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    void client.end().catch(() => undefined);
  });

  it('delays every query by the simulated latency', async () => {
    const client = await connect();
    door.setLatency(150);
    const started = Date.now();
    await client.query('SELECT 1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await client.end();
  });

  it('refuses PostgreSQL connections when it has nowhere to relay them', async () => {
    const httpOnly = await openFrontDoor({ port: 0, http: health, upstream: null });
    try {
      await expect(connect(httpOnly.port)).rejects.toThrow();
      expect((await fetch(`http://127.0.0.1:${httpOnly.port}/healthz`)).status).toBe(200);
    } finally {
      await httpOnly.close();
    }
  });

  // Each protocol message leaves the relay as a write of its own. With Nagle's algorithm on, a write
  // waited for the peer's delayed acknowledgement: about 40 ms on every query (BENCHMARKS.md).
  it("relays with Nagle's algorithm off on both legs", async () => {
    const servers = jest.spyOn(net, 'createServer');
    const upstreams = jest.spyOn(net, 'connect');
    const fresh = await openFrontDoor({ port: 0, http: health, upstream: { host: upstream.hostname, port: Number(upstream.port || 5432) } });
    try {
      const client = await connect(fresh.port);
      const { rows } = await client.query('SELECT $1::int AS x', [3]);
      await client.end();
      expect(rows).toEqual([{ x: 3 }]);
      expect(servers.mock.calls[0]?.[0]).toMatchObject({ noDelay: true });
      expect(upstreams).toHaveBeenCalledTimes(1);
      expect(upstreams.mock.calls[0]?.[0]).toMatchObject({ noDelay: true });
    } finally {
      jest.restoreAllMocks();
      await fresh.close();
    }
  });
});
