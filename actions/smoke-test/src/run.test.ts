import { describe, expect, it } from '@jest/globals';
import { ManualClock } from '../../common/src/clock.js';
import { MemoryLogger } from '../../common/src/logger.js';
import type { ProbeRequest, ProbeResponse } from './http.js';
import { getInputs } from './inputs.js';
import { attemptUrl, run } from './run.js';

type Answer = Partial<ProbeResponse> | Error;

/** A fake endpoint that plays a script of answers per URL (the last one repeats), each taking `latencyMs`. */
function scripted(clock: ManualClock, answers: Record<string, Answer[]>) {
  const requests: ProbeRequest[] = [];
  const probe = async (request: ProbeRequest): Promise<ProbeResponse> => {
    requests.push(request);
    const key = request.url.split('?')[0] as string;
    const script = answers[key] ?? [];
    const seen = requests.filter((r) => r.url.split('?')[0] === key).length;
    const answer = script[Math.min(seen, script.length) - 1] ?? new Error('no answer');
    if (answer instanceof Error) throw answer;
    const latencyMs = answer.latencyMs ?? 10;
    clock.advance(latencyMs);
    return { status: 200, body: '', finalUrl: request.url, ...answer, latencyMs };
  };
  return { probe, requests };
}

function setup(values: Record<string, string>, answers: Record<string, Answer[]>) {
  const clock = new ManualClock(1_000_000);
  const logger = new MemoryLogger();
  const fake = scripted(clock, answers);
  const inputs = getInputs((name) => values[name] ?? '');
  return { clock, logger, fake, go: () => run(inputs, { probe: fake.probe, clock, logger, random: () => 0.5 }) };
}

const A = 'https://a.example/health';
const B = 'https://b.example/version';

describe('run', () => {
  it('retries failures with backoff until one passes', async () => {
    const s = setup({ urls: A, interval: '1s' }, { [A]: [new Error('connection refused (ECONNREFUSED)'), { status: 503 }, { status: 429 }, { status: 200 }] });
    const report = await s.go();
    expect(report.passed).toBe(true);
    expect(report.results[0]).toMatchObject({ url: A, passed: true, status: 200, attempts: 4, lastError: null });
    // equal jitter at random 0.5: 0.75 × 1s, 2s, 4s (+10 ms latency per answer)
    expect(report.elapsedMs).toBe(750 + 1500 + 3000 + 30);
    expect(s.logger.text()).toContain('✗ https://a.example/health attempt 2: status 503 is not in 200-399');
  });

  it('waits for the new version to be served', async () => {
    const old = { status: 200, body: '{"build":{"version":"old"}}' };
    const fresh = { status: 200, body: '{"build":{"version":"new"}}' };
    const s = setup({ urls: A, 'json-assert': '$.build.version == new' }, { [A]: [old, old, fresh] });
    const report = await s.go();
    expect(report.results[0]).toMatchObject({ passed: true, attempts: 3 });
  });

  it('fails at the deadline with the last response and reason', async () => {
    const s = setup({ urls: A, timeout: '20s', interval: '2s' }, { [A]: [{ status: 404, body: 'Not Found' }] });
    const report = await s.go();
    const result = report.results[0];
    expect(report.passed).toBe(false);
    expect(result).toMatchObject({ passed: false, status: 404, lastError: 'status 404 is not in 200-399', bodyExcerpt: 'Not Found' });
    expect(result?.elapsedMs).toBeLessThanOrEqual(20_000);
    expect(result?.elapsedMs).toBeGreaterThanOrEqual(19_000);
    expect(result?.attempts).toBe(5);
  });

  it('never lets a request outlive the deadline', async () => {
    const s = setup({ urls: A, timeout: '5s', 'request-timeout': '10s' }, { [A]: [{ status: 500 }] });
    await s.go();
    expect(s.fake.requests[0]?.timeoutMs).toBe(5000);
    expect(s.fake.requests.every((r) => r.timeoutMs <= 5000)).toBe(true);
  });

  it('checks all URLs concurrently and fails only for the failing one', async () => {
    const s = setup({ urls: `${A}\n${B}`, timeout: '10s' }, { [A]: [{ status: 200 }], [B]: [{ status: 500 }] });
    const report = await s.go();
    expect(report.results.map((r) => [r.url, r.passed])).toEqual([[A, true], [B, false]]);
    expect(report.passed).toBe(false);
  });

  it('needs consecutive successes and restarts the streak after a failure', async () => {
    const s = setup({ urls: A, 'consecutive-successes': '3', interval: '1s' }, { [A]: [{ status: 200 }, { status: 500 }, { status: 200 }, { status: 200 }, { status: 200 }] });
    const report = await s.go();
    expect(report.results[0]).toMatchObject({ passed: true, attempts: 5 });
    expect(s.logger.text()).toContain('(3/3 in a row)');
  });

  it('sends headers, body and the no-cache marks', async () => {
    const s = setup({ urls: A, method: 'POST', body: '{"q":1}', headers: 'X-Key: k', 'no-cache': 'true' }, { [A]: [{ status: 200 }] });
    await s.go();
    const request = s.fake.requests[0] as ProbeRequest;
    expect(request.method).toBe('POST');
    expect(request.body).toBe('{"q":1}');
    expect(request.headers).toEqual({ 'X-Key': 'k', 'Cache-Control': 'no-cache' });
    expect(new URL(request.url).searchParams.get('smoke-test-nonce')).toBeTruthy();
  });
});

describe('attemptUrl', () => {
  it('keeps existing query parameters and adds a nonce only with no-cache', () => {
    expect(attemptUrl('https://a.example/h?x=1', false, 'n')).toBe('https://a.example/h?x=1');
    expect(attemptUrl('https://a.example/h?x=1', true, 'n')).toBe('https://a.example/h?x=1&smoke-test-nonce=n');
  });
});
