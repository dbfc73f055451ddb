// httpCall against a real local server: what it reads, and how each failure is told apart.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpCutOff, HttpTimeout, httpCall } from '../http-call';

let server: http.Server;
let origin: string;
const sockets = new Set<string>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    sockets.add(`${req.socket.remotePort}`);
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk));
    req.on('end', () => {
      if (req.url === '/echo') {
        res.writeHead(201, { 'content-type': 'application/json', 'x-seen-header': String(req.headers['x-test'] ?? '') });
        res.end(JSON.stringify({ method: req.method, body, length: req.headers['content-length'] ?? null }));
      } else if (req.url === '/bom') {
        res.end('\ufeff{"ok":true}');
      } else if (req.url === '/hang') {
        // Never answers.
      } else if (req.url === '/cut') {
        res.writeHead(200, { 'content-length': '1000' });
        res.write('only the beginning');
        setTimeout(() => res.socket?.destroy(), 20);
      } else {
        res.writeHead(500);
        res.end('broken');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
});

describe('httpCall', () => {
  it('sends the method, headers and body, and reads status, headers and text', async () => {
    const answer = await httpCall(`${origin}/echo`, { method: 'POST', headers: { 'x-test': 'yes' }, body: '{"query":"{ é }"}', timeoutMs: 5000 });
    expect(answer).toMatchObject({ status: 201, ok: true });
    expect(answer.headers['x-seen-header']).toBe('yes');
    // The length in bytes, not characters.
    expect(JSON.parse(answer.text)).toEqual({ method: 'POST', body: '{"query":"{ é }"}', length: '18' });
  });

  it('keeps the connection for the next call', async () => {
    sockets.clear();
    for (let i = 0; i < 5; i++) await httpCall(`${origin}/echo`, { timeoutMs: 5000 });
    expect(sockets.size).toBe(1);
  });

  it('drops a leading byte-order mark, as fetch does', async () => {
    expect((await httpCall(`${origin}/bom`, { timeoutMs: 5000 })).text).toBe('{"ok":true}');
  });

  it('answers an error status as it came, without throwing', async () => {
    expect(await httpCall(`${origin}/other`, { timeoutMs: 5000 })).toMatchObject({ status: 500, ok: false, text: 'broken' });
  });

  it('gives up when the budget runs out, as a TimeoutError', async () => {
    const call = httpCall(`${origin}/hang`, { timeoutMs: 100 });
    await expect(call).rejects.toBeInstanceOf(HttpTimeout);
    await expect(call).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('tells an answer cut off mid-body from a timeout', async () => {
    await expect(httpCall(`${origin}/cut`, { timeoutMs: 5000 })).rejects.toBeInstanceOf(HttpCutOff);
  });

  it('fails on a port where nobody listens, and on a URL that is not http', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(httpCall(`http://127.0.0.1:${port}/`, { timeoutMs: 5000 })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await expect(httpCall('file:///etc/passwd', { timeoutMs: 5000 })).rejects.toThrow(/not an http\(s\) URL/);
  });
});
