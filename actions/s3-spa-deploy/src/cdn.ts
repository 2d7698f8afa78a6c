import { createHash } from 'node:crypto';
import { backoffDelay, retry } from '../../common/src/backoff.js';
import type { Clock } from '../../common/src/clock.js';
import { withStep } from '../../common/src/errors.js';
import type { Logger } from '../../common/src/logger.js';
import type { CloudFrontApi } from './cloudfront.js';

/** What the CloudFront steps need: the distribution, the run's token, time, and the runner's cancel. */
export interface CdnContext {
  cloudfront: CloudFrontApi;
  distributionId: string;
  runToken: string;
  clock: Clock;
  random: () => number;
  logger: Logger;
  signal?: AbortSignal;
}

export class InvalidationTimeoutError extends Error {}

export async function invalidate(ctx: CdnContext, paths: string[], deadline: number): Promise<string> {
  const { cloudfront, distributionId, signal } = ctx;
  // Same run attempt and paths → same reference: a retried call returns the invalidation already made.
  const callerReference = `s3-spa-deploy-${ctx.runToken}-${createHash('sha256').update(paths.join('\n')).digest('hex').slice(0, 16)}`;
  try {
    return await retry(() => cloudfront.createInvalidation(distributionId, paths, callerReference), {
      policy: { initialMs: 5000, maxMs: 60_000, factor: 2 }, random: ctx.random, deadline,
      // A wait ends at the cancel, and nothing is retried after it.
      clock: { now: () => ctx.clock.now(), sleep: (ms) => ctx.clock.sleep(ms, signal) },
      retryable: (error) => !signal?.aborted && (error as Error).name === 'TooManyInvalidationsInProgress',
      beforeRetry: (_error, _attempt, wait) => {
        ctx.logger.info(`CloudFront has too many invalidations in progress on ${distributionId}; retrying in ${Math.round(wait / 1000)} s`);
        return undefined;
      },
    });
  } catch (error) {
    throw withStep(`Could not invalidate ${paths.length} path(s) on ${distributionId}`, error);
  }
}

export async function waitForInvalidation(ctx: CdnContext, id: string, deadline: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const status = await ctx.cloudfront.invalidationStatus(ctx.distributionId, id);
    if (status === 'Completed') return;
    if (ctx.clock.now() >= deadline) throw new InvalidationTimeoutError(`invalidation ${id} is still ${status} after the timeout`);
    await ctx.clock.sleep(Math.min(deadline - ctx.clock.now(), backoffDelay(attempt, { initialMs: 5000, maxMs: 20_000, factor: 1.5 }, ctx.random)), ctx.signal);
    ctx.signal?.throwIfAborted();
  }
}
