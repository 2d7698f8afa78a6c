import { beforeEach, describe, expect, it } from '@jest/globals';
import { CreateClusterCommand, DescribeClustersCommand, ECSClient, ListClustersCommand, ServerException } from '@aws-sdk/client-ecs';
import { isThrottlingError, isTransientError } from '@smithy/core/retry';
import { startSimulator } from './index.js';
import { withSimulator } from './sdk-env.js';

const aws = withSimulator({ clients: { ecs: () => new ECSClient({}) } });

beforeEach(() => aws.sim.control.reset());

const describeClusters = (): Promise<unknown> => aws.ecs.send(new DescribeClustersCommand({ clusters: ['default'] }));

async function errorOf(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number; attempts?: number } }> {
  const outcome = await promise.then(() => undefined, (e: unknown) => e);
  if (!(outcome instanceof Error)) throw new Error('expected the call to fail');
  return outcome;
}

const statuses = (): Array<[number, string | undefined]> =>
  aws.sim.control.calls({ operation: 'DescribeClusters' }).map((c) => [c.status, c.errorType]);

describe('throttle', () => {
  it('two throttles then success: the SDK retries and succeeds on the third recorded call', async () => {
    aws.sim.control.faults.add({ kind: 'throttle', service: 'ecs', operation: 'DescribeClusters', count: 2 });
    const out = (await describeClusters()) as { $metadata: { attempts?: number } };
    expect(out.$metadata.attempts).toBe(3);
    expect(statuses()).toEqual([[400, 'ThrottlingException'], [400, 'ThrottlingException'], [200, undefined]]);
    expect(aws.sim.control.calls()[0]!.errorMessage).toBe('Rate exceeded');
  });

  it('a persistent throttle exhausts the retries and surfaces a ThrottlingException the SDK classifies as throttling', async () => {
    aws.sim.control.faults.add({ kind: 'throttle', service: 'ecs', operation: 'DescribeClusters', count: 10 });
    const error = await errorOf(describeClusters());
    expect(error.name).toBe('ThrottlingException');
    expect(error.message).toBe('Rate exceeded');
    expect(isThrottlingError(error as never)).toBe(true);
    expect(error.$metadata?.attempts).toBe(3);
    expect(statuses()).toHaveLength(3);
    expect(aws.sim.control.faults.list()[0]).toMatchObject({ fired: 3, count: 10 });
  });

  it('only hits the service and operation it names', async () => {
    aws.sim.control.faults.add({ kind: 'throttle', service: 'ecs', operation: 'DescribeServices', count: 5 });
    await aws.ecs.send(new ListClustersCommand({}));
    await describeClusters();
    expect(aws.sim.control.calls().map((c) => c.status)).toEqual([200, 200]);
  });
});

describe('server errors', () => {
  it('http500 once: ServerException 500 is retried', async () => {
    aws.sim.control.faults.add({ kind: 'http500', service: 'ecs', count: 1 });
    await describeClusters();
    expect(statuses()).toEqual([[500, 'ServerException'], [200, undefined]]);
  });

  it('http500 persistent: surfaces the modelled ServerException', async () => {
    aws.sim.control.faults.add({ kind: 'http500', count: 10 });
    const error = await errorOf(describeClusters());
    expect(error).toBeInstanceOf(ServerException);
    expect(error.$metadata?.httpStatusCode).toBe(500);
  });

  it('http503 persistent: retried as transient, then surfaces with status 503', async () => {
    aws.sim.control.faults.add({ kind: 'http503', service: 'ecs', count: 10 });
    const error = await errorOf(describeClusters());
    expect(error.name).toBe('ServiceUnavailableException');
    expect(error.$metadata?.httpStatusCode).toBe(503);
    expect(isTransientError(error as never)).toBe(true);
    expect(statuses()).toEqual([[503, 'ServiceUnavailableException'], [503, 'ServiceUnavailableException'], [503, 'ServiceUnavailableException']]);
  });
});

describe('reset', () => {
  it('a dropped connection is retried by the SDK', async () => {
    aws.sim.control.faults.add({ kind: 'reset', service: 'ecs', operation: 'DescribeClusters', count: 1 });
    await describeClusters();
    expect(statuses()).toEqual([[0, 'ConnectionReset'], [200, undefined]]);
  });

  it('persistent resets surface as a connection error', async () => {
    aws.sim.control.faults.add({ kind: 'reset', count: 10 });
    const error = await errorOf(describeClusters());
    // The SDK wraps the node socket error ("socket hang up", ECONNRESET) after its retries.
    expect(error.message).toMatch(/socket hang up/);
    expect(error.$metadata?.attempts).toBe(3);
    expect(statuses()).toHaveLength(3);
  });
});

describe('afterOperation: a response lost after the service acted', () => {
  const createCluster = (name: string) => aws.ecs.send(new CreateClusterCommand({ clusterName: name }));
  const clusterNames = async () => ((await aws.ecs.send(new ListClustersCommand({}))).clusterArns ?? []).map((arn) => arn.split('/').pop());

  it.each(['http503', 'reset'] as const)('%s: the operation ran, the client got the fault', async (kind) => {
    aws.sim.control.faults.add({ kind, service: 'ecs', operation: 'CreateCluster', count: 1, afterOperation: true });
    const client = new ECSClient({ maxAttempts: 1 });
    try {
      await expect(client.send(new CreateClusterCommand({ clusterName: `lost-${kind}` }))).rejects.toThrow();
    } finally {
      client.destroy();
    }
    expect(await clusterNames()).toContain(`lost-${kind}`);
    expect(aws.sim.control.calls({ operation: 'CreateCluster' })).toMatchObject([{ status: kind === 'reset' ? 0 : 503, fault: kind, afterOperation: true }]);
  });

  it('without it, the faulted operation never runs', async () => {
    aws.sim.control.faults.add({ kind: 'http503', service: 'ecs', operation: 'CreateCluster', count: 5 });
    await expect(createCluster('never')).rejects.toThrow();
    aws.sim.control.faults.clear();
    expect(await clusterNames()).not.toContain('never');
  });
});

describe('slow', () => {
  it('delays the answer by delayMs and then answers normally', async () => {
    aws.sim.control.faults.add({ kind: 'slow', delayMs: 400, count: 1 });
    const started = Date.now();
    await describeClusters();
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    const [call] = aws.sim.control.calls();
    expect(call).toMatchObject({ status: 200, fault: undefined });
    expect(call!.durationMs).toBeGreaterThanOrEqual(390);
  });
});

describe('rate', () => {
  async function pattern(seed: number): Promise<number[]> {
    const other = await startSimulator({ seed, clockSpeed: 0 });
    try {
      other.control.faults.add({ kind: 'http500', service: 'ecs', rate: 0.5 });
      const out: number[] = [];
      for (let i = 0; i < 24; i++) {
        const response = await fetch(other.endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonEC2ContainerServiceV20141113.ListClusters' },
          body: '{}',
        });
        await response.arrayBuffer();
        out.push(response.status);
      }
      return out;
    } finally {
      await other.stop();
    }
  }

  it('fires on about the given share of calls, reproducibly for a seed', async () => {
    const first = await pattern(7);
    expect(await pattern(7)).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await pattern(8)).not.toEqual(first);
  });

  it('rejects malformed fault specs', () => {
    expect(() => aws.sim.control.faults.add({ kind: 'explode' as never })).toThrow(/fault kind/);
    expect(() => aws.sim.control.faults.add({ kind: 'throttle', rate: 2 })).toThrow(/rate/);
    expect(() => aws.sim.control.faults.add({ kind: 'slow' })).toThrow(/delayMs/);
    expect(() => aws.sim.control.faults.add({ kind: 'throttle', afterOperation: true })).toThrow(/afterOperation applies to/);
  });
});
