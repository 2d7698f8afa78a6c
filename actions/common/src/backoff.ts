import type { Clock } from './clock.js';

export interface BackoffPolicy {
  /** Delay before the first retry. */
  initialMs: number;
  /** No delay grows past this. */
  maxMs: number;
  /** Growth per attempt (2 = doubling). */
  factor: number;
}

/**
 * Delay before retry number `retry` (1-based): exponential growth, capped, with "equal jitter" so that many
 * clients retrying together spread out while each still waits at least half of its step.
 * `random` returns [0, 1); it is injected so tests are deterministic.
 */
export function backoffDelay(retry: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.maxMs, policy.initialMs * policy.factor ** Math.max(0, retry - 1));
  const half = step / 2;
  return Math.round(half + random() * half);
}

export interface RetryOptions<T> {
  policy: BackoffPolicy;
  clock: Clock;
  random?: () => number;
  /** Whether a failure may be tried again; any other failure is thrown at once. */
  retryable: (error: unknown) => boolean;
  /** Attempts in all, the first included. Default: no limit (then bound it by `deadline`). */
  attempts?: number;
  /** No retry is scheduled whose wait would end after this time (clock ms). */
  deadline?: number;
  /**
   * Runs before each wait, with the failure and the coming wait: for a log line, or for a check that the failed
   * call did act after all — a value it returns is the result, and no retry is made.
   */
  beforeRetry?: (error: unknown, attempt: number, waitMs: number) => Promise<T | undefined> | T | undefined;
  /** Once aborted, no retry is made (a wait in progress ends at once): the last failure is thrown. */
  signal?: AbortSignal;
}

/**
 * Calls `attempt` until it succeeds, waiting `backoffDelay` between tries. Throws the last failure unchanged when
 * it is not retryable, when the attempts are used up, or when the next wait would pass the deadline.
 */
export async function retry<T>(attempt: (n: number) => Promise<T>, options: RetryOptions<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const wait = backoffDelay(n, options.policy, options.random);
      const exhausted = options.attempts !== undefined && n >= options.attempts;
      const late = options.deadline !== undefined && options.clock.now() + wait > options.deadline;
      if (!options.retryable(error) || exhausted || late || options.signal?.aborted) throw error;
      const done = await options.beforeRetry?.(error, n, wait);
      if (done !== undefined) return done;
      await options.clock.sleep(wait, options.signal);
      if (options.signal?.aborted) throw error;
    }
  }
}
