import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { S3SpaFixture, type DeployRun } from './s3-fixtures.js';

// s3-spa-deploy's CloudFront side, against the simulator: which paths it invalidates and how they collapse, retrying
// TooManyInvalidationsInProgress, not invalidating twice for one run attempt, and waiting until Completed.

jest.setTimeout(60_000);

const fixture = new S3SpaFixture();

beforeAll(() => fixture.start(), 60_000);
afterAll(() => fixture.stop(), 30_000);
afterEach(() => {
  fixture.s3Proxy.clearFaults();
  fixture.cloudfrontProxy.clearFaults();
});

/** A site with pages in two top-level folders; `version` changes every page. */
const pages = (version: string) => ({
  'index.html': `home ${version}`,
  'about.html': `about ${version}`,
  'docs/index.html': `docs ${version}`,
  'docs/a.html': `a ${version}`,
  'docs/b.html': `b ${version}`,
  'blog/1.html': `1 ${version}`,
  'blog/2.html': `2 ${version}`,
  'assets/app.3f9a1c2b.js': 'console.log("app");',
});

const creations = (run: DeployRun) => run.cloudfrontRequests.filter((r) => r.method === 'POST');

/** A bucket and distribution with v1 of `pages` deployed; returns what a v2 deploy needs. */
async function deployedSite(label: string, invalidationMs?: number) {
  const bucket = await fixture.createBucket(label);
  const distributionId = fixture.createDistribution(invalidationMs);
  const source = await fixture.writeSite(label, pages('v1'));
  const first = await fixture.deploy({ source, bucket, 'distribution-id': distributionId });
  expect(first.errors).toEqual([]);
  await fixture.writeSite(label, pages('v2'));
  return { bucket, distributionId, source };
}

describe('which paths are invalidated', () => {
  it('collapses many changed pages to one wildcard per top-level folder, then to /*', async () => {
    const bucket = await fixture.createBucket('collapse');
    const distributionId = fixture.createDistribution();
    const source = await fixture.writeSite('collapse', pages('v1'));
    // 10 plain paths (/, /docs/ and the 8 pages' own; the fingerprinted bundle never) above a limit of 6.
    const first = await fixture.deploy({ source, bucket, 'distribution-id': distributionId, 'max-invalidation-paths': '6' });
    expect(first.errors).toEqual([]);
    expect(first.result.outputs['invalidated-paths']).toBe(['/', '/about.html', '/blog/*', '/docs/*', '/index.html'].join('\n'));

    await fixture.writeSite('collapse', pages('v2'));
    const second = await fixture.deploy({ source, bucket, 'distribution-id': distributionId, 'max-invalidation-paths': '4' });
    expect(second.errors).toEqual([]);
    expect(second.result.outputs).toMatchObject({ uploaded: '7', 'invalidated-paths': '/*' });
    expect(fixture.sim.control.cloudfront.invalidations(distributionId).map((i) => i.paths)).toEqual([
      ['/', '/about.html', '/blog/*', '/docs/*', '/index.html'],
      ['/*'],
    ]);
  });

  it('invalidates nothing with invalidate: none, and /* with invalidate: all', async () => {
    const { bucket, distributionId, source } = await deployedSite('modes');
    const none = await fixture.deploy({ source, bucket, 'distribution-id': distributionId, invalidate: 'none' });
    expect(none.result.outputs).toMatchObject({ uploaded: '7', 'invalidation-id': '', 'invalidated-paths': '' });
    expect(creations(none)).toEqual([]);
    await fixture.writeSite('modes', pages('v3'));
    const all = await fixture.deploy({ source, bucket, 'distribution-id': distributionId, invalidate: 'all' });
    expect(all.result.outputs).toMatchObject({ uploaded: '7', 'invalidated-paths': '/*' });
    expect(fixture.sim.control.cloudfront.invalidations(distributionId).at(-1)?.paths).toEqual(['/*']);
  });
});

describe('CreateInvalidation failures and retries', () => {
  it('retries TooManyInvalidationsInProgress until CloudFront takes the invalidation', async () => {
    const { bucket, distributionId, source } = await deployedSite('too-many');
    const before = fixture.sim.control.cloudfront.invalidations(distributionId).length;
    fixture.sim.control.cloudfront.rejectNextInvalidations(2, { distributionId });
    const run = await fixture.deploy({ source, bucket, 'distribution-id': distributionId });
    expect(run.errors).toEqual([]);
    expect(run.result.conclusion).toBe('success');
    expect(creations(run).map((r) => r.status)).toEqual([400, 400, 201]);
    expect(run.result.log.match(/too many invalidations in progress/g)).toHaveLength(2);
    const invalidations = fixture.sim.control.cloudfront.invalidations(distributionId);
    expect(invalidations).toHaveLength(before + 1);
    expect(run.result.outputs['invalidation-id']).toBe(invalidations.at(-1)?.id);
  });

  it('does not invalidate twice when CreateInvalidation acted but its answer was lost (the SDK retries)', async () => {
    const { bucket, distributionId, source } = await deployedSite('lost-answer');
    const before = fixture.sim.control.cloudfront.invalidations(distributionId).length;
    fixture.cloudfrontProxy.fail({ method: 'POST', path: `/2020-05-31/distribution/${distributionId}/invalidation`, status: 500, times: 1, afterUpstream: true });
    const run = await fixture.deploy({ source, bucket, 'distribution-id': distributionId });
    expect(run.errors).toEqual([]);
    expect(creations(run).map((r) => [r.status, r.injected])).toEqual([[500, true], [201, false]]);
    const invalidations = fixture.sim.control.cloudfront.invalidations(distributionId);
    expect(invalidations).toHaveLength(before + 1);
    expect(run.result.outputs['invalidation-id']).toBe(invalidations.at(-1)?.id);
  });

  it('reuses the invalidation of the same run attempt, and makes a new one on the next attempt', async () => {
    const { bucket, distributionId, source } = await deployedSite('rerun');
    const inputs = { source, bucket, 'distribution-id': distributionId, invalidate: 'all' };
    const first = await fixture.deploy(inputs, { runId: '777001', runAttempt: '1' });
    const again = await fixture.deploy(inputs, { runId: '777001', runAttempt: '1' });
    expect([first.errors, again.errors]).toEqual([[], []]);
    expect(again.result.outputs['invalidation-id']).toBe(first.result.outputs['invalidation-id']);
    const ofRun = () => fixture.sim.control.cloudfront.invalidations(distributionId).filter((i) => i.callerReference.includes('777001'));
    expect(ofRun()).toHaveLength(1);

    const nextAttempt = await fixture.deploy(inputs, { runId: '777001', runAttempt: '2' });
    expect(nextAttempt.result.outputs['invalidation-id']).not.toBe(first.result.outputs['invalidation-id']);
    expect(ofRun()).toHaveLength(2);
  });
});

describe('wait-for-invalidation', () => {
  it('waits until the invalidation is Completed', async () => {
    const { bucket, distributionId, source } = await deployedSite('wait', 1_500);
    const run = await fixture.deploy({ source, bucket, 'distribution-id': distributionId, 'wait-for-invalidation': 'true', timeout: '30s' });
    expect(run.errors).toEqual([]);
    const id = run.result.outputs['invalidation-id'];
    const polls = run.cloudfrontRequests.filter((r) => r.method === 'GET');
    // The first poll comes right after the creation (InProgress for 1.5 s); the step only ends after one that saw Completed.
    expect(polls.length).toBeGreaterThanOrEqual(2);
    expect(polls.every((r) => r.path.endsWith(`/invalidation/${id}`))).toBe(true);
    expect(fixture.sim.control.cloudfront.invalidations(distributionId).find((i) => i.id === id)?.status).toBe('Completed');
  });

  it('fails at the timeout while the invalidation is still InProgress', async () => {
    const { bucket, distributionId, source } = await deployedSite('wait-timeout', 600_000);
    const run = await fixture.deploy({ source, bucket, 'distribution-id': distributionId, 'wait-for-invalidation': 'true', timeout: '1s' });
    expect(run.result.conclusion).toBe('failure');
    const created = fixture.sim.control.cloudfront.invalidations(distributionId).at(-1);
    expect(run.errors).toEqual([`invalidation ${created?.id} is still InProgress after the timeout`]);
    expect(created?.status).toBe('InProgress');
  });
});
