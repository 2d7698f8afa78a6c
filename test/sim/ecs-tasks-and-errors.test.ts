import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  ClientException, ClusterNotFoundException, CreateClusterCommand, CreateServiceCommand, DeleteServiceCommand,
  DescribeClustersCommand, DescribeServicesCommand, DescribeTasksCommand, ECSClient, InvalidParameterException,
  ListTasksCommand, RegisterTaskDefinitionCommand, ServiceNotActiveException, ServiceNotFoundException, StopTaskCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { withSimulator } from './sdk-env.js';

const aws = withSimulator({ clients: { ecs: () => new ECSClient({}) } });

beforeEach(async () => {
  aws.sim.control.reset();
  aws.sim.control.ecs.setScenario({ timings: { provisioningMs: 1_000, pendingMs: 1_000, stoppingMs: 1_000 } });
  await aws.ecs.send(new RegisterTaskDefinitionCommand({ family: 'app', containerDefinitions: [{ name: 'web', image: 'app:1', memory: 256 }] }));
  await aws.ecs.send(new RegisterTaskDefinitionCommand({ family: 'worker', containerDefinitions: [{ name: 'w', image: 'worker:1', memory: 256 }] }));
  await aws.ecs.send(new CreateServiceCommand({ serviceName: 'app', taskDefinition: 'app', desiredCount: 2 }));
  await aws.ecs.send(new CreateServiceCommand({ serviceName: 'worker', taskDefinition: 'worker', desiredCount: 1 }));
  aws.sim.control.clock.advance(5_000);
});

async function errorOf(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(() => undefined, (e: unknown) => e);
  if (!(outcome instanceof Error)) throw new Error('expected the call to fail');
  return outcome;
}

describe('clusters', () => {
  it('has a default cluster, creates more, and reports unknown ones as MISSING', async () => {
    await aws.ecs.send(new CreateClusterCommand({ clusterName: 'staging' }));
    const out = await aws.ecs.send(new DescribeClustersCommand({ clusters: ['default', 'staging', 'nope'] }));
    expect(out.clusters!.map((c) => [c.clusterName, c.status, c.activeServicesCount])).toEqual([['default', 'ACTIVE', 2], ['staging', 'ACTIVE', 0]]);
    expect(out.failures).toEqual([{ arn: 'arn:aws:ecs:us-east-1:123456789012:cluster/nope', reason: 'MISSING' }]);
  });
});

describe('ListTasks / DescribeTasks / StopTask', () => {
  it('filters by service, family, startedBy and desiredStatus', async () => {
    const all = await aws.ecs.send(new ListTasksCommand({}));
    expect(all.taskArns).toHaveLength(3);
    expect((await aws.ecs.send(new ListTasksCommand({ serviceName: 'app' }))).taskArns).toHaveLength(2);
    expect((await aws.ecs.send(new ListTasksCommand({ family: 'worker' }))).taskArns).toHaveLength(1);
    const worker = await aws.ecs.send(new DescribeServicesCommand({ services: ['worker'] }));
    const startedBy = worker.services![0]!.deployments![0]!.id!;
    const byStarter = await aws.ecs.send(new ListTasksCommand({ startedBy }));
    const { tasks = [] } = await aws.ecs.send(new DescribeTasksCommand({ tasks: byStarter.taskArns }));
    expect(tasks.map((t) => [t.group, t.startedBy, t.lastStatus, t.containers?.[0]?.image])).toEqual([['service:worker', startedBy, 'RUNNING', 'worker:1']]);
    expect((await aws.ecs.send(new ListTasksCommand({ desiredStatus: 'STOPPED' }))).taskArns).toEqual([]);
  });

  it('stops a task as UserInitiated, and the service scheduler replaces it', async () => {
    const before = (await aws.ecs.send(new ListTasksCommand({ serviceName: 'app' }))).taskArns!;
    const stopped = await aws.ecs.send(new StopTaskCommand({ task: before[0]!, reason: 'bad node' }));
    expect(stopped.task).toMatchObject({ desiredStatus: 'STOPPED', stopCode: 'UserInitiated', stoppedReason: 'bad node' });

    aws.sim.control.clock.advance(2_000);
    const [task] = (await aws.ecs.send(new DescribeTasksCommand({ tasks: [before[0]!] }))).tasks!;
    expect(task!.lastStatus).toBe('STOPPED');
    const after = (await aws.ecs.send(new ListTasksCommand({ serviceName: 'app' }))).taskArns!;
    expect(after).toHaveLength(2);
    expect(after).not.toContain(before[0]);
    const service = (await aws.ecs.send(new DescribeServicesCommand({ services: ['app'] }))).services![0]!;
    expect(service.runningCount).toBe(2);
    expect(service.events![0]!.message).toBe('(service app) has reached a steady state.');
    expect(service.events![1]!.message).toMatch(/^\(service app\) has started 1 tasks: \(task \w{32}\)\.$/);
  });

  it('reports unknown tasks as MISSING and refuses to stop them', async () => {
    const out = await aws.ecs.send(new DescribeTasksCommand({ tasks: ['0123456789abcdef0123456789abcdef'] }));
    expect(out.tasks).toEqual([]);
    expect(out.failures).toEqual([{ arn: 'arn:aws:ecs:us-east-1:123456789012:task/default/0123456789abcdef0123456789abcdef', reason: 'MISSING' }]);
    const error = await errorOf(aws.ecs.send(new StopTaskCommand({ task: '0123456789abcdef0123456789abcdef' })));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.message).toBe('The referenced task was not found.');
  });
});

describe('service errors', () => {
  it('DescribeServices lists unknown services as failures with reason MISSING', async () => {
    const out = await aws.ecs.send(new DescribeServicesCommand({ services: ['app', 'ghost'] }));
    expect(out.services!.map((s) => s.serviceName)).toEqual(['app']);
    expect(out.failures).toEqual([{ arn: 'arn:aws:ecs:us-east-1:123456789012:service/default/ghost', reason: 'MISSING' }]);
  });

  it('UpdateService: unknown service, unknown cluster, unknown task definition', async () => {
    const noService = await errorOf(aws.ecs.send(new UpdateServiceCommand({ service: 'ghost', desiredCount: 1 })));
    expect(noService).toBeInstanceOf(ServiceNotFoundException);
    expect(noService.message).toBe('Service not found.');
    const noCluster = await errorOf(aws.ecs.send(new UpdateServiceCommand({ cluster: 'nope', service: 'app', desiredCount: 1 })));
    expect(noCluster).toBeInstanceOf(ClusterNotFoundException);
    expect(noCluster.message).toBe('Cluster not found.');
    const noTaskDefinition = await errorOf(aws.ecs.send(new UpdateServiceCommand({ service: 'app', taskDefinition: 'ghost:9' })));
    expect(noTaskDefinition).toBeInstanceOf(ClientException);
    expect(noTaskDefinition.message).toBe('TaskDefinition not found.');
  });

  it('a deleted service drains to INACTIVE and can no longer be updated', async () => {
    const refused = await errorOf(aws.ecs.send(new DeleteServiceCommand({ service: 'app' })));
    expect(refused).toBeInstanceOf(InvalidParameterException);
    const deleted = await aws.ecs.send(new DeleteServiceCommand({ service: 'app', force: true }));
    expect(deleted.service?.status).toBe('DRAINING');
    const error = await errorOf(aws.ecs.send(new UpdateServiceCommand({ service: 'app', forceNewDeployment: true })));
    expect(error).toBeInstanceOf(ServiceNotActiveException);
    expect(error.message).toBe('Service was not ACTIVE.');
    aws.sim.control.clock.advance(1_000);
    const [service] = (await aws.ecs.send(new DescribeServicesCommand({ services: ['app'] }))).services!;
    expect(service).toMatchObject({ status: 'INACTIVE', runningCount: 0, desiredCount: 0 });
  });

  it('refuses to create a service twice', async () => {
    const error = await errorOf(aws.ecs.send(new CreateServiceCommand({ serviceName: 'app', taskDefinition: 'app', desiredCount: 1 })));
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect(error.message).toBe('Creation of service was not idempotent.');
  });
});
