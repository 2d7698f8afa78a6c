import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, createServer as createTcpServer, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { ForwardProxy } from '../../../test/support/forward-proxy.js';
import { HttpTarget } from '../../../test/support/http-target.js';
import { freePort, listenOnLoopback } from '../../../test/support/ports.js';
import { createTestCertificate, type TestCertificate } from '../../../test/support/tls.js';
import { createHttpProbe, type ProbeRequest } from './http.js';

let certificate: TestCertificate;
let target: HttpTarget;
let other: HttpTarget;
let secure: HttpTarget;
let proxy: ForwardProxy;
let gzipServer: Server;

beforeAll(async () => {
  certificate = createTestCertificate();
  [target, other, secure, proxy] = await Promise.all([HttpTarget.start(), HttpTarget.start(), HttpTarget.start(certificate), ForwardProxy.start()]);
  gzipServer = createServer((_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('{"compressed":true}')));
  await new Promise<void>((resolve) => gzipServer.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await Promise.all([target.stop(), other.stop(), secure.stop(), proxy.stop(), new Promise((resolve) => gzipServer.close(resolve))]);
  certificate.remove();
});

const probe = (env: Record<string, string> = {}) => createHttpProbe(env, { ca: certificate.cert });
const request = (url: string, more: Partial<ProbeRequest> = {}): ProbeRequest => ({ url, method: 'GET', headers: {}, timeoutMs: 5000, followRedirects: true, ...more });

describe('the HTTP probe', () => {
  it('sends the method, headers and body, and reads status, body and latency', async () => {
    target.on('/echo', { status: 201, body: (r) => `${r.method} ${r.body} ${r.headers['x-trace']} ${r.headers['user-agent']} ${r.headers.accept}` });
    const response = await probe()(request(target.url('/echo'), { method: 'POST', body: '{"a":1}', headers: { 'X-Trace': 't1', 'User-Agent': 'mine' } }));
    expect(response).toMatchObject({ status: 201, body: 'POST {"a":1} t1 mine */*', finalUrl: target.url('/echo') });
    expect(response.latencyMs).toBeGreaterThan(0);
  });

  it('follows redirects as fetch does: 303 turns POST into GET, 307 keeps it, another origin gets no Authorization', async () => {
    target.on('/see-other', { status: 303, headers: { location: '/landing' } });
    target.on('/temporary', { status: 307, headers: { location: '/landing' } });
    target.on('/away', { status: 302, headers: { location: other.url('/elsewhere') } });
    target.on('/landing', { status: 200, body: (r) => `${r.method}:${r.body}` });
    other.on('/elsewhere', { status: 200, body: (r) => `auth=${r.headers.authorization ?? 'none'} key=${r.headers['x-api-key']}` });
    const post = { method: 'POST', body: 'payload', headers: { 'Content-Type': 'text/plain' } };
    await expect(probe()(request(target.url('/see-other'), post))).resolves.toMatchObject({ status: 200, body: 'GET:', finalUrl: target.url('/landing') });
    await expect(probe()(request(target.url('/temporary'), post))).resolves.toMatchObject({ status: 200, body: 'POST:payload' });
    await expect(probe()(request(target.url('/away'), { headers: { Authorization: 'Bearer t', 'X-Api-Key': 'k' } }))).resolves.toMatchObject({ body: 'auth=none key=k' });
    await expect(probe()(request(target.url('/away'), { followRedirects: false }))).resolves.toMatchObject({ status: 302, finalUrl: target.url('/away') });
  });

  it('decodes a gzip body and cuts a huge one at 2 MiB', async () => {
    await expect(probe()(request(`http://127.0.0.1:${(gzipServer.address() as AddressInfo).port}/`))).resolves.toMatchObject({ body: '{"compressed":true}' });
    target.on('/huge', { status: 200, body: 'x'.repeat(3 * 1024 * 1024) });
    expect((await probe()(request(target.url('/huge')))).body).toHaveLength(2 * 1024 * 1024);
  });

  it('says what went wrong: timeout, refused, closed', async () => {
    target.on('/hang', { hang: true });
    target.on('/drop', { destroy: true });
    await expect(probe()(request(target.url('/hang'), { timeoutMs: 200 }))).rejects.toThrow('no complete response within 200 ms');
    await expect(probe()(request(`http://127.0.0.1:${await freePort()}/`))).rejects.toThrow('connection refused (ECONNREFUSED)');
    await expect(probe()(request(target.url('/drop')))).rejects.toThrow('connection closed by the server (ECONNRESET)');
    await expect(createHttpProbe({})(request(secure.url('/x')))).rejects.toThrow('TLS certificate is self-signed');
  });
});

describe('the HTTP probe behind a proxy', () => {
  it('goes through HTTPS_PROXY for https:// and HTTP_PROXY for http://, and straight to NO_PROXY hosts', async () => {
    secure.on('/health', { status: 200, body: 'ok' });
    target.on('/health', { status: 200, body: 'ok' });
    const env = { HTTPS_PROXY: proxy.url(), HTTP_PROXY: proxy.url() };
    await expect(probe(env)(request(secure.url('/health')))).resolves.toMatchObject({ status: 200, body: 'ok' });
    await expect(probe(env)(request(target.url('/health')))).resolves.toMatchObject({ status: 200, body: 'ok' });
    expect(proxy.tunnels()).toEqual([new URL(secure.url('/')).host]);
    expect(proxy.forwards()).toEqual([target.url('/health')]);
    await probe({ ...env, NO_PROXY: '127.0.0.1' })(request(secure.url('/health')));
    await probe({ ...env, no_proxy: '*' })(request(target.url('/health')));
    expect(proxy.calls).toHaveLength(2);
  });

  it('follows a redirect from an http:// to an https:// URL, each through its own proxy', async () => {
    target.on('/upgrade', { status: 301, headers: { location: secure.url('/health') } });
    const before = proxy.calls.length;
    await expect(probe({ HTTPS_PROXY: proxy.url(), HTTP_PROXY: proxy.url() })(request(target.url('/upgrade')))).resolves.toMatchObject({ status: 200, finalUrl: secure.url('/health') });
    expect(proxy.calls.slice(before).map((c) => c.kind)).toEqual(['forward', 'connect']);
  });

  it('bounds a proxy that never answers the CONNECT by the same deadline', async () => {
    const held = new Set<Socket>();
    // Reads the CONNECT and answers nothing (reading, so it sees the client go).
    const silent = createTcpServer((socket) => socket.resume());
    const port = await listenOnLoopback(silent, held);
    try {
      const started = Date.now();
      await expect(probe({ HTTPS_PROXY: `http://127.0.0.1:${port}` })(request(secure.url('/health'), { timeoutMs: 300 }))).rejects.toThrow('no complete response within 300 ms');
      expect(Date.now() - started).toBeLessThan(3000);
      // The attempt's agents are gone, and with them the tunnel the proxy never answered.
      for (let i = 0; i < 20 && held.size > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(held.size).toBe(0);
    } finally {
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
