import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  BatchTooLarge, CloudFrontClient, CloudFrontServiceException, CreateInvalidationCommand, GetInvalidationCommand,
  InconsistentQuantities, InvalidArgument, ListInvalidationsCommand, NoSuchDistribution, NoSuchInvalidation,
  paginateListInvalidations, waitUntilInvalidationCompleted,
} from '@aws-sdk/client-cloudfront';
import { parseXml, childText, child } from './protocols/xml.js';
import { withSimulator } from './sdk-env.js';

const aws = withSimulator({ clients: { cloudfront: () => new CloudFrontClient({}) } });
let distributionId: string;

beforeEach(() => {
  aws.sim.control.reset();
  distributionId = aws.sim.control.cloudfront.createDistribution();
});

const invalidate = (paths: string[], callerReference: string, options: { quantity?: number; distribution?: string } = {}) =>
  aws.cloudfront.send(new CreateInvalidationCommand({
    DistributionId: options.distribution ?? distributionId,
    InvalidationBatch: { Paths: { Quantity: options.quantity ?? paths.length, Items: paths }, CallerReference: callerReference },
  }));
const getStatus = async (id: string, distribution = distributionId) =>
  (await aws.cloudfront.send(new GetInvalidationCommand({ DistributionId: distribution, Id: id }))).Invalidation!.Status;

type SdkError = Error & { $metadata?: { httpStatusCode?: number; attempts?: number } };
async function errorOf(promise: Promise<unknown>): Promise<SdkError> {
  const outcome = await promise.then(() => undefined, (e: unknown) => e);
  if (!(outcome instanceof Error)) throw new Error('expected the call to fail');
  return outcome;
}

describe('CloudFront CreateInvalidation and GetInvalidation', () => {
  it('creates an InProgress invalidation that reports Completed 60 s of sim time later by default', async () => {
    const created = await invalidate(['/index.html', '/assets/*'], 'deploy-1');
    const id = created.Invalidation!.Id!;
    expect(id).toMatch(/^I[A-Z0-9]{13}$/);
    expect(created.Location).toBe(`https://cloudfront.amazonaws.com/2020-05-31/distribution/${distributionId}/invalidation/${id}`);
    expect(created.Invalidation).toMatchObject({
      Status: 'InProgress',
      InvalidationBatch: { Paths: { Quantity: 2, Items: ['/index.html', '/assets/*'] }, CallerReference: 'deploy-1' },
    });
    expect(created.Invalidation!.CreateTime!.getTime()).toBe(aws.sim.control.clock.now());

    aws.sim.control.clock.advance(59_999);
    expect(await getStatus(id)).toBe('InProgress');
    aws.sim.control.clock.advance(1);
    expect(await getStatus(id)).toBe('Completed');
    expect(aws.sim.control.calls({ service: 'cloudfront' }).map((c) => [c.operation, c.status])).toEqual([
      ['CreateInvalidation', 201], ['GetInvalidation', 200], ['GetInvalidation', 200],
    ]);
    expect(aws.sim.control.calls()[0]!.input).toEqual({
      DistributionId: distributionId,
      InvalidationBatch: { CallerReference: 'deploy-1', Paths: { Quantity: 2, Items: ['/index.html', '/assets/*'] } },
    });
    expect(aws.sim.control.cloudfront.invalidations(distributionId)).toEqual([{
      distributionId, id, callerReference: 'deploy-1', paths: ['/index.html', '/assets/*'],
      createTime: created.Invalidation!.CreateTime!.getTime(), completesAt: created.Invalidation!.CreateTime!.getTime() + 60_000,
      status: 'Completed',
    }]);
  });

  it('takes the completion time from the distribution scenario in force when the invalidation was created', async () => {
    const other = aws.sim.control.cloudfront.createDistribution({ id: 'EOTHERDIST0001' });
    aws.sim.control.cloudfront.setScenario({ invalidationMs: 120_000 });
    aws.sim.control.cloudfront.setScenario({ invalidationMs: 5_000 }, { distributionId });
    const fast = (await invalidate(['/a'], 'fast')).Invalidation!.Id!;
    const slow = (await invalidate(['/a'], 'slow', { distribution: other })).Invalidation!.Id!;
    aws.sim.control.cloudfront.setScenario({ invalidationMs: 1_000 }, { distributionId: other });

    aws.sim.control.clock.advance(5_000);
    expect([await getStatus(fast), await getStatus(slow, other)]).toEqual(['Completed', 'InProgress']);
    aws.sim.control.clock.advance(115_000);
    expect(await getStatus(slow, other)).toBe('Completed');
    expect(() => aws.sim.control.cloudfront.setScenario({ invalidationMs: -1 })).toThrow(/invalidationMs/);
    expect(() => aws.sim.control.cloudfront.setScenario({ invalidationMs: 1 }, { distributionId: 'ENOPE' })).toThrow(/unknown distribution/);
  });
});

describe('CloudFront ListInvalidations', () => {
  const list = (input: { Marker?: string; MaxItems?: number } = {}) =>
    aws.cloudfront.send(new ListInvalidationsCommand({ DistributionId: distributionId, ...input }));

  it('lists nothing as an empty, untruncated first page of 100', async () => {
    expect((await list()).InvalidationList).toEqual({ Marker: '', MaxItems: 100, IsTruncated: false, Quantity: 0 });
  });

  it('pages newest first with Marker/NextMarker and reports each status', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await invalidate([`/p${i}`], `ref-${i}`)).Invalidation!.Id!);
      aws.sim.control.clock.advance(20_000);
    }
    const newestFirst = [...ids].reverse();
    const first = (await list({ MaxItems: 2 })).InvalidationList!;
    expect(first).toMatchObject({ Marker: '', MaxItems: 2, IsTruncated: true, NextMarker: newestFirst[1], Quantity: 2 });
    expect(first.Items!.map((s) => [s.Id, s.Status])).toEqual([[newestFirst[0], 'InProgress'], [newestFirst[1], 'InProgress']]);
    expect(first.Items![0]!.CreateTime!.getTime()).toBe(aws.sim.control.clock.now() - 20_000);

    const pages = [];
    for await (const page of paginateListInvalidations({ client: aws.cloudfront, pageSize: 2 }, { DistributionId: distributionId })) {
      pages.push(page.InvalidationList!);
    }
    expect(pages.map((p) => [p.Marker, p.Quantity, p.IsTruncated, p.NextMarker])).toEqual([
      ['', 2, true, newestFirst[1]], [newestFirst[1], 2, true, newestFirst[3]], [newestFirst[3], 1, false, undefined],
    ]);
    expect(pages.flatMap((p) => p.Items!.map((s) => s.Id))).toEqual(newestFirst);
    // Created at 0, 20, 40, 60, 80 s and now at 100 s: the three oldest are done, the third exactly now.
    expect(pages.flatMap((p) => p.Items!.map((s) => s.Status))).toEqual(['InProgress', 'InProgress', 'Completed', 'Completed', 'Completed']);
  });

  it('refuses a marker it never issued and a MaxItems that is not a positive integer', async () => {
    await invalidate(['/a'], 'a');
    expect(await errorOf(list({ Marker: 'INOTANID' }))).toBeInstanceOf(InvalidArgument);
    expect(await errorOf(list({ MaxItems: 0 }))).toBeInstanceOf(InvalidArgument);
  });

  it('lets the SDK waiter see an invalidation complete while the sim clock runs', async () => {
    const id = (await invalidate(['/*'], 'waited')).Invalidation!.Id!;
    aws.sim.control.clock.setSpeed(100);   // 60 s of sim time in 0.6 s
    try {
      const result = await waitUntilInvalidationCompleted(
        { client: aws.cloudfront, maxWaitTime: 10, minDelay: 1, maxDelay: 1 }, { DistributionId: distributionId, Id: id },
      );
      expect(result.state).toBe('SUCCESS');
    } finally {
      aws.sim.control.clock.setSpeed(0);
    }
    expect(aws.sim.control.calls({ operation: 'GetInvalidation' }).length).toBeGreaterThanOrEqual(2);
  });
});

describe('CloudFront CallerReference', () => {
  it('returns the earlier invalidation for the same CallerReference and paths, creating nothing new', async () => {
    const first = await invalidate(['/a', '/b*'], 'run-42-1');
    aws.sim.control.clock.advance(60_000);
    const again = await invalidate(['/b*', '/a'], 'run-42-1');
    expect(again.$metadata.httpStatusCode).toBe(201);
    expect(again.Invalidation!.Id).toBe(first.Invalidation!.Id);
    expect(again.Invalidation!.Status).toBe('Completed');
    expect(again.Invalidation!.InvalidationBatch!.Paths!.Items).toEqual(['/a', '/b*']);
    expect(again.Location).toBe(first.Location);
    expect(aws.sim.control.cloudfront.invalidations(distributionId)).toHaveLength(1);
  });

  it('refuses the same CallerReference with other paths as InvalidationBatchAlreadyExists (409)', async () => {
    await invalidate(['/a'], 'run-42-1');
    const error = await errorOf(invalidate(['/a', '/b'], 'run-42-1'));
    // The SDK has no class for this documented code, so it arrives as the service's base exception.
    expect(error).toBeInstanceOf(CloudFrontServiceException);
    expect(error.name).toBe('InvalidationBatchAlreadyExists');
    expect(error.$metadata?.httpStatusCode).toBe(409);
    expect(aws.sim.control.cloudfront.invalidations(distributionId)).toHaveLength(1);
    const elsewhere = aws.sim.control.cloudfront.createDistribution({ id: 'EELSEWHERE0001' });
    expect((await invalidate(['/a', '/b'], 'run-42-1', { distribution: elsewhere })).Invalidation!.Status).toBe('InProgress');
  });

  it('with callerReferenceReuse "reject" refuses any reuse as InvalidArgument, as CloudFront was reported to', async () => {
    aws.sim.control.cloudfront.setScenario({ callerReferenceReuse: 'reject' }, { distributionId });
    await invalidate(['/a'], 'run-42-1');
    const error = await errorOf(invalidate(['/a'], 'run-42-1'));
    expect(error).toBeInstanceOf(InvalidArgument);
    expect(error.message).toBe('Your request contains a caller reference that was used for a previous invalidation batch for the same distribution.');
    expect(error.$metadata?.httpStatusCode).toBe(400);
    expect(() => aws.sim.control.cloudfront.setScenario({ callerReferenceReuse: 'maybe' as never })).toThrow(/callerReferenceReuse/);
  });
});

describe('CloudFront errors', () => {
  it('answers unknown distributions and invalidations with the typed 404 exceptions', async () => {
    for (const call of [
      () => invalidate(['/a'], 'x', { distribution: 'EDOESNOTEXIST1' }),
      () => aws.cloudfront.send(new GetInvalidationCommand({ DistributionId: 'EDOESNOTEXIST1', Id: 'I1' })),
      () => aws.cloudfront.send(new ListInvalidationsCommand({ DistributionId: 'EDOESNOTEXIST1' })),
    ]) {
      const error = await errorOf(call());
      expect(error).toBeInstanceOf(NoSuchDistribution);
      expect(error.message).toBe('The specified distribution does not exist.');
      expect(error.$metadata?.httpStatusCode).toBe(404);
    }
    const noInvalidation = await errorOf(aws.cloudfront.send(new GetInvalidationCommand({ DistributionId: distributionId, Id: 'INOPE' })));
    expect(noInvalidation).toBeInstanceOf(NoSuchInvalidation);
    expect(noInvalidation.$metadata?.httpStatusCode).toBe(404);
    // An invalidation belongs to its distribution.
    const other = aws.sim.control.cloudfront.createDistribution({ id: 'EOTHERDIST0001' });
    const id = (await invalidate(['/a'], 'x', { distribution: other })).Invalidation!.Id!;
    expect(await errorOf(aws.cloudfront.send(new GetInvalidationCommand({ DistributionId: distributionId, Id: id })))).toBeInstanceOf(NoSuchInvalidation);
  });

  it.each([
    ['Quantity that does not match Items', ['/a', '/b'], 3, InconsistentQuantities, 400,
      'The specified quantity of Paths (3) does not match the actual quantity supplied (2).'],
    ['a path without the leading slash', ['/a', 'b.html'], undefined, InvalidArgument, 400, 'Your request contains one or more invalid invalidation paths.'],
    ['a wildcard inside a path', ['/assets/*/x.js'], undefined, InvalidArgument, 400, 'Your request contains one or more invalid invalidation paths.'],
    ['a path over 4,000 characters', ['/' + 'a'.repeat(4_000)], undefined, InvalidArgument, 400, 'Your request contains one or more invalid invalidation paths.'],
    ['no paths at all', [], undefined, InvalidArgument, 400, 'Your request contains one or more invalid invalidation paths.'],
    ['3,001 paths in one request', Array.from({ length: 3_001 }, (_, i) => `/f${i}`), undefined, BatchTooLarge, 413, undefined],
  ])('rejects a batch with %s', async (_name, paths, quantity, type, status, message) => {
    const error = await errorOf(invalidate(paths, 'bad', { quantity }));
    expect(error).toBeInstanceOf(type);
    expect(error.$metadata?.httpStatusCode).toBe(status);
    if (message !== undefined) expect(error.message).toBe(message);
    expect(aws.sim.control.cloudfront.invalidations(distributionId)).toEqual([]);
  });

  it('accepts 3,000 paths, a path of exactly 4,000 characters and a trailing wildcard', async () => {
    const paths = [...Array.from({ length: 2_998 }, (_, i) => `/f${i}`), '/' + 'a'.repeat(3_999), '/images/logo*'];
    const out = await invalidate(paths, 'big');
    expect(out.Invalidation!.InvalidationBatch!.Paths!.Quantity).toBe(3_000);
    expect(aws.sim.control.cloudfront.invalidations(distributionId)[0]!.paths).toEqual(paths);
  });

  it('puts errors on the wire in the ErrorResponse shape', async () => {
    const response = await fetch(`${aws.sim.endpoint}/2020-05-31/distribution/EMISSING/invalidation/I1`);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    const root = parseXml(await response.text());
    expect(root.name).toBe('ErrorResponse');
    expect(childText(child(root, 'Error'), 'Type')).toBe('Sender');
    expect(childText(child(root, 'Error'), 'Code')).toBe('NoSuchDistribution');
    expect(childText(root, 'RequestId')).toBe(response.headers.get('x-amzn-requestid'));
  });

  it('a throttle is answered as CloudFront Throttling and retried by the SDK', async () => {
    aws.sim.control.faults.add({ kind: 'throttle', service: 'cloudfront', operation: 'CreateInvalidation', count: 1 });
    const out = await invalidate(['/x'], 'throttled');
    expect(out.$metadata.attempts).toBe(2);
    expect(aws.sim.control.calls().map((c) => [c.status, c.errorType])).toEqual([[400, 'Throttling'], [201, undefined]]);
    expect(aws.sim.control.cloudfront.invalidations(distributionId)).toHaveLength(1);
  });
});
