import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CloudFrontClient, CreateInvalidationCommand, GetInvalidationCommand, InconsistentQuantities, NoSuchDistribution,
  NoSuchInvalidation,
} from '@aws-sdk/client-cloudfront';
import { parseXml, childText, child } from './protocols/xml.js';
import { withSimulator } from './sdk-env.js';

const aws = withSimulator({ clients: { cloudfront: () => new CloudFrontClient({}) } });
let distributionId: string;

beforeEach(() => {
  aws.sim.control.reset();
  distributionId = aws.sim.control.cloudfront.createDistribution();
});

const invalidate = (paths: string[], callerReference: string, quantity = paths.length) =>
  aws.cloudfront.send(new CreateInvalidationCommand({
    DistributionId: distributionId,
    InvalidationBatch: { Paths: { Quantity: quantity, Items: paths }, CallerReference: callerReference },
  }));

async function errorOf(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  const outcome = await promise.then(() => undefined, (e: unknown) => e);
  if (!(outcome instanceof Error)) throw new Error('expected the call to fail');
  return outcome;
}

describe('CloudFront invalidations over REST-XML', () => {
  it('creates an invalidation that completes after the scenario time', async () => {
    aws.sim.control.cloudfront.setScenario({ invalidationMs: 30_000 });
    const created = await invalidate(['/index.html', '/assets/*'], 'deploy-1');
    const id = created.Invalidation!.Id!;
    expect(id).toMatch(/^I[A-Z0-9]{13}$/);
    expect(created.Location).toBe(`https://cloudfront.amazonaws.com/2020-05-31/distribution/${distributionId}/invalidation/${id}`);
    expect(created.Invalidation).toMatchObject({
      Status: 'InProgress',
      InvalidationBatch: { Paths: { Quantity: 2, Items: ['/index.html', '/assets/*'] }, CallerReference: 'deploy-1' },
    });
    expect(created.Invalidation!.CreateTime!.getTime()).toBe(aws.sim.control.clock.now());

    const get = () => aws.cloudfront.send(new GetInvalidationCommand({ DistributionId: distributionId, Id: id }));
    expect((await get()).Invalidation!.Status).toBe('InProgress');
    aws.sim.control.clock.advance(30_000);
    expect((await get()).Invalidation!.Status).toBe('Completed');
    expect(aws.sim.control.calls({ service: 'cloudfront' }).map((c) => [c.operation, c.status])).toEqual([
      ['CreateInvalidation', 201], ['GetInvalidation', 200], ['GetInvalidation', 200],
    ]);
    expect(aws.sim.control.calls()[0]!.input).toEqual({
      DistributionId: distributionId, InvalidationBatch: { paths: ['/index.html', '/assets/*'], callerReference: 'deploy-1' },
    });
  });

  it('returns the same invalidation for a repeated CallerReference', async () => {
    const first = await invalidate(['/a'], 'same-ref');
    const second = await invalidate(['/a'], 'same-ref');
    expect(second.Invalidation!.Id).toBe(first.Invalidation!.Id);
  });

  it('answers unknown distributions and invalidations with the typed 404 exceptions', async () => {
    const noDistribution = await errorOf(aws.cloudfront.send(new GetInvalidationCommand({ DistributionId: 'EDOESNOTEXIST1', Id: 'I1' })));
    expect(noDistribution).toBeInstanceOf(NoSuchDistribution);
    expect(noDistribution.message).toBe('The specified distribution does not exist.');
    expect(noDistribution.$metadata?.httpStatusCode).toBe(404);
    const noInvalidation = await errorOf(aws.cloudfront.send(new GetInvalidationCommand({ DistributionId: distributionId, Id: 'INOPE' })));
    expect(noInvalidation).toBeInstanceOf(NoSuchInvalidation);
  });

  it('rejects a batch whose Quantity does not match its Items', async () => {
    const error = await errorOf(invalidate(['/a', '/b'], 'bad', 3));
    expect(error).toBeInstanceOf(InconsistentQuantities);
    expect(error.$metadata?.httpStatusCode).toBe(400);
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
  });
});
