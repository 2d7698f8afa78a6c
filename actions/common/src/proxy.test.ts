import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { get as httpGet, request as httpRequest, type Agent } from 'node:http';
import { get as httpsGet } from 'node:https';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { ForwardProxy } from '../../../test/support/forward-proxy.js';
import { HttpTarget } from '../../../test/support/http-target.js';
import { listenOnLoopback } from '../../../test/support/ports.js';
import { createTestCertificate, type TestCertificate } from '../../../test/support/tls.js';
import { bypassesProxy, proxyAgents, proxyFor, proxySettingsFromEnv } from './proxy.js';

describe('proxySettingsFromEnv', () => {
  it('is undefined without a proxy variable, whatever NO_PROXY says', () => {
    expect(proxySettingsFromEnv({})).toBeUndefined();
    expect(proxySettingsFromEnv({ NO_PROXY: '*', HTTPS_PROXY: ' ' })).toBeUndefined();
  });

  it('prefers the lower-case variables, takes a bare host:port as http:// and keeps https:// proxies', () => {
    const settings = proxySettingsFromEnv({ https_proxy: 'proxy.corp:3128', HTTPS_PROXY: 'http://other:1', HTTP_PROXY: 'https://tls-proxy.corp' });
    expect(settings?.https?.href).toBe('http://proxy.corp:3128/');
    expect(settings?.http?.href).toBe('https://tls-proxy.corp/');
  });

  it('refuses what is not an http(s) proxy URL, naming the variable and never its password', () => {
    expect(() => proxySettingsFromEnv({ HTTPS_PROXY: 'socks5://user:s3cret@proxy:1080' })).toThrow(
      'HTTPS_PROXY "socks5://***@proxy:1080" is not a proxy URL such as http://proxy.example:3128',
    );
    expect(() => proxySettingsFromEnv({ http_proxy: 'http://' })).toThrow('http_proxy "http://" is not a proxy URL');
  });
});

describe('NO_PROXY', () => {
  const settings = (noProxy: string) => proxySettingsFromEnv({ HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: noProxy })!;

  it.each<[string, string, number, boolean]>([
    ['*', 'anything.example', 443, true],
    ['example.com', 'example.com', 443, true],
    ['example.com', 'api.example.com', 443, true],
    ['example.com', 'notexample.com', 443, false],
    ['.example.com', 'api.example.com', 443, true],
    ['.example.com', 'example.com', 443, true],
    ['*.example.com', 'deep.api.example.com', 443, true],
    ['EXAMPLE.com', 'Api.Example.COM.', 443, true],
    ['internal:8443', 'internal', 8443, true],
    ['internal:8443', 'internal', 443, false],
    ['127.0.0.1', '127.0.0.1', 9000, true],
    ['127.0.0.1', '127.0.0.10', 9000, false],
    ['::1', '::1', 443, true],
    ['[::1]:8080', '[::1]', 8080, true],
    ['[::1]:8080', '::1', 443, false],
    ['localhost, .corp ,169.254.169.254', '169.254.169.254', 80, true],
    ['localhost .corp', 's3.corp', 443, true],
    ['', 'example.com', 443, false],
    ['sts.amazonaws.com', 'ecr.us-east-1.amazonaws.com', 443, false],
  ])('%j for %s:%d bypasses: %s', (noProxy, host, port, bypass) => {
    expect(bypassesProxy(settings(noProxy), host, port)).toBe(bypass);
  });

  it('picks the proxy by the target protocol', () => {
    const both = proxySettingsFromEnv({ HTTPS_PROXY: 'http://secure:1', HTTP_PROXY: 'http://plain:2', NO_PROXY: 'direct' });
    expect(proxyFor(both, 'https:', 'api', 443)?.host).toBe('secure:1');
    expect(proxyFor(both, 'http:', 'api', 80)?.host).toBe('plain:2');
    expect(proxyFor(both, 'https:', 'direct', 443)).toBeUndefined();
    expect(proxyFor(proxySettingsFromEnv({ HTTPS_PROXY: 'http://secure:1' }), 'http:', 'api', 80)).toBeUndefined();
  });
});

describe('proxyAgents on loopback', () => {
  let certificate: TestCertificate;
  let plain: HttpTarget;
  let secure: HttpTarget;
  let proxy: ForwardProxy;
  let authProxy: ForwardProxy;

  beforeAll(async () => {
    certificate = createTestCertificate();
    [plain, secure, proxy, authProxy] = await Promise.all([
      HttpTarget.start(), HttpTarget.start(certificate), ForwardProxy.start(), ForwardProxy.start('runner:pr0xy-pw'),
    ]);
    plain.on('/plain', { status: 200, body: 'plain ok' });
    secure.on('/secure', { status: 200, body: 'secure ok' });
  });
  afterAll(async () => {
    await Promise.all([plain.stop(), secure.stop(), proxy.stop(), authProxy.stop()]);
    certificate.remove();
  });

  function fetchText(url: string, env: Record<string, string>, trustTestCertificate = true): Promise<{ status: number; body: string }> {
    const agents = proxyAgents(env, trustTestCertificate ? { ca: certificate.cert } : {});
    const get = url.startsWith('https:') ? httpsGet : httpGet;
    const agent: Agent = url.startsWith('https:') ? agents.httpsAgent : agents.httpAgent;
    return new Promise((resolve, reject) => {
      get(url, { agent }, (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      }).on('error', reject);
    }).finally(() => {
      agents.httpAgent.destroy();
      agents.httpsAgent.destroy();
    }) as Promise<{ status: number; body: string }>;
  }

  it('tunnels https:// through HTTPS_PROXY with CONNECT, the certificate checked end to end', async () => {
    const before = proxy.calls.length;
    await expect(fetchText(secure.url('/secure'), { HTTPS_PROXY: proxy.url() })).resolves.toEqual({ status: 200, body: 'secure ok' });
    expect(proxy.calls.slice(before)).toEqual([{ kind: 'connect', target: new URL(secure.url('/')).host, status: 200, proxyAuthorization: undefined }]);
    // The tunnel does not loosen TLS: a certificate the client does not trust still fails.
    await expect(fetchText(secure.url('/secure'), { HTTPS_PROXY: proxy.url() }, false)).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
  });

  it('forwards http:// through HTTP_PROXY with an absolute request target', async () => {
    const before = proxy.calls.length;
    await expect(fetchText(plain.url('/plain'), { HTTP_PROXY: proxy.url() })).resolves.toEqual({ status: 200, body: 'plain ok' });
    expect(proxy.calls.slice(before)).toEqual([{ kind: 'forward', target: plain.url('/plain'), status: 200, proxyAuthorization: undefined }]);
    expect(plain.hits('/plain').at(-1)?.headers.host).toBe(new URL(plain.url('/')).host);
  });

  it('tunnels an http:// request whose head was written early (Expect: 100-continue, as S3 uploads send it)', async () => {
    plain.on('/upload', { status: 200, body: (r) => `got ${r.body}` });
    const agents = proxyAgents({ HTTP_PROXY: proxy.url() });
    const before = proxy.calls.length;
    try {
      const body = await new Promise<string>((resolve, reject) => {
        const req = httpRequest(plain.url('/upload'), { method: 'PUT', agent: agents.httpAgent, headers: { expect: '100-continue', 'content-length': '4' } }, (response) => {
          let text = '';
          response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve(text));
        });
        req.on('continue', () => req.end('data')).on('error', reject);
      });
      expect(body).toBe('got data');
      expect(proxy.calls.slice(before).map((c) => [c.kind, c.target, c.status])).toEqual([['connect', new URL(plain.url('/')).host, 200]]);
    } finally {
      agents.httpAgent.destroy();
    }
  });

  it('goes direct for a host in NO_PROXY, and for http:// when only HTTPS_PROXY is set', async () => {
    const before = proxy.calls.length;
    await expect(fetchText(secure.url('/secure'), { HTTPS_PROXY: proxy.url(), NO_PROXY: 'example.com,127.0.0.1' })).resolves.toMatchObject({ status: 200 });
    await expect(fetchText(plain.url('/plain'), { http_proxy: proxy.url(), no_proxy: `127.0.0.1:${new URL(plain.url('/')).port}` })).resolves.toMatchObject({ status: 200 });
    await expect(fetchText(plain.url('/plain'), { HTTPS_PROXY: proxy.url() })).resolves.toMatchObject({ status: 200 });
    expect(proxy.calls.length).toBe(before);
  });

  it('sends the credentials of the proxy URL as Basic Proxy-Authorization, for both kinds', async () => {
    const url = authProxy.url('runner:pr0xy-pw');
    await expect(fetchText(secure.url('/secure'), { HTTPS_PROXY: url })).resolves.toMatchObject({ status: 200 });
    await expect(fetchText(plain.url('/plain'), { HTTP_PROXY: url })).resolves.toMatchObject({ status: 200 });
    expect(authProxy.calls.map((c) => [c.kind, c.status, c.proxyAuthorization])).toEqual([
      ['connect', 200, `Basic ${Buffer.from('runner:pr0xy-pw').toString('base64')}`],
      ['forward', 200, `Basic ${Buffer.from('runner:pr0xy-pw').toString('base64')}`],
    ]);
  });

  it('fails with what the proxy answered when it refuses the tunnel, without its password', async () => {
    const error = await fetchText(secure.url('/secure'), { HTTPS_PROXY: authProxy.url('runner:wrong-pw') }).catch((e: Error) => e);
    expect((error as Error).message).toBe(`the proxy ${new URL(authProxy.url()).host} refused to connect to ${new URL(secure.url('/')).host}: 407 Proxy Authentication Required`);
    expect((error as Error).message).not.toContain('wrong-pw');
  });

  it('gives up on a proxy that never answers CONNECT, with ETIMEDOUT (which the SDK retries)', async () => {
    const held = new Set<Socket>();
    const silent = createTcpServer((socket) => socket.resume());
    const port = await listenOnLoopback(silent, held);
    const agents = proxyAgents({ HTTPS_PROXY: `http://127.0.0.1:${port}` }, { ca: certificate.cert }, 200);
    try {
      const error = await new Promise<Error>((resolve) => httpsGet(secure.url('/secure'), { agent: agents.httpsAgent }, () => resolve(new Error('answered'))).on('error', resolve));
      expect(error).toMatchObject({ code: 'ETIMEDOUT', message: `the proxy 127.0.0.1:${port} did not answer CONNECT ${new URL(secure.url('/')).host} within 200 ms` });
    } finally {
      agents.httpsAgent.destroy();
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
