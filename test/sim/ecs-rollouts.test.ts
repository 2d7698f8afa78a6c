import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  CreateServiceCommand, DescribeServicesCommand, DescribeTasksCommand, ECSClient, InvalidParameterException, ListTasksCommand,
  RegisterTaskDefinitionCommand, UpdateServiceCommand, type ContainerDefinition, type DeploymentConfiguration, type Service, type Task,
} from '@aws-sdk/client-ecs';
import { circuitBreakerThreshold, connectToSimulator, type TaskOutcomeRule } from './index.js';
import type { ServiceRecord } from './services/ecs/model.js';
import { withSimulator } from './sdk-env.js';

const aws = withSimulator({ clients: { ecs: () => new ECSClient({}), logs: () => new CloudWatchLogsClient({}) } });
const BREAKER_ROLLBACK: DeploymentConfiguration = { deploymentCircuitBreaker: { enable: true, rollback: true } };
const PULL_FAILURE = 'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref docker.io/library/app:2: docker.io/library/app:2: not found';

let t0 = 0;
beforeEach(() => {
  aws.sim.control.reset();
  aws.sim.control.ecs.setScenario({ timings: { provisioningMs: 1_000, pendingMs: 2_000, stoppingMs: 1_000 } });
  t0 = aws.sim.control.clock.now();
});

/** Moves sim time to `ms` after the test's start. */
const at = (ms: number): void => {
  aws.sim.control.clock.advance(t0 + ms - aws.sim.control.clock.now());
};

async function register(image: string, container: Partial<ContainerDefinition> = {}): Promise<string> {
  const out = await aws.ecs.send(new RegisterTaskDefinitionCommand({
    family: 'app',
    containerDefinitions: [{
      name: 'web', image, memory: 256,
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/app', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' } },
      ...container,
    }],
  }));
  return out.taskDefinition!.taskDefinitionArn!;
}

interface BrokenDeployOptions {
  config?: DeploymentConfiguration;
  v2?: Partial<ContainerDefinition>;
  steadyStateMs?: number;
}

/** A service running app:1 that completed its first deployment at 3 s, then (at 3 s) an update to app:2 under `rules`. */
async function deployBroken(rules: TaskOutcomeRule[], desiredCount: number, options: BrokenDeployOptions = {}) {
  const td1 = await register('app:1');
  const deploymentConfiguration = options.config ?? BREAKER_ROLLBACK;
  await aws.ecs.send(new CreateServiceCommand({ serviceName: 'app', taskDefinition: td1, desiredCount, deploymentConfiguration }));
  at(3_000);
  const oldId = (await service()).deployments![0]!.id!;
  aws.sim.control.ecs.setScenario({ outcomes: rules, timings: { steadyStateMs: options.steadyStateMs ?? 0 } }, { service: 'app' });
  const td2 = await register('app:2', options.v2);
  await aws.ecs.send(new UpdateServiceCommand({ service: 'app', taskDefinition: td2 }));
  const newId = (await service()).deployments![0]!.id!;
  return { td1, td2, oldId, newId };
}

async function service(): Promise<Service> {
  return (await aws.ecs.send(new DescribeServicesCommand({ services: ['app'] }))).services![0]!;
}

async function tasks(desiredStatus: 'RUNNING' | 'STOPPED', startedBy?: string): Promise<Task[]> {
  const { taskArns = [] } = await aws.ecs.send(new ListTasksCommand({ serviceName: 'app', desiredStatus, startedBy }));
  if (taskArns.length === 0) return [];
  return (await aws.ecs.send(new DescribeTasksCommand({ tasks: taskArns }))).tasks!;
}

const messages = (s: Service): string[] => s.events!.map((e) => e.message!);
const taskId = (task: Task): string => task.taskArn!.split('/').pop()!;

describe('fail to start', () => {
  it('stops tasks from PENDING as TaskFailedToStart, counts failedTasks and keeps the old revision serving', async () => {
    const { td1, newId } = await deployBroken([{ outcome: 'fail-to-start' }], 1, { config: {} });
    at(4_000);
    expect((await tasks('RUNNING', newId)).map((t) => t.lastStatus)).toEqual(['PENDING']);
    at(6_000);
    const [failed] = await tasks('STOPPED', newId);
    expect(failed).toMatchObject({
      lastStatus: 'PENDING', desiredStatus: 'STOPPED', stopCode: 'TaskFailedToStart', stoppedReason: PULL_FAILURE,
      stoppingAt: new Date(t0 + 6_000), group: 'service:app', startedBy: newId,
    });
    at(7_000);
    const [stopped] = await aws.ecs.send(new DescribeTasksCommand({ tasks: [failed!.taskArn!] })).then((o) => o.tasks!);
    expect(stopped).toMatchObject({ lastStatus: 'STOPPED', stoppedAt: new Date(t0 + 7_000) });
    expect(stopped!.startedAt).toBeUndefined();
    expect(stopped!.containers!.map((c) => [c.name, c.lastStatus, c.reason, c.exitCode])).toEqual([['web', 'STOPPED', PULL_FAILURE, undefined]]);

    // ECS replaces the task once the failed one has left (maximumPercent 200 of 1 leaves room for one more).
    at(10_000);
    const s = await service();
    expect(s.deployments!.map((d) => [d.status, d.rolloutState, d.failedTasks])).toEqual([['PRIMARY', 'IN_PROGRESS', 2], ['ACTIVE', 'COMPLETED', 0]]);
    expect(messages(s)[0]).toMatch(/^\(service app\) has started 1 tasks: \(task \w{32}\)\.$/);
    expect((await tasks('RUNNING')).filter((t) => t.lastStatus === 'RUNNING').map((t) => t.taskDefinitionArn)).toEqual([td1]);
  });
});

describe('crash after start, circuit breaker and rollback', () => {
  it('fails the deployment at the threshold, rolls back to the old task definition, which completes', async () => {
    const logLines = ['Starting...', 'Error: DATABASE_URL is not set'];
    // ECS watches a deployment for a while before completing it (steadyStateMs), so crashes 2 s after RUNNING
    // keep it IN_PROGRESS; with 0 the first pair's deployment would complete once the old tasks drained.
    const { td1, td2, oldId, newId } = await deployBroken(
      [{ outcome: 'crash', afterMs: 2_000, logLines, logIntervalMs: 500 }], 2, { steadyStateMs: 30_000 },
    );
    at(6_000);
    expect((await tasks('RUNNING', newId)).map((t) => t.lastStatus)).toEqual(['RUNNING', 'RUNNING']);
    expect(await tasks('STOPPED', newId)).toEqual([]);

    at(8_000);
    const firstRound = await tasks('STOPPED', newId);
    expect(firstRound.map((t) => [t.stopCode, t.stoppedReason, t.containers![0]!.exitCode, t.containers![0]!.lastStatus])).toEqual([
      ['EssentialContainerExited', 'Essential container in task exited', 1, 'STOPPED'],
      ['EssentialContainerExited', 'Essential container in task exited', 1, 'STOPPED'],
    ]);
    expect((await service()).deployments![0]).toMatchObject({ id: newId, rolloutState: 'IN_PROGRESS', failedTasks: 2 });

    // The replacements start at 8 s and crash at 13 s: 4 failures >= threshold 3 (half of 2, at least 3).
    at(13_000);
    let s = await service();
    expect(s.deployments!.map((d) => [d.status, d.taskDefinition, d.rolloutState, d.rolloutStateReason])).toEqual([
      ['PRIMARY', td1, 'IN_PROGRESS', `ECS deployment circuit breaker: rolling back to deploymentId ${oldId}.`],
      ['ACTIVE', td2, 'FAILED', 'ECS deployment circuit breaker: tasks failed to start.'],
    ]);
    expect(s.deployments![1]!.failedTasks).toBe(4);
    expect(s.taskDefinition).toBe(td1);
    const rollbackId = s.deployments![0]!.id!;
    expect(messages(s).slice(0, 3)).toEqual([
      expect.stringMatching(/^\(service app\) has started 2 tasks: /),
      `(service app) rolling back to deployment ${oldId}.`,
      `(service app) (deployment ${newId}) deployment failed: tasks failed to start.`,
    ]);

    // The rollback's tasks run at 16 s; the deployment completes steadyStateMs later.
    at(45_999);
    expect((await service()).deployments![0]!.rolloutState).toBe('IN_PROGRESS');
    at(46_000);
    s = await service();
    expect(s.deployments!.map((d) => [d.id, d.status, d.taskDefinition, d.rolloutState])).toEqual([[rollbackId, 'PRIMARY', td1, 'COMPLETED']]);
    expect(s).toMatchObject({ runningCount: 2, desiredCount: 2, taskDefinition: td1 });
    expect(messages(s).slice(0, 2)).toEqual([
      '(service app) has reached a steady state.', `(service app) (deployment ${rollbackId}) deployment completed.`,
    ]);

    // What a diagnosis reads: the crashed task's container and its awslogs stream.
    const logs = await aws.logs.send(new GetLogEventsCommand({
      logGroupName: '/ecs/app', logStreamName: `ecs/web/${taskId(firstRound[0]!)}`, startFromHead: true,
    }));
    expect(logs.events!.map((e) => [e.timestamp! - t0, e.ingestionTime! - t0, e.message])).toEqual([[6_000, 6_000, logLines[0]], [6_500, 6_500, logLines[1]]]);
    expect(await tasks('STOPPED', newId)).toHaveLength(4);
  });

  it('without rollback the deployment stays FAILED, launches nothing more, and the old tasks keep running', async () => {
    const { td1, newId } = await deployBroken([{ outcome: 'fail-to-start', afterMs: 0 }], 1, {
      config: { deploymentCircuitBreaker: { enable: true, rollback: false } },
    });
    at(30_000);
    const s = await service();
    expect(s.deployments!.map((d) => [d.status, d.rolloutState, d.failedTasks])).toEqual([['PRIMARY', 'FAILED', 3], ['ACTIVE', 'COMPLETED', 0]]);
    expect(messages(s)[0]).toBe(`(service app) (deployment ${newId}) deployment failed: tasks failed to start.`);
    at(600_000);
    expect(await tasks('STOPPED', newId)).toHaveLength(3);
    expect((await tasks('RUNNING')).map((t) => [t.lastStatus, t.taskDefinitionArn])).toEqual([['RUNNING', td1]]);
  });

  it('a task that runs healthy resets failedTasks, so failures below the threshold do not fail the deployment', async () => {
    const { newId } = await deployBroken([{ outcome: 'fail-to-start', afterMs: 0, limit: 2 }], 1);
    // Two tasks fail at 4 s and 6 s; the third starts at 7 s and runs at 10 s.
    at(9_999);
    expect((await service()).deployments![0]).toMatchObject({ id: newId, failedTasks: 2, rolloutState: 'IN_PROGRESS' });
    at(20_000);
    expect((await service()).deployments).toEqual([expect.objectContaining({ id: newId, failedTasks: 0, rolloutState: 'COMPLETED' })]);
  });
});

describe('container health checks never pass', () => {
  it('keeps the task RUNNING but UNHEALTHY, then ECS stops it and counts it as a failure', async () => {
    const healthCheck = { command: ['CMD-SHELL', 'curl -f http://localhost/health || exit 1'], interval: 5, retries: 2 };
    const { td1, newId } = await deployBroken([{ outcome: 'unhealthy' }], 1, { config: {}, v2: { healthCheck } });
    at(7_000);
    const [unhealthy] = await tasks('RUNNING', newId);
    expect(unhealthy).toMatchObject({ lastStatus: 'RUNNING', healthStatus: 'UNKNOWN' });
    expect((await tasks('RUNNING')).map((t) => t.taskDefinitionArn)).toContain(td1);

    // RUNNING at 6 s; interval 5 s × 2 retries later ECS judges it UNHEALTHY.
    at(16_000);
    const [stopped] = await tasks('STOPPED', newId);
    expect(stopped).toMatchObject({ stopCode: 'ServiceSchedulerInitiated', stoppedReason: 'Task failed container health checks', healthStatus: 'UNHEALTHY' });
    expect(stopped!.containers![0]).toMatchObject({ healthStatus: 'UNHEALTHY' });
    const s = await service();
    expect(s.deployments![0]!.failedTasks).toBe(1);
    expect(messages(s).slice(0, 2)).toEqual([
      `(service app) has stopped 1 running tasks: (task ${taskId(stopped!)}).`,
      `(service app) (task ${taskId(stopped!)}) failed container health checks.`,
    ]);
  });
});

describe('placement failures and rollouts that never end', () => {
  it('places no task and repeats the placement event; events only grow, newest first, with stable ids', async () => {
    const { newId } = await deployBroken([{ outcome: 'unplaceable', retryMs: 30_000 }], 1);
    const before = (await service()).events!;
    at(63_000);
    const s = await service();
    const placement = '(service app) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.';
    expect(s.events!.slice(0, 3).map((e) => [e.message, e.createdAt!.getTime() - t0])).toEqual([[placement, 63_000], [placement, 33_000], [placement, 3_000]]);
    expect(s.events!.slice(s.events!.length - before.length)).toEqual(before);
    expect(new Set(s.events!.map((e) => e.id)).size).toBe(s.events!.length);
    expect(s.deployments![0]).toMatchObject({ id: newId, rolloutState: 'IN_PROGRESS', runningCount: 0, pendingCount: 0, failedTasks: 0 });
    expect(await tasks('RUNNING', newId)).toEqual([]);
  });

  it('keeps new tasks PENDING forever when the scenario says so', async () => {
    const { newId } = await deployBroken([{ outcome: 'stuck-pending' }], 2);
    at(3_600_000);
    expect((await tasks('RUNNING', newId)).map((t) => t.lastStatus)).toEqual(['PENDING', 'PENDING']);
    expect((await service()).deployments![0]).toMatchObject({ rolloutState: 'IN_PROGRESS', pendingCount: 2 });
  });

  it('applies rules by family:revision, so other revisions roll out normally', async () => {
    aws.sim.control.ecs.setScenario({ outcomes: [{ outcome: 'stuck-pending', appliesTo: 'app:1' }] });
    await register('app:1');
    const td2 = await register('app:2');
    await aws.ecs.send(new CreateServiceCommand({ serviceName: 'app', taskDefinition: td2, desiredCount: 1 }));
    at(3_000);
    expect((await service()).deployments).toEqual([expect.objectContaining({ taskDefinition: td2, rolloutState: 'COMPLETED' })]);
  });
});

describe('task records', () => {
  it('ListTasks keeps stopped tasks for an hour', async () => {
    const { newId } = await deployBroken([{ outcome: 'fail-to-start', afterMs: 0, limit: 1 }], 1);
    at(5_000);
    const [stopped] = await tasks('STOPPED', newId);
    expect(stopped).toMatchObject({ lastStatus: 'STOPPED', stoppedAt: new Date(t0 + 5_000) });
    at(5_000 + 3_599_000);
    expect(await tasks('STOPPED', newId)).toHaveLength(1);
    at(5_000 + 3_600_000);
    expect(await tasks('STOPPED', newId)).toEqual([]);
    const out = await aws.ecs.send(new DescribeTasksCommand({ tasks: [stopped!.taskArn!] }));
    expect(out.failures).toEqual([{ arn: stopped!.taskArn, reason: 'MISSING' }]);
  });
});

describe('deployment controllers and the circuit breaker threshold', () => {
  it('reports the controller and strategy, and refuses ECS deployments on CODE_DEPLOY services', async () => {
    const td1 = await register('app:1');
    await aws.ecs.send(new CreateServiceCommand({
      serviceName: 'app', taskDefinition: td1, desiredCount: 1, deploymentController: { type: 'CODE_DEPLOY' },
      deploymentConfiguration: { strategy: 'BLUE_GREEN' },
    }));
    const s = await service();
    expect(s.deploymentController).toEqual({ type: 'CODE_DEPLOY' });
    expect(s.deploymentConfiguration?.strategy).toBe('BLUE_GREEN');
    expect(s.deployments![0]!.rolloutState).toBeUndefined();
    const error = await aws.ecs.send(new UpdateServiceCommand({ service: 'app', taskDefinition: td1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect((error as Error).message).toBe('Unable to update task definition on services with a CODE_DEPLOY deployment controller. Use AWS CodeDeploy to trigger a new deployment.');
    await aws.ecs.send(new CreateServiceCommand({ serviceName: 'plain', taskDefinition: td1 }));
    const plain = (await aws.ecs.send(new DescribeServicesCommand({ services: ['plain'] }))).services![0]!;
    expect(plain.deploymentController).toEqual({ type: 'ECS' });
  });

  it.each([[1, 3], [6, 3], [7, 4], [10, 5], [1000, 200]])('desired %i -> threshold %i (half, rounded up, within 3..200)', (desiredCount, threshold) => {
    const breaker = { enable: true, rollback: true };
    expect(circuitBreakerThreshold({ desiredCount, deploymentConfiguration: { deploymentCircuitBreaker: breaker } } as ServiceRecord)).toBe(threshold);
  });

  it('honours thresholdConfiguration COUNT and UNBOUNDED_PERCENT', () => {
    const of = (type: 'COUNT' | 'UNBOUNDED_PERCENT', value: number, desiredCount: number): number => circuitBreakerThreshold({
      desiredCount, deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: false, thresholdConfiguration: { type, value } } },
    } as ServiceRecord);
    expect([of('COUNT', 1, 10), of('UNBOUNDED_PERCENT', 50, 2), of('UNBOUNDED_PERCENT', 100, 500)]).toEqual([1, 1, 500]);
  });
});

describe('scenario over HTTP', () => {
  it('sets outcome rules for one service and rejects malformed ones', async () => {
    const remote = connectToSimulator(aws.sim.endpoint);
    await remote.serviceAction('ecs', 'scenario', { service: 'app', outcomes: [{ outcome: 'stuck-pending', appliesTo: 'all' }] });
    await aws.ecs.send(new CreateServiceCommand({ serviceName: 'app', taskDefinition: await register('app:1'), desiredCount: 1 }));
    at(60_000);
    expect((await service()).deployments![0]).toMatchObject({ pendingCount: 1, rolloutState: 'IN_PROGRESS' });
    await expect(remote.serviceAction('ecs', 'scenario', { outcomes: [{ outcome: 'explode' }] })).rejects.toThrow(/\(400\).*outcome must be one of/);
    await expect(remote.serviceAction('ecs', 'scenario', { outcomes: [{ outcome: 'crash', afterMs: -1 }] })).rejects.toThrow(/afterMs must be/);
  });
});
