import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudFrontClient, CreateInvalidationCommand, TooManyInvalidationsInProgress } from '@aws-sdk/client-cloudfront';
import { connectToSimulator } from './control/remote-control.js';
import { withSimulator } from './sdk-env.js';

const aws = withSimulator({ clients: { cloudfront: () => new CloudFrontClient({}) } });
let distributionId: string;

beforeEach(() => {
  aws.sim.control.reset();
  distributionId = aws.sim.control.cloudfront.createDistribution();
});

const FILES_MESSAGE = 'Processing your request will cause you to exceed the maximum number of in-progress invalidations.';
const WILDCARD_MESSAGE = 'Processing your request will cause you to exceed the maximum number of in-progress wildcard invalidations.';

let nextReference = 0;
const invalidate = (paths: string[], options: { callerReference?: string; distribution?: string } = {}) =>
  aws.cloudfront.send(new CreateInvalidationCommand({
    DistributionId: options.distribution ?? distributionId,
    InvalidationBatch: { Paths: { Quantity: paths.length, Items: paths }, CallerReference: options.callerReference ?? `ref-${++nextReference}` },
  }));
const files = (count: number, prefix = 'f') => Array.from({ length: count }, (_, i) => `/${prefix}${i}.js`);
const wildcards = (count: number, prefix = 'w') => Array.from({ length: count }, (_, i) => `/${prefix}${i}/*`);

type SdkError = Error & { $metadata?: { httpStatusCode?: number; attempts?: number } };
async function errorOf(promise: Promise<unknown>): Promise<SdkError> {
  const outcome = await promise.then(() => undefined, (e: unknown) => e);
  if (!(outcome instanceof Error)) throw new Error('expected the call to fail');
  return outcome;
}
async function expectTooMany(promise: Promise<unknown>, message: string): Promise<void> {
  const error = await errorOf(promise);
  expect(error).toBeInstanceOf(TooManyInvalidationsInProgress);
  expect(error.message).toBe(message);
  expect(error.$metadata?.httpStatusCode).toBe(400);
  // Not a throttling code for the SDK: the caller has to retry it itself.
  expect(error.$metadata?.attempts).toBe(1);
}

describe('CloudFront in-progress invalidation quotas', () => {
  it('allows 15 wildcard paths in progress, refuses the 16th until one completes, and keeps file paths separate', async () => {
    await invalidate(wildcards(10));
    aws.sim.control.clock.advance(30_000);
    await invalidate(wildcards(5, 'v'));
    await expectTooMany(invalidate(['/late/*']), WILDCARD_MESSAGE);
    // Mixed batch: its wildcard is over the quota, so none of it is created.
    await expectTooMany(invalidate(['/index.html', '/late/*']), WILDCARD_MESSAGE);
    expect((await invalidate(files(100))).Invalidation!.Status).toBe('InProgress');

    aws.sim.control.clock.advance(30_000);   // the first ten wildcards complete
    expect((await invalidate(wildcards(10, 'u'))).Invalidation!.Status).toBe('InProgress');
    expect(aws.sim.control.cloudfront.invalidations(distributionId).map((i) => i.paths.length)).toEqual([10, 5, 100, 10]);
    expect(aws.sim.control.calls({ operation: 'CreateInvalidation' }).map((c) => c.errorType)).toEqual([
      undefined, undefined, 'TooManyInvalidationsInProgress', 'TooManyInvalidationsInProgress', undefined, undefined,
    ]);
  });

  it('allows 3,000 file paths in progress across requests and refuses one more', async () => {
    await invalidate(files(2_000));
    await invalidate(files(1_000, 'g'));
    await expectTooMany(invalidate(['/one-more.html']), FILES_MESSAGE);
    expect((await invalidate(['/*'])).Invalidation!.Status).toBe('InProgress');
    aws.sim.control.clock.advance(60_000);
    expect((await invalidate(['/one-more.html'])).Invalidation!.Status).toBe('InProgress');
  });

  it('counts each distribution on its own and follows quotas lowered by the scenario', async () => {
    const other = aws.sim.control.cloudfront.createDistribution({ id: 'EOTHERDIST0001' });
    aws.sim.control.cloudfront.setScenario({ maxInProgressWildcardPaths: 1, maxInProgressFilePaths: 2 }, { distributionId });
    await invalidate(['/*']);
    await expectTooMany(invalidate(['/a*']), WILDCARD_MESSAGE);
    await expectTooMany(invalidate(files(3)), FILES_MESSAGE);
    await invalidate(files(2));
    await invalidate(wildcards(15), { distribution: other });
    await expectTooMany(invalidate(['/x*'], { distribution: other }), WILDCARD_MESSAGE);
    expect(() => aws.sim.control.cloudfront.setScenario({ maxInProgressFilePaths: 1.5 })).toThrow(/maxInProgressFilePaths/);
  });

  it('answers a repeated CallerReference with the existing invalidation even while the quota is full', async () => {
    const first = await invalidate(wildcards(15), { callerReference: 'run-7-1' });
    const rerun = await invalidate(wildcards(15), { callerReference: 'run-7-1' });
    expect(rerun.Invalidation!.Id).toBe(first.Invalidation!.Id);
    expect(aws.sim.control.cloudfront.invalidations(distributionId)).toHaveLength(1);
  });
});

describe('Injected TooManyInvalidationsInProgress', () => {
  it('refuses the next N creations on the distribution, then lets the same batch through', async () => {
    const other = aws.sim.control.cloudfront.createDistribution({ id: 'EOTHERDIST0001' });
    aws.sim.control.cloudfront.rejectNextInvalidations(2, { distributionId });
    await invalidate(['/x'], { distribution: other });
    await expectTooMany(invalidate(['/index.html'], { callerReference: 'run-9-1' }), FILES_MESSAGE);
    await expectTooMany(invalidate(['/index.html'], { callerReference: 'run-9-1' }), FILES_MESSAGE);
    const created = await invalidate(['/index.html'], { callerReference: 'run-9-1' });
    expect(aws.sim.control.cloudfront.invalidations(distributionId).map((i) => [i.id, i.callerReference, i.paths])).toEqual([
      [created.Invalidation!.Id, 'run-9-1', ['/index.html']],
    ]);
  });

  it('does not spend a rejection on a repeated CallerReference, and can claim the wildcard quota', async () => {
    const first = await invalidate(['/a'], { callerReference: 'kept' });
    aws.sim.control.cloudfront.rejectNextInvalidations(1, { quota: 'wildcard' });
    expect((await invalidate(['/a'], { callerReference: 'kept' })).Invalidation!.Id).toBe(first.Invalidation!.Id);
    await expectTooMany(invalidate(['/b']), WILDCARD_MESSAGE);
    await invalidate(['/b']);
    expect(() => aws.sim.control.cloudfront.rejectNextInvalidations(0)).toThrow(/count/);
    expect(() => aws.sim.control.cloudfront.rejectNextInvalidations(1, { quota: 'all' as never })).toThrow(/quota/);
  });

  it('is driven the same way over HTTP, with the scenario and the created invalidations', async () => {
    const remote = connectToSimulator(aws.sim.endpoint);
    const { id } = (await remote.serviceAction('cloudfront', 'distributions', { id: 'EREMOTE0000001' })) as { id: string };
    await remote.serviceAction('cloudfront', 'scenario', { distributionId: id, invalidationMs: 1_000 });
    await remote.serviceAction('cloudfront', 'reject-invalidations', { count: 1, distributionId: id });
    await expectTooMany(invalidate(['/a'], { distribution: id, callerReference: 'r' }), FILES_MESSAGE);
    await invalidate(['/a'], { distribution: id, callerReference: 'r' });
    aws.sim.control.clock.advance(1_000);
    const { invalidations } = (await remote.serviceAction('cloudfront', 'invalidations', { distributionId: id })) as {
      invalidations: Array<{ callerReference: string; paths: string[]; status: string }>;
    };
    expect(invalidations.map((i) => [i.callerReference, i.paths, i.status])).toEqual([['r', ['/a'], 'Completed']]);
    await expect(remote.serviceAction('cloudfront', 'reject-invalidations', { count: -1 })).rejects.toThrow(/\(400\).*count/);
    await expect(remote.serviceAction('cloudfront', 'scenario', { callerReferenceReuse: 'x' })).rejects.toThrow(/\(400\)/);
    await expect(remote.serviceAction('cloudfront', 'invalidations', { distributionId: 'ENOPE' })).rejects.toThrow(/unknown distribution/);
  });
});
