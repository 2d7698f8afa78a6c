import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { type ActionResult, runAction, startAction } from '../harness/index.js';
import { ForwardProxy } from '../support/forward-proxy.js';
import { forgedCommands, HOSTILE_BLOCK } from '../support/hostile.js';
import { HttpTarget } from '../support/http-target.js';
import { createTestCertificate, type TestCertificate } from '../support/tls.js';

const actionDir = fileURLToPath(new URL('../../actions/smoke-test', import.meta.url));
let target: HttpTarget;

beforeAll(async () => {
  target = await HttpTarget.start();
});
afterAll(async () => {
  await target.stop();
});

// No proxy from the machine running the tests: each test sets the proxy variables it means.
const NO_PROXY_ENV = { HTTPS_PROXY: undefined, https_proxy: undefined, HTTP_PROXY: undefined, http_proxy: undefined, NO_PROXY: undefined, no_proxy: undefined };

async function smoke(inputs: Record<string, string>, env: Record<string, string | undefined> = {}): Promise<ActionResult> {
  const result = await runAction({ actionDir, with: { interval: '100ms', ...inputs }, env: { ...NO_PROXY_ENV, ...env }, timeoutMs: 30_000 });
  await result.dispose();
  return result;
}

const errors = (result: ActionResult) => result.annotations.filter((a) => a.level === 'error');
const report = (result: ActionResult) => JSON.parse(result.outputs.report ?? 'null');

describe('smoke-test dist, run as the runner runs it', () => {
  it('passes once an endpoint that failed N times recovers', async () => {
    target.on('/flaky', { status: 503, body: 'starting' }, { destroy: true }, { status: 429 }, { status: 200, body: '{"ok":true}' });
    const result = await smoke({ urls: target.url('/flaky') });
    expect(result.conclusion).toBe('success');
    expect(errors(result)).toEqual([]);
    expect(result.outputs.passed).toBe('true');
    expect(report(result).results[0]).toMatchObject({ url: target.url('/flaky'), passed: true, status: 200, attempts: 4, lastError: null });
    expect(target.hits('/flaky')).toHaveLength(4);
    expect(result.summary).toContain('| ' + target.url('/flaky') + ' | ✅ passed | 200 |');
  });

  it('waits until the new version is served', async () => {
    const version = (v: string) => ({ status: 200, body: JSON.stringify({ build: { version: v } }) });
    target.on('/version', version('old'), version('old'), version('3f2c1ab'));
    const result = await smoke({ urls: target.url('/version'), 'json-assert': '$.build.version == 3f2c1ab' });
    expect(result.conclusion).toBe('success');
    expect(report(result).results[0].attempts).toBe(3);
    expect(result.log).toContain('json-assert failed: $.build.version == 3f2c1ab (got "old")');
  });

  it('fails at the deadline naming the URL, last status, body, reason, attempts and time', async () => {
    target.on('/down', { status: 500, body: 'database unreachable' });
    // 2 s holds 5-6 attempts at interval 100ms (100, 200, 400, 800 ms of backoff, then one pulled in before the
    // deadline), and the step gives up past 1 s: its time shows in seconds. The margin is for a loaded machine: at
    // 1.5 s a process starved for half a second could make fewer than the 3 attempts asserted.
    const result = await smoke({ urls: target.url('/down'), timeout: '2s' });
    expect(result.conclusion).toBe('failure');
    expect(result.exitCode).toBe(1);
    const [error, ...more] = errors(result);
    expect(more).toEqual([]);
    expect(error?.message).toMatch(new RegExp(`${target.url('/down')}: failed after \\d+ attempts in [\\d.]+s — last status 500 — status 500 is not in 200-399 — body: "database unreachable"`));
    expect(report(result).results[0].attempts).toBeGreaterThanOrEqual(3);
    expect(result.summary).toContain('❌ failed');
  });

  it('bounds a hanging endpoint by request-timeout and the deadline', async () => {
    target.on('/hang', { hang: true });
    // 2 s: attempt 1 takes its whole 300 ms, attempt 2 starts by ~400 ms, the last gets what is left; 2 s rather
    // than 1 s so that a loaded machine still fits the second attempt asserted below.
    const result = await smoke({ urls: target.url('/hang'), 'request-timeout': '300ms', timeout: '2s' });
    expect(result.conclusion).toBe('failure');
    expect(result.log).toContain(`${target.url('/hang')} attempt 1: no complete response within 300 ms`);
    // The last attempt only gets what is left before the deadline.
    expect(errors(result)[0]?.message).toMatch(/no HTTP response — no complete response within \d+ ms/);
    expect(result.durationMs).toBeLessThan(10_000);
    expect(report(result).results[0].attempts).toBeGreaterThanOrEqual(2);
  });

  it('follows redirects by default, and checks the redirect itself when asked not to', async () => {
    target.on('/moved', { status: 302, headers: { location: '/landing' } });
    target.on('/landing', { status: 200, body: 'welcome home' });
    const followed = await smoke({ urls: target.url('/moved'), 'body-contains': 'welcome home' });
    expect(followed.conclusion).toBe('success');
    const manual = await smoke({ urls: target.url('/moved'), 'follow-redirects': 'false', 'expected-status': '200', timeout: '1s' });
    expect(manual.conclusion).toBe('failure');
    expect(errors(manual)[0]?.message).toContain('last status 302 — status 302 is not in 200');
  });

  it('reports a body that is not JSON when json-assert is set', async () => {
    target.on('/html', { status: 200, body: '<html>maintenance</html>', headers: { 'content-type': 'text/html' } });
    // The error names the last attempt's problem, and the last attempt gets a tenth of the deadline: at 1 s, 100 ms
    // was too little for an answer on a loaded 2-core machine (seen once at 6 jest workers); at 2 s it gets 200 ms.
    const result = await smoke({ urls: target.url('/html'), 'json-assert': '$.status == ok', timeout: '2s' });
    expect(result.conclusion).toBe('failure');
    expect(errors(result)[0]?.message).toContain('body is not valid JSON, so json-assert cannot be checked');
  });

  it('checks several URLs concurrently and fails only on the failing one', async () => {
    target.on('/slow-a', { status: 200, delayMs: 1000 });
    target.on('/slow-b', { status: 404, delayMs: 1000 });
    // /slow-a must answer (after 1 s) inside the deadline to pass: 3 s leaves 2 s of margin for a loaded machine.
    const result = await smoke({ urls: `${target.url('/slow-a')}\n${target.url('/slow-b')}`, timeout: '3s' });
    expect(result.conclusion).toBe('failure');
    const [a, b] = [target.hits('/slow-a')[0], target.hits('/slow-b')[0]];
    expect(Math.abs((a?.at ?? 0) - (b?.at ?? 1e12))).toBeLessThan(500);
    expect(report(result).results.map((r: { passed: boolean }) => r.passed)).toEqual([true, false]);
    expect(errors(result)[0]?.message).toContain('Smoke test failed for 1 of 2 URL(s)');
  });

  it('masks header secrets and sends headers, method, body and no-cache marks', async () => {
    target.on('/auth', { status: 204 });
    const result = await smoke({
      urls: target.url('/auth'),
      method: 'POST',
      body: '{"probe":true}',
      headers: 'Authorization: Bearer tok-8c1e2f9d\nX-Api-Key: key-55aa',
      'no-cache': 'true',
    });
    expect(result.conclusion).toBe('success');
    const hit = target.hits('/auth')[0];
    expect(hit).toMatchObject({ method: 'POST', body: '{"probe":true}' });
    expect(hit?.headers).toMatchObject({ authorization: 'Bearer tok-8c1e2f9d', 'x-api-key': 'key-55aa', 'cache-control': 'no-cache' });
    expect(hit?.query).toMatch(/^smoke-test-nonce=/);
    expect(result.masks).toEqual(expect.arrayContaining(['Bearer tok-8c1e2f9d', 'tok-8c1e2f9d', 'key-55aa']));
    expect(result.unmaskedSecrets(['tok-8c1e2f9d', 'key-55aa'])).toEqual([]);
  });

  it('stops promptly when the runner cancels it', async () => {
    target.on('/never', { hang: true });
    const running = startAction({ actionDir, with: { urls: target.url('/never'), timeout: '5m' }, timeoutMs: 30_000 });
    await running.waitForLine(/Checking 1 URL/, 10_000);
    const result = await running.cancel();
    await result.dispose();
    expect(result.cancelled).toBe(true);
    expect(result.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    expect(result.exitedAtMs).toBeLessThan(5000);
  });
});

describe('outside text: HTTP bodies and inputs never become workflow commands', () => {
  /** Every processed command but the action's own failure annotation, which carries the text as escaped data. */
  const notOurFailure = (result: ActionResult) => result.commands.filter((c) => !(c.name === 'error' && c.data.startsWith('Smoke test failed')));

  it('a body and inputs carrying workflow commands forge none, on every attempt and in the failure', async () => {
    target.on('/hostile', { status: 500, body: HOSTILE_BLOCK });
    target.on('/hostile-json', { status: 200, body: JSON.stringify({ state: HOSTILE_BLOCK }) });
    const result = await smoke({
      urls: `${target.url('/hostile')}\n${target.url('/hostile-json')}`,
      'body-contains': 'ready\r::error::forged-body-contains',
      'json-assert': '$.state == up\r::warning::forged-json-assert',
      timeout: '1s',
    });
    expect(result.conclusion).toBe('failure');
    expect(forgedCommands(notOurFailure(result))).toEqual([]);
    expect(result.masks).toEqual([]);
    const failures = errors(result);
    expect(failures).toHaveLength(1);
    // The body excerpt and the value json-assert got are quoted as JSON in the one escaped failure annotation.
    expect(failures[0]?.message).toContain(`body: ${JSON.stringify(HOSTILE_BLOCK.slice(0, 200)).slice(0, -1)}… (100 more characters)"`);
    expect(failures[0]?.message).toContain(`(got ${JSON.stringify(HOSTILE_BLOCK).slice(0, 80)}…)`);
    // Each attempt echoed the inputs: their lines are visible in the log, not executed.
    for (const line of ["body does not contain 'ready", "::error::forged-body-contains'", 'json-assert failed: $.state == up', '::warning::forged-json-assert']) {
      expect(result.log).toContain(line);
    }
    const reported = report(result).results;
    expect(reported.map((r: { lastError: string }) => r.lastError)).toEqual([
      expect.stringContaining("body does not contain 'ready\r::error::forged-body-contains'"),
      expect.stringContaining('json-assert failed: $.state == up\r::warning::forged-json-assert'),
    ]);
    expect(result.summary).toContain('forged-json-assert');
  });

  it('a passing probe of a hostile body prints nothing of it and forges nothing', async () => {
    target.on('/hostile-ok', { status: 200, body: HOSTILE_BLOCK });
    const result = await smoke({ urls: target.url('/hostile-ok'), 'body-contains': '::ERROR::forged-upper-case' });
    expect(result.conclusion).toBe('success');
    expect(result.commands).toEqual([]);
  });
});

describe('masked values stay out of the summary and the outputs', () => {
  it('a header secret the server echoes into a failing json-assert is *** in the report output and summary', async () => {
    const token = 'tok-e2e-5f1a9c';
    target.on('/echo', { status: 200, body: (request) => JSON.stringify({ seen: request.headers.authorization, ok: false }) });
    const result = await smoke({ urls: target.url('/echo'), headers: `Authorization: Bearer ${token}`, 'json-assert': '$.seen == anonymous', timeout: '1s' });
    expect(result.conclusion).toBe('failure');
    expect(target.hits('/echo')[0]?.headers.authorization).toBe(`Bearer ${token}`);
    const reported = report(result).results[0];
    expect(reported.lastError).toBe('json-assert failed: $.seen == anonymous (got "***")');
    expect(result.outputs.report).not.toContain(token);
    expect(result.summary).toContain('(got "***")');
    expect(result.summary).not.toContain(token);
    expect(result.unmaskedSecrets([token, `Bearer ${token}`])).toEqual([]);
    expect(errors(result)[0]?.message).not.toContain(token);
  });
});

describe('behind a proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY)', () => {
  let certificate: TestCertificate;
  let secure: HttpTarget;
  let proxy: ForwardProxy;
  let authProxy: ForwardProxy;

  beforeAll(async () => {
    certificate = createTestCertificate();
    [secure, proxy, authProxy] = await Promise.all([HttpTarget.start(certificate), ForwardProxy.start(), ForwardProxy.start('runner:pr0xy-s3cret')]);
    secure.on('/health', { status: 200, body: '{"status":"ok"}' });
    target.on('/plain-health', { status: 200, body: 'ok' });
  });
  afterAll(async () => {
    await Promise.all([secure.stop(), proxy.stop(), authProxy.stop()]);
    certificate.remove();
  });

  // The dist trusts the test server's certificate as a runner trusts a corporate CA: NODE_EXTRA_CA_CERTS.
  const trust = () => ({ NODE_EXTRA_CA_CERTS: certificate.certPath });

  it('probes an https:// URL through the CONNECT tunnel of HTTPS_PROXY', async () => {
    const before = proxy.calls.length;
    const result = await smoke({ urls: secure.url('/health'), 'json-assert': '$.status == ok' }, { ...trust(), HTTPS_PROXY: proxy.url() });
    expect(errors(result)).toEqual([]);
    expect(result.conclusion).toBe('success');
    expect(proxy.calls.slice(before)).toEqual([expect.objectContaining({ kind: 'connect', target: new URL(secure.url('/')).host, status: 200 })]);
    expect(secure.hits('/health').length).toBeGreaterThan(0);
  });

  it('probes an http:// URL through http_proxy, and goes straight to a host NO_PROXY names', async () => {
    const before = proxy.calls.length;
    const proxied = await smoke({ urls: target.url('/plain-health') }, { http_proxy: proxy.url() });
    expect(proxied.conclusion).toBe('success');
    expect(proxy.calls.slice(before).map((c) => [c.kind, c.target])).toEqual([['forward', target.url('/plain-health')]]);
    const direct = await smoke({ urls: `${secure.url('/health')}\n${target.url('/plain-health')}` }, {
      ...trust(), HTTPS_PROXY: proxy.url(), HTTP_PROXY: proxy.url(), NO_PROXY: 'localhost,127.0.0.1',
    });
    expect(direct.conclusion).toBe('success');
    expect(proxy.calls.length).toBe(before + 1);
  });

  it('authenticates to the proxy with the credentials in HTTPS_PROXY, and a refusal names the proxy, not its password', async () => {
    const ok = await smoke({ urls: secure.url('/health') }, { ...trust(), HTTPS_PROXY: authProxy.url('runner:pr0xy-s3cret') });
    expect(ok.conclusion).toBe('success');
    const refused = await smoke({ urls: secure.url('/health'), timeout: '1s' }, { ...trust(), HTTPS_PROXY: authProxy.url('runner:wrong-s3cret') });
    expect(refused.conclusion).toBe('failure');
    expect(errors(refused)[0]?.message).toContain(`the proxy ${new URL(authProxy.url()).host} refused to connect to ${new URL(secure.url('/')).host}: 407 Proxy Authentication Required`);
    expect(refused.stdout + refused.stderr + refused.summary + (refused.outputs.report ?? '')).not.toContain('s3cret');
  });

  it('a proxy variable that is not a proxy URL fails before any request, naming the variable', async () => {
    const before = secure.requests.length;
    const result = await smoke({ urls: secure.url('/health') }, { ...trust(), HTTPS_PROXY: 'socks5://runner:pr0xy-s3cret@127.0.0.1:1080' });
    expect(result.conclusion).toBe('failure');
    expect(errors(result).map((e) => e.message)).toEqual([expect.stringContaining('HTTPS_PROXY "socks5://***@127.0.0.1:1080" is not a proxy URL')]);
    expect(result.stdout).not.toContain('pr0xy-s3cret');
    expect(secure.requests.length).toBe(before);
  });
});

describe('bad inputs end in one ::error:: naming the input, before any request', () => {
  it.each([
    [{ 'expected-status': '99x' }, "Input 'expected-status': '99x' is not a status code"],
    [{ timeout: 'soon' }, "Input 'timeout': expected a duration such as 90s, 5m or 1h30m, got 'soon'"],
    [{ 'json-assert': '$.build.version = abc' }, "Input 'json-assert': '$.build.version = abc' is not of the form"],
    [{ urls: '' }, "Input 'urls': expected at least one http(s) URL"],
    [{ urls: 'ftp://127.0.0.1/file' }, "Input 'urls': 'ftp://127.0.0.1/file' uses ftp: (expected http:// or https://)"],
    [{ 'consecutive-successes': 'many' }, "Input 'consecutive-successes'"],
    [{ headers: 'Authorization Bearer x' }, "Input 'headers': line 1 is not of the form"],
    [{ headers: 'X-Token: abc\r::error::forged-header' }, "Input 'headers': the value of X-Token has a control character"],
    [{ 'body-contains': 'ok', timeout: '600h' }, "Input 'timeout': expected a duration of at most 596h (about 24.8 days), got '600h'"],
    [{ 'request-timeout': '1000h' }, "Input 'request-timeout': expected a duration of at most 596h"],
    [{ interval: '9999h' }, "Input 'interval': expected a duration of at most 596h"],
  ])('%p', async (inputs, message) => {
    target.on('/bad-input', { status: 200 });
    const before = target.requests.length;
    const result = await smoke({ urls: target.url('/bad-input'), ...inputs });
    expect(result.conclusion).toBe('failure');
    const all = errors(result);
    expect(all).toHaveLength(1);
    expect(all[0]?.message).toContain(message);
    expect(target.requests.length).toBe(before);
    expect(forgedCommands(result.commands)).toEqual([]);
  });

  it('a URL with credentials is an input error that names the input, says to use a header and never shows the password', async () => {
    const before = target.requests.length;
    const url = target.url('/bad-input').replace('http://', 'http://deploy:hunter2-pw@');
    const result = await smoke({ urls: url });
    expect(result.conclusion).toBe('failure');
    expect(errors(result).map((e) => e.message)).toEqual([
      `Input 'urls': '${target.url('/bad-input').replace('http://', 'http://***@')}' carries credentials (user:password@): ` +
      "send them in a header instead (headers: 'Authorization: Basic <base64 of user:password>'), which is masked",
    ]);
    expect(result.leaked('hunter2-pw')).toBe(false);
    expect(result.stdout + result.stderr).not.toContain('hunter2-pw');
    expect(target.requests.length).toBe(before);
  });
});
