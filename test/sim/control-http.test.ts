import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { CloudFrontClient, CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import {
  CreateServiceCommand, DescribeServicesCommand, ECSClient, ListClustersCommand, RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { connectToSimulator, type RemoteSimulatorControl } from './index.js';
import { withSimulator } from './sdk-env.js';

const aws = withSimulator({ clients: { ecs: () => new ECSClient({}) } });
let remote: RemoteSimulatorControl;

beforeAll(() => {
  remote = connectToSimulator(aws.sim.endpoint);
});

beforeEach(() => remote.reset());

describe('HTTP control API under /__sim/', () => {
  it('adds, lists and clears faults, and reports calls', async () => {
    const id = await remote.addFault({ kind: 'http500', service: 'ecs', operation: 'ListClusters', count: 1 });
    expect(await remote.listFaults()).toEqual([expect.objectContaining({ id, kind: 'http500', fired: 0 })]);
    await aws.ecs.send(new ListClustersCommand({}));
    const calls = await remote.calls({ service: 'ecs', operation: 'ListClusters' });
    expect(calls.map((c) => [c.status, c.errorType, c.fault])).toEqual([[500, 'ServerException', 'http500'], [200, undefined, undefined]]);
    expect(await remote.calls({ afterSeq: calls[0]!.seq })).toHaveLength(1);
    await remote.clearFaults();
    expect(await remote.listFaults()).toEqual([]);
  });

  it('moves the clock and sets its speed', async () => {
    const start = await remote.now();
    expect(await remote.advance(90_000)).toBe(start + 90_000);
    expect(aws.sim.control.clock.now()).toBe(start + 90_000);
    await remote.setSpeed(0);
    expect(aws.sim.control.clock.speed()).toBe(0);
  });

  it('sets ECS task timings for one service', async () => {
    await remote.serviceAction('ecs', 'scenario', { service: 'fast', timings: { provisioningMs: 0, pendingMs: 1_000 } });
    await aws.ecs.send(new RegisterTaskDefinitionCommand({ family: 'fast', containerDefinitions: [{ name: 'a', image: 'b', memory: 64 }] }));
    await aws.ecs.send(new CreateServiceCommand({ serviceName: 'fast', taskDefinition: 'fast', desiredCount: 1 }));
    await aws.ecs.send(new CreateServiceCommand({ serviceName: 'slow', taskDefinition: 'fast', desiredCount: 1 }));
    await remote.advance(1_000);
    const { services = [] } = await aws.ecs.send(new DescribeServicesCommand({ services: ['fast', 'slow'] }));
    expect(services.map((s) => [s.serviceName, s.runningCount])).toEqual([['fast', 1], ['slow', 0]]);
  });

  it('rejects an unknown rollout policy and malformed faults with HTTP 400', async () => {
    await expect(remote.serviceAction('ecs', 'scenario', { policy: 'chaos-monkey' })).rejects.toThrow(/\(400\).*unknown rollout policy/);
    await expect(remote.addFault({ kind: 'boom' as never })).rejects.toThrow(/\(400\).*fault kind/);
  });

  it('creates CloudFront distributions for invalidation tests', async () => {
    const { id } = (await remote.serviceAction('cloudfront', 'distributions', {})) as { id: string };
    const cloudfront = new CloudFrontClient({});
    try {
      const out = await cloudfront.send(new CreateInvalidationCommand({
        DistributionId: id, InvalidationBatch: { Paths: { Quantity: 1, Items: ['/*'] }, CallerReference: 'x' },
      }));
      expect(out.Invalidation?.Status).toBe('InProgress');
    } finally {
      cloudfront.destroy();
    }
  });

  it('reset forgets services, calls and faults', async () => {
    await aws.ecs.send(new RegisterTaskDefinitionCommand({ family: 'gone', containerDefinitions: [{ name: 'a', image: 'b', memory: 64 }] }));
    await remote.addFault({ kind: 'throttle', operation: 'Nothing' });
    await remote.reset();
    expect(await remote.calls()).toEqual([]);
    expect(await remote.listFaults()).toEqual([]);
    const out = await fetch(aws.sim.endpoint, {
      method: 'POST',
      headers: { 'x-amz-target': 'AmazonEC2ContainerServiceV20141113.DescribeTaskDefinition' },
      body: JSON.stringify({ taskDefinition: 'gone' }),
    });
    expect(out.status).toBe(400);
  });

  it('answers unknown control routes with 404', async () => {
    const response = await fetch(`${aws.sim.endpoint}/__sim/nothing-here`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toMatch(/no control route/);
  });
});

describe('in-process invoke', () => {
  it('runs an operation as a request from the environment keys would: same state, same record', async () => {
    await aws.sim.control.invoke('ecs', 'RegisterTaskDefinition', { family: 'inproc', containerDefinitions: [{ name: 'a', image: 'b', memory: 64 }] });
    const created = (await aws.sim.control.invoke('ecs', 'CreateService', { serviceName: 'inproc', taskDefinition: 'inproc', desiredCount: 1 })) as {
      service: { serviceArn: string; createdAt: number };
    };
    // Wire JSON: timestamps are epoch seconds, as an SDK receives them.
    expect(typeof created.service.createdAt).toBe('number');
    const { services = [] } = await aws.ecs.send(new DescribeServicesCommand({ services: ['inproc'] }));
    expect(services.map((s) => [s.serviceArn, s.createdAt?.getTime()])).toEqual([[created.service.serviceArn, created.service.createdAt * 1000]]);
    const [viaInvoke, viaSdk] = aws.sim.control.calls({ operation: 'RegisterTaskDefinition' }).concat(aws.sim.control.calls({ operation: 'DescribeServices' }));
    expect(viaInvoke).toMatchObject({ service: 'ecs', status: 200, accessKeyId: aws.sim.env().AWS_ACCESS_KEY_ID, region: viaSdk?.region, userAgent: 'simulator-control/invoke' });
  });

  it('answers with the service error and takes injected faults like a request', async () => {
    await expect(aws.sim.control.invoke('ecs', 'DescribeTaskDefinition', { taskDefinition: 'missing' })).rejects.toMatchObject({ type: 'ClientException' });
    aws.sim.control.faults.add({ kind: 'throttle', service: 'ecs', operation: 'ListClusters', count: 1 });
    await expect(aws.sim.control.invoke('ecs', 'ListClusters')).rejects.toMatchObject({ type: 'ThrottlingException' });
    await expect(aws.sim.control.invoke('ecs', 'ListClusters')).resolves.toEqual({ clusterArns: [expect.stringMatching(/cluster\/default$/)] });
    expect(aws.sim.control.calls({ operation: 'ListClusters' }).map((c) => c.fault)).toEqual(['throttle', undefined]);
    await expect(aws.sim.control.invoke('cloudfront', 'ListDistributions')).rejects.toThrow(/no awsJson1.1 service named cloudfront/);
  });
});
