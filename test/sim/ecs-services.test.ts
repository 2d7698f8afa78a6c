import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CreateServiceCommand, DescribeServicesCommand, DescribeTasksCommand, ECSClient, ListTasksCommand,
  RegisterTaskDefinitionCommand, UpdateServiceCommand, type Service,
} from '@aws-sdk/client-ecs';
import { withSimulator } from './sdk-env.js';

const aws = withSimulator({ clients: { ecs: () => new ECSClient({}) } });

beforeEach(() => {
  aws.sim.control.reset();
  aws.sim.control.ecs.setScenario({ timings: { provisioningMs: 10_000, pendingMs: 20_000, stoppingMs: 5_000 } });
});

async function register(image: string): Promise<string> {
  const out = await aws.ecs.send(new RegisterTaskDefinitionCommand({ family: 'app', containerDefinitions: [{ name: 'web', image, memory: 256 }] }));
  return out.taskDefinition!.taskDefinitionArn!;
}

async function describe1(name = 'app'): Promise<Service> {
  const out = await aws.ecs.send(new DescribeServicesCommand({ services: [name] }));
  return out.services![0]!;
}

async function taskStatuses(desiredStatus: 'RUNNING' | 'STOPPED' = 'RUNNING'): Promise<string[]> {
  const { taskArns = [] } = await aws.ecs.send(new ListTasksCommand({ serviceName: 'app', desiredStatus }));
  if (taskArns.length === 0) return [];
  const { tasks = [] } = await aws.ecs.send(new DescribeTasksCommand({ tasks: taskArns }));
  return tasks.map((t) => t.lastStatus!);
}

describe('service rollout on the sim clock', () => {
  it('starts the first deployment: PROVISIONING -> PENDING -> RUNNING, then COMPLETED and steady', async () => {
    const td1 = await register('app:1');
    const created = await aws.ecs.send(new CreateServiceCommand({
      serviceName: 'app', taskDefinition: 'app', desiredCount: 2,
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    }));
    expect(created.service?.deployments?.[0]).toMatchObject({ status: 'PRIMARY', rolloutState: 'IN_PROGRESS', taskDefinition: td1 });
    expect(created.service?.deploymentConfiguration).toEqual({
      deploymentCircuitBreaker: { enable: true, rollback: true }, maximumPercent: 200, minimumHealthyPercent: 100,
    });

    let service = await describe1();
    expect(service).toMatchObject({ status: 'ACTIVE', desiredCount: 2, runningCount: 0, pendingCount: 2 });
    const deploymentId = service.deployments![0]!.id!;
    expect(deploymentId).toMatch(/^ecs-svc\/\d{19}$/);
    expect(service.deployments![0]!.rolloutStateReason).toBe(`ECS deployment ${deploymentId} in progress.`);
    expect(await taskStatuses()).toEqual(['PROVISIONING', 'PROVISIONING']);

    aws.sim.control.clock.advance(10_000);
    expect(await taskStatuses()).toEqual(['PENDING', 'PENDING']);
    expect((await describe1()).deployments![0]!.rolloutState).toBe('IN_PROGRESS');

    aws.sim.control.clock.advance(20_000);
    expect(await taskStatuses()).toEqual(['RUNNING', 'RUNNING']);
    service = await describe1();
    expect(service).toMatchObject({ runningCount: 2, pendingCount: 0 });
    expect(service.deployments).toHaveLength(1);
    expect(service.deployments![0]).toMatchObject({ rolloutState: 'COMPLETED', rolloutStateReason: `ECS deployment ${deploymentId} completed.` });
    expect(service.events!.map((e) => e.message)).toEqual([
      '(service app) has reached a steady state.',
      `(service app) (deployment ${deploymentId}) deployment completed.`,
      expect.stringMatching(/^\(service app\) has started 2 tasks: \(task [0-9a-f]{32}\) \(task [0-9a-f]{32}\)\.$/),
    ]);
  });

  it('rolls a new task definition: new PRIMARY, old ACTIVE, old tasks drain, old deployment disappears', async () => {
    const td1 = await register('app:1');
    await aws.ecs.send(new CreateServiceCommand({ serviceName: 'app', taskDefinition: td1, desiredCount: 2 }));
    aws.sim.control.clock.advance(30_000);
    const oldId = (await describe1()).deployments![0]!.id!;
    const td2 = await register('app:2');

    const updated = await aws.ecs.send(new UpdateServiceCommand({ service: 'app', taskDefinition: 'app' }));
    expect(updated.service?.taskDefinition).toBe(td2);
    let service = await describe1();
    expect(service.deployments!.map((d) => [d.status, d.taskDefinition, d.rolloutState, d.runningCount, d.pendingCount])).toEqual([
      ['PRIMARY', td2, 'IN_PROGRESS', 0, 2],
      ['ACTIVE', td1, 'COMPLETED', 2, 0],
    ]);
    const newId = service.deployments![0]!.id!;
    expect(newId).not.toBe(oldId);

    // New tasks up; the old ones are told to stop but take stoppingMs to get there.
    aws.sim.control.clock.advance(30_000);
    service = await describe1();
    expect(service.deployments).toHaveLength(2);
    expect(service.deployments![0]).toMatchObject({ runningCount: 2, rolloutState: 'IN_PROGRESS' });
    expect(service.deployments![1]).toMatchObject({ runningCount: 0 });

    aws.sim.control.clock.advance(5_000);
    service = await describe1();
    expect(service.deployments!.map((d) => [d.id, d.status, d.rolloutState])).toEqual([[newId, 'PRIMARY', 'COMPLETED']]);
    expect(service.runningCount).toBe(2);
    expect(service.events!.slice(0, 4).map((e) => e.message)).toEqual([
      '(service app) has reached a steady state.',
      `(service app) (deployment ${newId}) deployment completed.`,
      expect.stringMatching(/^\(service app\) has stopped 2 running tasks: \(task \w{32}\) \(task \w{32}\)\.$/),
      expect.stringMatching(/^\(service app\) has started 2 tasks: /),
    ]);
    const times = service.events!.map((e) => e.createdAt!.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const { taskArns = [] } = await aws.ecs.send(new ListTasksCommand({ serviceName: 'app', desiredStatus: 'STOPPED' }));
    const { tasks = [] } = await aws.ecs.send(new DescribeTasksCommand({ tasks: taskArns }));
    expect(tasks.map((t) => [t.lastStatus, t.taskDefinitionArn, t.stopCode, t.stoppedReason, t.startedBy])).toEqual([
      ['STOPPED', td1, 'ServiceSchedulerInitiated', `Scaling activity initiated by (deployment ${oldId})`, oldId],
      ['STOPPED', td1, 'ServiceSchedulerInitiated', `Scaling activity initiated by (deployment ${oldId})`, oldId],
    ]);
    expect(tasks[0]!.stoppedAt).toBeInstanceOf(Date);
  });

  it('with minimumHealthyPercent 0 and maximumPercent 100 stops old tasks before starting new ones', async () => {
    await register('app:1');
    await aws.ecs.send(new CreateServiceCommand({
      serviceName: 'app', taskDefinition: 'app', desiredCount: 2,
      deploymentConfiguration: { minimumHealthyPercent: 0, maximumPercent: 100 },
    }));
    aws.sim.control.clock.advance(30_000);
    const td2 = await register('app:2');
    await aws.ecs.send(new UpdateServiceCommand({ service: 'app', taskDefinition: 'app:2' }));
    let service = await describe1();
    expect(service.taskDefinition).toBe(td2);
    expect(service.deployments!.map((d) => [d.runningCount, d.pendingCount])).toEqual([[0, 0], [0, 0]]);
    aws.sim.control.clock.advance(5_000);
    service = await describe1();
    expect(service.deployments).toHaveLength(1);
    expect(service.pendingCount).toBe(2);
  });

  it('forceNewDeployment starts a deployment of the same task definition; a desiredCount change alone does not', async () => {
    const td1 = await register('app:1');
    await aws.ecs.send(new CreateServiceCommand({ serviceName: 'app', taskDefinition: td1, desiredCount: 1 }));
    aws.sim.control.clock.advance(30_000);
    await aws.ecs.send(new UpdateServiceCommand({ service: 'app', desiredCount: 3 }));
    let service = await describe1();
    expect(service.deployments).toHaveLength(1);
    expect(service).toMatchObject({ desiredCount: 3, runningCount: 1, pendingCount: 2 });

    await aws.ecs.send(new UpdateServiceCommand({ service: 'app', forceNewDeployment: true }));
    service = await describe1();
    expect(service.deployments!.map((d) => [d.status, d.taskDefinition])).toEqual([['PRIMARY', td1], ['ACTIVE', td1]]);
    aws.sim.control.clock.advance(60_000);
    service = await describe1();
    expect(service.deployments).toHaveLength(1);
    expect(service).toMatchObject({ runningCount: 3, pendingCount: 0 });
  });

  it('keeps the newest 100 events', async () => {
    await register('app:1');
    await aws.ecs.send(new CreateServiceCommand({ serviceName: 'app', taskDefinition: 'app', desiredCount: 1 }));
    for (let i = 0; i < 30; i++) {
      aws.sim.control.clock.advance(60_000);
      await aws.ecs.send(new UpdateServiceCommand({ service: 'app', forceNewDeployment: true }));
    }
    aws.sim.control.clock.advance(60_000);
    const service = await describe1();
    expect(service.events).toHaveLength(100);
    expect(service.events![0]!.message).toBe('(service app) has reached a steady state.');
  });
});
