/**
 * How CloudFront answers the invalidation calls of one distribution. A distribution's own scenario wins over the
 * global one field by field.
 */
export interface CloudFrontScenario {
  /** Sim ms an invalidation stays InProgress before it is Completed; fixed for each invalidation when it is created [60000]. */
  invalidationMs: number;
  /** File (non-wildcard) paths that may be in progress at once per distribution [3000, as AWS documents]. */
  maxInProgressFilePaths: number;
  /** Wildcard paths (ending in `*`) that may be in progress at once per distribution [15, as AWS documents]. */
  maxInProgressWildcardPaths: number;
  /**
   * What a second CreateInvalidation with a CallerReference already used on the distribution gets.
   * - `documented` [default], as the API reference says: the same paths return the earlier invalidation (201, nothing
   *   new is created); other paths fail with InvalidationBatchAlreadyExists.
   * - `reject`: any reuse fails with InvalidArgument `Your request contains a caller reference that was used for a
   *   previous invalidation batch for the same distribution.`, which is what CloudFront was reported to answer in
   *   github.com/aws/aws-cdk/issues/3878 (same paths) and github.com/jonls/s3-deploy-website/issues/26.
   */
  callerReferenceReuse: 'documented' | 'reject';
}

export const DEFAULT_SCENARIO: Readonly<CloudFrontScenario> = {
  invalidationMs: 60_000,
  maxInProgressFilePaths: 3_000,
  maxInProgressWildcardPaths: 15,
  callerReferenceReuse: 'documented',
};

/** Checks a partial scenario from a test or from JSON over HTTP; throws TypeError naming the bad field. */
export function validateScenario(input: Partial<CloudFrontScenario>): Partial<CloudFrontScenario> {
  const out: Partial<CloudFrontScenario> = {};
  if (input.invalidationMs !== undefined) {
    if (typeof input.invalidationMs !== 'number' || !(input.invalidationMs >= 0) || !Number.isFinite(input.invalidationMs)) {
      throw new TypeError(`invalidationMs must be a finite number >= 0; got ${JSON.stringify(input.invalidationMs)}`);
    }
    out.invalidationMs = input.invalidationMs;
  }
  for (const key of ['maxInProgressFilePaths', 'maxInProgressWildcardPaths'] as const) {
    const value = input[key];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < 0) throw new TypeError(`${key} must be an integer >= 0; got ${JSON.stringify(value)}`);
    out[key] = value;
  }
  if (input.callerReferenceReuse !== undefined) {
    if (input.callerReferenceReuse !== 'documented' && input.callerReferenceReuse !== 'reject') {
      throw new TypeError(`callerReferenceReuse must be "documented" or "reject"; got ${JSON.stringify(input.callerReferenceReuse)}`);
    }
    out.callerReferenceReuse = input.callerReferenceReuse;
  }
  return out;
}
