import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  ClientException, ConflictException, CreateClusterCommand, CreateServiceCommand, DescribeServicesCommand, DescribeTasksCommand,
  ECSClient, InvalidParameterException, ListTasksCommand, RegisterTaskDefinitionCommand, RunTaskCommand, UpdateServiceCommand,
  type RunTaskCommandInput,
} from '@aws-sdk/client-ecs';
import { withSimulator } from './sdk-env.js';

// RunTask's request handling: idempotency under retries, parameter errors, ECS Exec agents, ListTasks filters.

const aws = withSimulator({
  clients: {
    ecs: () => new ECSClient({}),
    // Gives up on an attempt after 300 ms (real) and retries it with the same clientToken.
    impatientEcs: () => new ECSClient({ requestHandler: { requestTimeout: 300, throwOnRequestTimeout: true } }),
  },
});

beforeEach(async () => {
  aws.sim.control.reset();
  aws.sim.control.ecs.setScenario({ timings: { provisioningMs: 1_000, pendingMs: 2_000, stoppingMs: 2_000 } });
  await aws.ecs.send(new RegisterTaskDefinitionCommand({ family: 'migrate', containerDefinitions: [{ name: 'app', image: 'app:7', memory: 256 }] }));
  await aws.ecs.send(new RegisterTaskDefinitionCommand({
    family: 'migrate-vpc', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256', memory: '512',
    containerDefinitions: [{ name: 'app', image: 'app:7' }],
  }));
});

const runInput: RunTaskCommandInput = { taskDefinition: 'migrate', startedBy: 'db-migrate', clientToken: 'deploy-42' };
const listRunTasks = async (desiredStatus?: 'RUNNING' | 'STOPPED'): Promise<string[]> =>
  (await aws.ecs.send(new ListTasksCommand({ startedBy: 'db-migrate', desiredStatus }))).taskArns ?? [];

async function errorOf(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(() => undefined, (e: unknown) => e);
  if (!(outcome instanceof Error)) throw new Error('expected the call to fail');
  return outcome;
}

describe('clientToken', () => {
  it('answers a repeated token with the same task as it is now, and launches nothing more', async () => {
    const first = await aws.ecs.send(new RunTaskCommand(runInput));
    aws.sim.control.clock.advance(3_000);
    const again = await aws.ecs.send(new RunTaskCommand({ ...runInput }));
    expect(again.tasks!.map((t) => [t.taskArn, t.lastStatus])).toEqual([[first.tasks![0]!.taskArn, 'RUNNING']]);
    expect(await listRunTasks()).toEqual([first.tasks![0]!.taskArn]);
  });

  it('refuses the token with other parameters, and scopes it to the cluster', async () => {
    await aws.ecs.send(new RunTaskCommand(runInput));
    const conflict = await errorOf(aws.ecs.send(new RunTaskCommand({ ...runInput, startedBy: 'someone-else' })));
    expect(conflict).toBeInstanceOf(ConflictException);
    await aws.ecs.send(new CreateClusterCommand({ clusterName: 'other' }));
    const elsewhere = await aws.ecs.send(new RunTaskCommand({ ...runInput, cluster: 'other' }));
    expect(elsewhere.tasks![0]!.clusterArn).toBe('arn:aws:ecs:us-east-1:123456789012:cluster/other');
    expect(await listRunTasks()).toHaveLength(1);
  });

  it('launches one task when the SDK retries a throttled RunTask', async () => {
    aws.sim.control.faults.add({ kind: 'throttle', service: 'ecs', operation: 'RunTask', count: 1 });
    const out = await aws.ecs.send(new RunTaskCommand({ taskDefinition: 'migrate', startedBy: 'db-migrate' }));
    const calls = aws.sim.control.calls({ operation: 'RunTask' });
    expect(calls.map((c) => [c.status, c.errorType])).toEqual([[400, 'ThrottlingException'], [200, undefined]]);
    // The SDK generated the token and sent the same one again.
    const tokens = calls.map((c) => (c.input as { clientToken?: string }).clientToken);
    expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(tokens[1]).toBe(tokens[0]);
    expect(await listRunTasks()).toEqual([out.tasks![0]!.taskArn]);
  });

  it('launches one task when an attempt the client gave up on still runs on the server', async () => {
    // The fault layer acts before the handler runs, so it cannot fail a response after the task was created.
    // A slow first attempt does the same job: the client times out and retries, and the abandoned attempt
    // is still executed by the server later, with the same token.
    aws.sim.control.faults.add({ kind: 'slow', service: 'ecs', operation: 'RunTask', count: 1, delayMs: 1_000 });
    const out = await aws.impatientEcs.send(new RunTaskCommand({ taskDefinition: 'migrate', startedBy: 'db-migrate' }));
    const deadline = Date.now() + 5_000;
    while (aws.sim.control.calls({ operation: 'RunTask' }).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const calls = aws.sim.control.calls({ operation: 'RunTask' });
    expect(calls.map((c) => c.status)).toEqual([200, 200]);
    expect(new Set(calls.map((c) => (c.input as { clientToken?: string }).clientToken)).size).toBe(1);
    expect(await listRunTasks()).toEqual([out.tasks![0]!.taskArn]);
  });

  it('launches one task when the connection is reset before the server handled the request', async () => {
    aws.sim.control.faults.add({ kind: 'reset', service: 'ecs', operation: 'RunTask', count: 1 });
    await aws.ecs.send(new RunTaskCommand({ taskDefinition: 'migrate', startedBy: 'db-migrate' }));
    expect(aws.sim.control.calls({ operation: 'RunTask' }).map((c) => c.status)).toEqual([0, 200]);
    expect(await listRunTasks()).toHaveLength(1);
  });
});

describe('parameter errors', () => {
  const cases: Array<[string, RunTaskCommandInput, typeof InvalidParameterException | typeof ClientException, string]> = [
    ['awsvpc without networkConfiguration', { taskDefinition: 'migrate-vpc', launchType: 'FARGATE' },
      InvalidParameterException, "Network Configuration must be provided when networkMode 'awsvpc' is specified."],
    ['networkConfiguration for a bridge task definition', { taskDefinition: 'migrate', networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } } },
      InvalidParameterException, 'Network Configuration is not valid for the given networkMode of this task definition.'],
    ['FARGATE for an EC2-only task definition', { taskDefinition: 'migrate', launchType: 'FARGATE' },
      ClientException, 'Task definition does not support launch_type FARGATE.'],
    ['launchType and capacityProviderStrategy', { taskDefinition: 'migrate', launchType: 'EC2', capacityProviderStrategy: [{ capacityProvider: 'FARGATE' }] },
      InvalidParameterException, 'Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.'],
    ['an override for an unknown container', { taskDefinition: 'migrate', overrides: { containerOverrides: [{ name: 'django', command: ['migrate'] }] } },
      InvalidParameterException, 'Override for container named django is not a container in the TaskDefinition.'],
    ['an unknown task definition', { taskDefinition: 'nope' }, ClientException, 'TaskDefinition not found.'],
  ];
  it.each(cases)('refuses %s', async (_name, input, type, message) => {
    const error = await errorOf(aws.ecs.send(new RunTaskCommand(input)));
    expect([error, error.message]).toEqual([expect.any(type), message]);
    expect(await listRunTasks()).toEqual([]);
  });

  it('refuses a count above 10 and launches up to 10 at once', async () => {
    expect(await errorOf(aws.ecs.send(new RunTaskCommand({ taskDefinition: 'migrate', count: 11 })))).toBeInstanceOf(InvalidParameterException);
    const out = await aws.ecs.send(new RunTaskCommand({ taskDefinition: 'migrate', count: 10, startedBy: 'db-migrate' }));
    expect(new Set(out.tasks!.map((t) => t.taskArn)).size).toBe(10);
  });

  it('runs Fargate capacity provider tasks as FARGATE', async () => {
    const out = await aws.ecs.send(new RunTaskCommand({
      taskDefinition: 'migrate-vpc', capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'], assignPublicIp: 'ENABLED' } },
    }));
    expect(out.tasks![0]).toMatchObject({ launchType: 'FARGATE', capacityProviderName: 'FARGATE_SPOT', platformVersion: '1.4.0' });
  });
});

describe('ECS Exec agents', () => {
  it('reports the ExecuteCommandAgent PENDING, then RUNNING with the task, for RunTask enableExecuteCommand', async () => {
    aws.sim.control.ecs.setRunTaskScript([{ outcome: 'never-exits' }]);
    const started = (await aws.ecs.send(new RunTaskCommand({ taskDefinition: 'migrate', enableExecuteCommand: true }))).tasks![0]!;
    expect(started.enableExecuteCommand).toBe(true);
    expect(started.containers![0]!.managedAgents).toEqual([{ name: 'ExecuteCommandAgent', lastStatus: 'PENDING' }]);
    aws.sim.control.clock.advance(3_000);
    const { tasks = [] } = await aws.ecs.send(new DescribeTasksCommand({ tasks: [started.taskArn!] }));
    expect(tasks[0]!.containers![0]!.managedAgents).toEqual([{ name: 'ExecuteCommandAgent', lastStatus: 'RUNNING', lastStartedAt: tasks[0]!.startedAt }]);
  });

  it('stores a service setting, shows it and gives it to the tasks the service launches next', async () => {
    await aws.ecs.send(new CreateServiceCommand({ serviceName: 'api', taskDefinition: 'migrate', desiredCount: 1, enableExecuteCommand: true }));
    aws.sim.control.clock.advance(3_000);
    const [arn] = (await aws.ecs.send(new ListTasksCommand({ serviceName: 'api' }))).taskArns!;
    const [task] = (await aws.ecs.send(new DescribeTasksCommand({ tasks: [arn!] }))).tasks!;
    expect([task!.enableExecuteCommand, task!.containers![0]!.managedAgents![0]!.lastStatus]).toEqual([true, 'RUNNING']);
    await aws.ecs.send(new UpdateServiceCommand({ service: 'api', enableExecuteCommand: false }));
    const [service] = (await aws.ecs.send(new DescribeServicesCommand({ services: ['api'] }))).services!;
    expect(service!.enableExecuteCommand).toBe(false);
  });
});

describe('ListTasks for one-off tasks', () => {
  it('filters by startedBy, family and desiredStatus, and refuses startedBy with family as ECS does', async () => {
    aws.sim.control.ecs.setRunTaskScript([{ outcome: 'exit', runMs: 1_000, limit: 1 }, { outcome: 'never-exits' }]);
    const done = (await aws.ecs.send(new RunTaskCommand({ taskDefinition: 'migrate', startedBy: 'db-migrate' }))).tasks![0]!;
    const live = (await aws.ecs.send(new RunTaskCommand({ taskDefinition: 'migrate', startedBy: 'db-migrate' }))).tasks![0]!;
    await aws.ecs.send(new RunTaskCommand({ taskDefinition: 'migrate', startedBy: 'other' }));
    aws.sim.control.clock.advance(4_000);
    expect(await listRunTasks('RUNNING')).toEqual([live.taskArn]);
    expect(await listRunTasks('STOPPED')).toEqual([done.taskArn]);
    expect((await aws.ecs.send(new ListTasksCommand({ family: 'migrate' }))).taskArns).toHaveLength(2);
    const refused = await errorOf(aws.ecs.send(new ListTasksCommand({ startedBy: 'db-migrate', family: 'migrate' })));
    expect([refused.name, refused.message]).toEqual(['InvalidParameterException', 'cannot specify startedBy with other arguments']);
  });
});

describe('run-task script over HTTP', () => {
  it('sets rules through POST /__sim/ecs/run-task-script and answers 400 for a bad rule', async () => {
    const post = (body: unknown) => fetch(`${aws.sim.endpoint}/__sim/ecs/run-task-script`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(5_000),
    });
    expect((await post({ rules: [{ outcome: 'explode' }] })).status).toBe(400);
    expect((await post({ rules: [{ outcome: 'exit', exitCode: 4, runMs: 0 }] })).status).toBe(200);
    const started = (await aws.ecs.send(new RunTaskCommand({ taskDefinition: 'migrate' }))).tasks![0]!;
    aws.sim.control.clock.advance(3_000);
    const [task] = (await aws.ecs.send(new DescribeTasksCommand({ tasks: [started.taskArn!] }))).tasks!;
    expect(task!.containers![0]!.exitCode).toBe(4);
  });
});
