import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { type ActionResult, runAction, startAction } from '../harness/index.js';
import { HttpTarget } from '../support/http-target.js';

const actionDir = fileURLToPath(new URL('../../actions/smoke-test', import.meta.url));
let target: HttpTarget;

beforeAll(async () => {
  target = await HttpTarget.start();
});
afterAll(async () => {
  await target.stop();
});

async function smoke(inputs: Record<string, string>): Promise<ActionResult> {
  const result = await runAction({ actionDir, with: { interval: '100ms', ...inputs }, timeoutMs: 30_000 });
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
    const result = await smoke({ urls: target.url('/html'), 'json-assert': '$.status == ok', timeout: '1s' });
    expect(result.conclusion).toBe('failure');
    expect(errors(result)[0]?.message).toContain('body is not valid JSON, so json-assert cannot be checked');
  });

  it('checks several URLs concurrently and fails only on the failing one', async () => {
    target.on('/slow-a', { status: 200, delayMs: 1000 });
    target.on('/slow-b', { status: 404, delayMs: 1000 });
    const result = await smoke({ urls: `${target.url('/slow-a')}\n${target.url('/slow-b')}`, timeout: '1500ms' });
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

describe('bad inputs end in one ::error:: naming the input, before any request', () => {
  it.each([
    [{ 'expected-status': '99x' }, "Input 'expected-status': '99x' is not a status code"],
    [{ timeout: 'soon' }, "Input 'timeout': expected a duration such as 90s, 5m or 1h30m, got 'soon'"],
    [{ 'json-assert': '$.build.version = abc' }, "Input 'json-assert': '$.build.version = abc' is not of the form"],
    [{ urls: '' }, "Input 'urls': expected at least one http(s) URL"],
    [{ urls: 'ftp://127.0.0.1/file' }, "Input 'urls': 'ftp://127.0.0.1/file' uses ftp: (expected http:// or https://)"],
    [{ 'consecutive-successes': 'many' }, "Input 'consecutive-successes'"],
    [{ headers: 'Authorization Bearer x' }, "Input 'headers': line 1 is not of the form"],
  ])('%p', async (inputs, message) => {
    target.on('/bad-input', { status: 200 });
    const before = target.requests.length;
    const result = await smoke({ urls: target.url('/bad-input'), ...inputs });
    expect(result.conclusion).toBe('failure');
    const all = errors(result);
    expect(all).toHaveLength(1);
    expect(all[0]?.message).toContain(message);
    expect(target.requests.length).toBe(before);
  });
});
