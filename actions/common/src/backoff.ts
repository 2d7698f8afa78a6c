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
