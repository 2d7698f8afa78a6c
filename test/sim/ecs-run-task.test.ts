import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  DescribeTasksCommand, ECSClient, RegisterTaskDefinitionCommand, RunTaskCommand, StopTaskCommand, type RunTaskCommandInput, type Task,
} from '@aws-sdk/client-ecs';
import { withSimulator } from './sdk-env.js';

// One-off tasks (db-migrate): scripted outcomes, their transitions in sim time and their awslogs output.

const aws = withSimulator({ clients: { ecs: () => new ECSClient({}), logs: () => new CloudWatchLogsClient({}) } });

const LOG_GROUP = '/ecs/migrate';
const awslogs = { logDriver: 'awslogs' as const, options: { 'awslogs-group': LOG_GROUP, 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' } };
let t0: number;

beforeEach(async () => {
  aws.sim.control.reset();
  aws.sim.control.ecs.setScenario({ timings: { provisioningMs: 1_000, pendingMs: 2_000, stoppingMs: 2_000 } });
  await aws.ecs.send(new RegisterTaskDefinitionCommand({
    family: 'migrate',
    containerDefinitions: [
      { name: 'app', image: 'app:7', memory: 256, command: ['npm', 'start'], logConfiguration: awslogs },
      { name: 'log-router', image: 'fluent-bit:2', memory: 64, essential: false },
    ],
  }));
  await aws.ecs.send(new RegisterTaskDefinitionCommand({
    family: 'migrate-vpc', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256', memory: '512',
    containerDefinitions: [{ name: 'app', image: 'app:7', logConfiguration: awslogs }],
  }));
  t0 = aws.sim.control.clock.now();
});

const migrateCommand: RunTaskCommandInput = {
  taskDefinition: 'migrate', startedBy: 'db-migrate',
  overrides: { containerOverrides: [{ name: 'app', command: ['npm', 'run', 'db:migrate'], environment: [{ name: 'STEP', value: '1' }] }] },
};

async function run(input: RunTaskCommandInput = migrateCommand): Promise<Task> {
  const out = await aws.ecs.send(new RunTaskCommand(input));
  expect(out.failures).toEqual([]);
  expect(out.tasks).toHaveLength(1);
  return out.tasks![0]!;
}

/** The task as DescribeTasks reports it at sim time t0 + `ms`. */
async function describeAt(ms: number, taskArn: string): Promise<Task> {
  aws.sim.control.clock.advance(t0 + ms - aws.sim.control.clock.now());
  const { tasks = [] } = await aws.ecs.send(new DescribeTasksCommand({ tasks: [taskArn] }));
  return tasks[0]!;
}

const container = (task: Task, name: string) => task.containers!.find((c) => c.name === name)!;
const streamOf = (task: Task) => `ecs/app/${task.taskArn!.split('/').pop()!}`;

describe('scripted exits', () => {
  it('runs PROVISIONING -> PENDING -> RUNNING -> STOPPING -> STOPPED and exits 0 with its log lines written first', async () => {
    aws.sim.control.ecs.setRunTaskScript([{ match: 'db:migrate', outcome: 'exit', exitCode: 0, runMs: 4_000, logLines: ['a', 'b', 'c', 'd'] }]);
    const started = await run();
    expect(started).toMatchObject({
      lastStatus: 'PROVISIONING', desiredStatus: 'RUNNING', group: 'family:migrate', startedBy: 'db-migrate', launchType: 'EC2',
      enableExecuteCommand: false,
    });
    expect(started.overrides!.containerOverrides).toEqual([
      { name: 'app', command: ['npm', 'run', 'db:migrate'], environment: [{ name: 'STEP', value: '1' }] }, { name: 'log-router' },
    ]);
    expect((await describeAt(1_000, started.taskArn!)).lastStatus).toBe('PENDING');
    const running = await describeAt(3_000, started.taskArn!);
    expect([running.lastStatus, running.startedAt, container(running, 'app').lastStatus]).toEqual(['RUNNING', new Date(t0 + 3_000), 'RUNNING']);
    expect(container(running, 'app').managedAgents).toBeUndefined();

    const stopping = await describeAt(7_000, started.taskArn!);
    expect(stopping).toMatchObject({
      lastStatus: 'STOPPING', desiredStatus: 'STOPPED', stopCode: 'EssentialContainerExited',
      stoppedReason: 'Essential container in task exited', executionStoppedAt: new Date(t0 + 7_000),
    });
    expect(container(stopping, 'app')).toMatchObject({ lastStatus: 'STOPPED', exitCode: 0 });
    expect(container(stopping, 'log-router').exitCode).toBeUndefined();

    const stopped = await describeAt(9_000, started.taskArn!);
    expect([stopped.lastStatus, stopped.stoppedAt]).toEqual(['STOPPED', new Date(t0 + 9_000)]);
    expect(stopped.containers!.map((c) => [c.name, c.lastStatus, c.exitCode])).toEqual([['app', 'STOPPED', 0], ['log-router', 'STOPPED', 0]]);
    const { events = [] } = await aws.logs.send(new GetLogEventsCommand({ logGroupName: LOG_GROUP, logStreamName: streamOf(started), startFromHead: true }));
    expect(events.map((e) => [e.message, e.timestamp! - t0])).toEqual([['a', 3_000], ['b', 4_000], ['c', 5_000], ['d', 6_000]]);
  });

  it('exits 3 on Fargate, going through DEPROVISIONING with its ENI', async () => {
    aws.sim.control.ecs.setRunTaskScript([{ family: 'migrate-vpc', outcome: 'exit', exitCode: 3, runMs: 1_000 }]);
    const started = await run({
      taskDefinition: 'migrate-vpc', launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } },
    });
    expect([started.platformVersion, started.attachments![0]!.type, started.attachments![0]!.status]).toEqual(['1.4.0', 'ElasticNetworkInterface', 'PRECREATED']);
    const running = await describeAt(3_000, started.taskArn!);
    const details = Object.fromEntries(running.attachments![0]!.details!.map((d) => [d.name, d.value]));
    expect(details.subnetId).toBe('subnet-1');
    expect(container(running, 'app').networkInterfaces).toEqual([{ attachmentId: running.attachments![0]!.id, privateIpv4Address: details.privateIPv4Address }]);
    expect((await describeAt(4_000, started.taskArn!)).lastStatus).toBe('STOPPING');
    const deprovisioning = await describeAt(5_000, started.taskArn!);
    expect([deprovisioning.lastStatus, container(deprovisioning, 'app').exitCode]).toEqual(['DEPROVISIONING', 3]);
    expect((await describeAt(6_000, started.taskArn!)).lastStatus).toBe('STOPPED');
  });

  it('exits 0 after 5 s when no rule matches, and honours family, match and limit', async () => {
    aws.sim.control.ecs.setRunTaskScript([
      { family: 'other', outcome: 'exit', exitCode: 9 },
      { match: 'run db:migrate', outcome: 'exit', exitCode: 3, runMs: 1_000, limit: 1 },
    ]);
    const first = await run();
    const second = await run();
    const plain = await run({ taskDefinition: 'migrate' });
    expect(container(await describeAt(6_000, first.taskArn!), 'app').exitCode).toBe(3);
    const secondNow = await describeAt(7_999, second.taskArn!);
    expect([secondNow.lastStatus, container(secondNow, 'app').exitCode]).toEqual(['RUNNING', undefined]);
    expect(container(await describeAt(8_000, second.taskArn!), 'app').exitCode).toBe(0);
    expect(container(await describeAt(10_000, plain.taskArn!), 'app').exitCode).toBe(0);
  });

  it('gives sidecars their scripted exit codes when the essential container exits', async () => {
    aws.sim.control.ecs.setRunTaskScript([{ outcome: 'exit', exitCode: 0, runMs: 1_000, containerExitCodes: { 'log-router': 137 } }]);
    const started = await run();
    const stopped = await describeAt(6_000, started.taskArn!);
    expect(stopped.containers!.map((c) => [c.name, c.exitCode])).toEqual([['app', 0], ['log-router', 137]]);
  });
});

describe('fail-to-start and never-exits', () => {
  it('goes PENDING -> STOPPED as TaskFailedToStart, with no exit code and the pull error as reason', async () => {
    aws.sim.control.ecs.setRunTaskScript([{ outcome: 'fail-to-start' }]);
    const started = await run();
    const failing = await describeAt(3_000, started.taskArn!);
    expect(failing).toMatchObject({ lastStatus: 'PENDING', desiredStatus: 'STOPPED', stopCode: 'TaskFailedToStart' });
    const stopped = await describeAt(5_000, started.taskArn!);
    const reason = 'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref docker.io/library/app:7: docker.io/library/app:7: not found';
    expect(stopped).toMatchObject({ lastStatus: 'STOPPED', stoppedReason: reason, executionStoppedAt: new Date(t0 + 3_000) });
    expect(stopped.startedAt).toBeUndefined();
    expect(container(stopped, 'app')).toMatchObject({ lastStatus: 'STOPPED', reason });
    expect(stopped.containers!.map((c) => c.exitCode)).toEqual([undefined, undefined]);
  });

  it('uses a scripted reason', async () => {
    aws.sim.control.ecs.setRunTaskScript([{ outcome: 'fail-to-start', reason: 'ResourceInitializationError: unable to pull secrets' }]);
    const stopped = await describeAt(5_000, (await run()).taskArn!);
    expect([stopped.stoppedReason, container(stopped, 'app').reason]).toEqual(Array(2).fill('ResourceInitializationError: unable to pull secrets'));
  });

  it('keeps running until StopTask, then stops as UserInitiated with exit code 143', async () => {
    aws.sim.control.ecs.setRunTaskScript([{ outcome: 'never-exits', containerExitCodes: { 'log-router': 0 } }]);
    const started = await run();
    expect((await describeAt(3_600_000, started.taskArn!)).lastStatus).toBe('RUNNING');
    const { task } = await aws.ecs.send(new StopTaskCommand({ task: started.taskArn!, reason: 'workflow cancelled' }));
    expect(task).toMatchObject({ lastStatus: 'STOPPING', desiredStatus: 'STOPPED', stopCode: 'UserInitiated', stoppedReason: 'workflow cancelled' });
    const stopped = await describeAt(3_602_000, started.taskArn!);
    expect(stopped.lastStatus).toBe('STOPPED');
    expect(stopped.containers!.map((c) => [c.name, c.exitCode])).toEqual([['app', 143], ['log-router', 0]]);
    expect(aws.sim.control.calls({ operation: 'StopTask' }).map((c) => c.input)).toEqual([{ task: started.taskArn, reason: 'workflow cancelled' }]);
    expect(aws.sim.control.calls({ operation: 'RunTask' })).toHaveLength(1);
  });
});

describe('container logs in CloudWatch Logs', () => {
  it('writes 5,000 generated lines in sim time, readable in order by paging GetLogEvents without calling ECS', async () => {
    aws.sim.control.ecs.setRunTaskScript([{ outcome: 'exit', runMs: 10_000, generateLogLines: { count: 5_000, prefix: 'row' } }]);
    const started = await run();
    const ecsCalls = aws.sim.control.calls({ service: 'ecs' }).length;
    const read = async (): Promise<string[]> => {
      const messages: string[] = [];
      let token: string | undefined;
      for (let page = 0; page < 20; page++) {
        const out = await aws.logs.send(new GetLogEventsCommand({
          logGroupName: LOG_GROUP, logStreamName: streamOf(started), startFromHead: true, limit: 1_000, nextToken: token,
        }));
        messages.push(...out.events!.map((e) => e.message!));
        if (out.nextForwardToken === token) return messages;
        token = out.nextForwardToken;
      }
      throw new Error('GetLogEvents did not reach the end of the stream in 20 pages');
    };
    aws.sim.control.clock.advance(3_000 + 5_000);
    // Line i is at startedAt + floor(i × 10000 / 5000) ms: lines 0..2500 are due 5 s into the run.
    expect(await read()).toHaveLength(2_501);
    expect(aws.sim.control.calls({ service: 'ecs' })).toHaveLength(ecsCalls);
    expect((await describeAt(15_000, started.taskArn!)).lastStatus).toBe('STOPPED');
    const all = await read();
    expect(all).toEqual(Array.from({ length: 5_000 }, (_, i) => `row ${i + 1}`));
  });
});
