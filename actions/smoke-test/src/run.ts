import { backoffDelay } from '../../common/src/backoff.js';
import type { Clock } from '../../common/src/clock.js';
import { formatDuration } from '../../common/src/durations.js';
import type { Logger } from '../../common/src/logger.js';
import { evaluateResponse } from './assertions.js';
import type { Probe } from './http.js';
import type { Inputs } from './inputs.js';

export interface UrlResult {
  url: string;
  passed: boolean;
  status: number | null;
  latencyMs: number | null;
  attempts: number;
  elapsedMs: number;
  /** Why the last failing attempt failed; null when the last attempt passed. */
  lastError: string | null;
  /** The start of the last response body, kept for failure messages. */
  bodyExcerpt: string | null;
}

export interface SmokeReport {
  passed: boolean;
  elapsedMs: number;
  results: UrlResult[];
}

export interface Deps {
  probe: Probe;
  clock: Clock;
  logger: Logger;
  random: () => number;
}

/** Longest wait between two attempts: backoff must not sleep through most of a short deadline. */
const MAX_RETRY_DELAY_MS = 30_000;
const EXCERPT_CHARS = 300;
/** Time left for the last attempt when a retry is pulled in before the deadline (smaller for short deadlines). */
const LAST_ATTEMPT_MS = 1000;

/** A cache-busting URL for CDN-fronted endpoints: a fresh query parameter per attempt. */
export function attemptUrl(url: string, noCache: boolean, nonce: string): string {
  if (!noCache) return url;
  const parsed = new URL(url);
  parsed.searchParams.set('smoke-test-nonce', nonce);
  return parsed.toString();
}

function requestHeaders(inputs: Inputs): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of inputs.headers) headers[name] = value;
  if (inputs.noCache) headers['Cache-Control'] = 'no-cache';
  return headers;
}

async function checkUrl(url: string, inputs: Inputs, deps: Deps, started: number): Promise<UrlResult> {
  const { clock, logger } = deps;
  const deadline = started + inputs.timeoutMs;
  const result: UrlResult = { url, passed: false, status: null, latencyMs: null, attempts: 0, elapsedMs: 0, lastError: null, bodyExcerpt: null };
  let streak = 0;
  let failures = 0;
  for (;;) {
    const remaining = deadline - clock.now();
    if (remaining <= 0) break;
    result.attempts += 1;
    const nonce = `${Math.floor(clock.now())}-${result.attempts}-${Math.floor(deps.random() * 1e9)}`;
    let problems: string[];
    try {
      const response = await deps.probe({
        url: attemptUrl(url, inputs.noCache, nonce),
        method: inputs.method,
        headers: requestHeaders(inputs),
        body: inputs.body,
        timeoutMs: Math.min(inputs.requestTimeoutMs, remaining),
        followRedirects: inputs.followRedirects,
      });
      result.status = response.status;
      result.latencyMs = Math.round(response.latencyMs);
      result.bodyExcerpt = response.body.slice(0, EXCERPT_CHARS);
      problems = evaluateResponse(response, inputs.expect);
    } catch (error) {
      result.status = null;
      result.latencyMs = null;
      result.bodyExcerpt = null;
      problems = [(error as Error).message];
    }
    const label = `${url} attempt ${result.attempts}`;
    if (problems.length === 0) {
      streak += 1;
      result.lastError = null;
      logger.info(`✓ ${label}: ${result.status} in ${result.latencyMs} ms${inputs.consecutiveSuccesses > 1 ? ` (${streak}/${inputs.consecutiveSuccesses} in a row)` : ''}`);
      if (streak >= inputs.consecutiveSuccesses) {
        result.passed = true;
        break;
      }
    } else {
      streak = 0;
      failures += 1;
      result.lastError = problems.join('; ');
      logger.info(`✗ ${label}: ${result.lastError}`);
    }
    // After a success the next check of a streak comes at the steady interval; after a failure, back off.
    const delay = problems.length === 0
      ? inputs.intervalMs
      : backoffDelay(failures, { initialMs: inputs.intervalMs, maxMs: Math.max(inputs.intervalMs, MAX_RETRY_DELAY_MS), factor: 2 }, deps.random);
    // A retry that would land past the deadline is pulled in so that one last attempt still has time to answer.
    const lastWindow = Math.min(LAST_ATTEMPT_MS, inputs.requestTimeoutMs, inputs.timeoutMs / 10);
    const wait = Math.min(delay, deadline - clock.now() - lastWindow);
    if (wait <= 0) break;
    await clock.sleep(wait);
  }
  result.elapsedMs = Math.round(clock.now() - started);
  if (!result.passed) {
    logger.info(`${url}: gave up after ${result.attempts} attempts in ${formatDuration(result.elapsedMs)}`);
  }
  return result;
}

export async function run(inputs: Inputs, deps: Deps): Promise<SmokeReport> {
  const started = deps.clock.now();
  deps.logger.info(`Checking ${inputs.urls.length} URL(s) for up to ${formatDuration(inputs.timeoutMs)}`);
  const results = await Promise.all(inputs.urls.map((url) => checkUrl(url, inputs, deps, started)));
  return { passed: results.every((r) => r.passed), elapsedMs: Math.round(deps.clock.now() - started), results };
}
