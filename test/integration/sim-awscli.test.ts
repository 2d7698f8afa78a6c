import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startSimulator, type Simulator } from '../sim/index.js';
import { runAwsCli } from '../support/awscli.js';

// The real awscli v2 against the simulator. Its services-stable waiter polls every 15 s, so each waiter
// test is built to finish on the first poll, or on the second with the sim clock moved in between.

// Each awscli run starts a Python interpreter (~0.5 s); the default 5 s per test is too tight for CI.
jest.setTimeout(30_000);

let sim: Simulator;
let workDir: string;

const aws = (...args: string[]) => runAwsCli(args, sim.env(), { timeoutMs: 60_000 });

async function seedService(name: string, desiredCount: number): Promise<void> {
  const td = join(workDir, `${name}-td.json`);
  await writeFile(td, JSON.stringify({ family: name, containerDefinitions: [{ name: 'web', image: `${name}:1`, memory: 128 }] }));
  expect((await aws('ecs', 'register-task-definition', '--cli-input-json', `file://${td}`)).code).toBe(0);
  const created = await aws('ecs', 'create-service', '--service-name', name, '--task-definition', name, '--desired-count', String(desiredCount));
  expect(created.code).toBe(0);
}

beforeAll(async () => {
  sim = await startSimulator({ clockSpeed: 0, startTime: Date.UTC(2025, 5, 1, 12) });
  workDir = await mkdtemp(join(tmpdir(), 'sim-awscli-'));
});

afterAll(async () => {
  await sim.stop();
  await rm(workDir, { recursive: true, force: true });
});

beforeEach(() => {
  sim.control.reset();
  sim.control.ecs.setScenario({ timings: { provisioningMs: 5_000, pendingMs: 10_000, stoppingMs: 5_000 } });
});

describe('awscli v2 against the simulator', () => {
  it('ecs describe-services prints services and MISSING failures', async () => {
    await seedService('api', 1);
    const out = await aws('ecs', 'describe-services', '--services', 'api', 'ghost');
    expect(out.code).toBe(0);
    const parsed = JSON.parse(out.stdout) as { services: Array<Record<string, unknown>>; failures: unknown[] };
    expect(parsed.services[0]).toMatchObject({ serviceName: 'api', status: 'ACTIVE', desiredCount: 1, pendingCount: 1 });
    // botocore parsed the epoch-seconds timestamp and printed it back as ISO 8601.
    expect(parsed.services[0]!.createdAt).toMatch(/^2025-06-01T12:00:00(\.0+)?\+00:00$/);
    expect(parsed.failures).toEqual([{ arn: 'arn:aws:ecs:us-east-1:123456789012:service/default/ghost', reason: 'MISSING' }]);
    const [call] = sim.control.calls({ operation: 'DescribeServices' });
    expect(call).toMatchObject({ service: 'ecs', status: 200, region: 'us-east-1', accessKeyId: sim.env().AWS_ACCESS_KEY_ID });
  });

  it('ecs register-task-definition --cli-input-json registers and prints the task definition', async () => {
    const file = join(workDir, 'fargate.json');
    await writeFile(file, JSON.stringify({
      family: 'checkout', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '512', memory: '1024',
      containerDefinitions: [{ name: 'app', image: 'checkout:7', portMappings: [{ containerPort: 3000 }] }],
    }));
    const out = await aws('ecs', 'register-task-definition', '--cli-input-json', `file://${file}`);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const { taskDefinition } = JSON.parse(out.stdout) as { taskDefinition: Record<string, unknown> };
    expect(taskDefinition).toMatchObject({
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/checkout:1', revision: 1, status: 'ACTIVE',
      compatibilities: ['EC2', 'FARGATE'],
    });
  });

  it('ecs register-task-definition prints the service validation error and exits 254', async () => {
    const file = join(workDir, 'bad.json');
    await writeFile(file, JSON.stringify({
      family: 'checkout', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256', memory: '4096',
      containerDefinitions: [{ name: 'app', image: 'checkout:7' }],
    }));
    const out = await aws('ecs', 'register-task-definition', '--cli-input-json', `file://${file}`);
    expect(out.code).toBe(254);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim()).toBe(
      'An error occurred (ClientException) when calling the RegisterTaskDefinition operation: '
      + 'No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS documentation for the valid values.',
    );
  });

  it('ecs wait services-stable succeeds on the first poll for a steady service', async () => {
    await seedService('steady', 2);
    sim.control.clock.advance(20_000);
    const out = await aws('ecs', 'wait', 'services-stable', '--services', 'steady');
    expect(out).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(sim.control.calls({ operation: 'DescribeServices' })).toHaveLength(1);
  });

  it('ecs wait services-stable keeps polling while a rollout is in progress', async () => {
    await seedService('rolling', 1);
    sim.control.clock.advance(20_000);
    await aws('ecs', 'update-service', '--service', 'rolling', '--force-new-deployment');
    const before = sim.control.calls({ operation: 'DescribeServices' }).length;
    const waiting = aws('ecs', 'wait', 'services-stable', '--services', 'rolling');
    // Once the first poll has seen two deployments, let the rollout finish in sim time.
    for (let i = 0; sim.control.calls({ operation: 'DescribeServices' }).length === before; i++) {
      if (i > 200) throw new Error('the waiter never polled');
      await sleep(100);
    }
    sim.control.clock.advance(60_000);
    const out = await waiting;
    expect(out.code).toBe(0);
    expect(sim.control.calls({ operation: 'DescribeServices' })).toHaveLength(before + 2);
  }, 45_000);

  it('ecs wait services-stable fails at once for a MISSING service', async () => {
    const out = await aws('ecs', 'wait', 'services-stable', '--services', 'ghost');
    expect(out.code).toBe(255);
    expect(out.stderr).toContain('Waiter ServicesStable failed: Waiter encountered a terminal failure state');
    expect(out.stderr).toContain('MISSING');
    expect(sim.control.calls({ operation: 'DescribeServices' })).toHaveLength(1);
  });

  it('ecs run-task starts a scripted one-off task and describe-tasks reports its exit', async () => {
    await seedService('migrate', 0);
    sim.control.ecs.setRunTaskScript([{ match: 'db:migrate', outcome: 'exit', exitCode: 3, runMs: 2_000 }]);
    const overrides = JSON.stringify({ containerOverrides: [{ name: 'web', command: ['npm', 'run', 'db:migrate'] }] });
    const started = await aws('ecs', 'run-task', '--task-definition', 'migrate', '--started-by', 'db-migrate', '--overrides', overrides);
    expect(started.code).toBe(0);
    const [task] = (JSON.parse(started.stdout) as { tasks: Array<{ taskArn: string; lastStatus: string; group: string }> }).tasks;
    expect(task).toMatchObject({ lastStatus: 'PROVISIONING', group: 'family:migrate' });
    // Debian's awscli 2.9.19 predates RunTask's clientToken (2023-11), so it sends none.
    expect(sim.control.calls({ operation: 'RunTask' }).map((c) => c.status)).toEqual([200]);

    sim.control.clock.advance(5_000 + 10_000 + 2_000 + 5_000);
    const described = await aws('ecs', 'describe-tasks', '--tasks', task!.taskArn);
    expect(described.code).toBe(0);
    const [stopped] = (JSON.parse(described.stdout) as { tasks: Array<Record<string, unknown> & { containers: Array<Record<string, unknown>> }> }).tasks;
    expect(stopped).toMatchObject({ lastStatus: 'STOPPED', stopCode: 'EssentialContainerExited', startedBy: 'db-migrate' });
    expect(stopped!.containers[0]).toMatchObject({ name: 'web', exitCode: 3, lastStatus: 'STOPPED' });
  });
});

describe('awscli v2 sets up blue/green and scheduled-task resources', () => {
  const json = (out: { code: number; stdout: string; stderr: string }): Record<string, unknown> => {
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    return out.stdout.trim() === '' ? {} : (JSON.parse(out.stdout) as Record<string, unknown>);
  };

  it('deploy: application, ECS deployment group, deployment to Succeeded, and the target\'s lifecycle events', async () => {
    const td1 = join(workDir, 'web-td.json');
    await writeFile(td1, JSON.stringify({ family: 'web', containerDefinitions: [{ name: 'web', image: 'web:1', memory: 128, portMappings: [{ containerPort: 80 }] }] }));
    json(await aws('ecs', 'register-task-definition', '--cli-input-json', `file://${td1}`));
    const tg = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup';
    json(await aws('ecs', 'create-service', '--service-name', 'web', '--task-definition', 'web', '--desired-count', '1',
      '--deployment-controller', 'type=CODE_DEPLOY', '--load-balancers', `targetGroupArn=${tg}/blue/1,containerName=web,containerPort=80`));
    const app = json(await aws('deploy', 'create-application', '--application-name', 'AppECS-default-web', '--compute-platform', 'ECS'));
    expect(app.applicationId).toEqual(expect.any(String));
    const group = join(workDir, 'group.json');
    await writeFile(group, JSON.stringify({
      applicationName: 'AppECS-default-web', deploymentGroupName: 'DgpECS-default-web', serviceRoleArn: 'arn:aws:iam::123456789012:role/cd',
      deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
      ecsServices: [{ clusterName: 'default', serviceName: 'web' }],
      blueGreenDeploymentConfiguration: {
        deploymentReadyOption: { actionOnTimeout: 'CONTINUE_DEPLOYMENT', waitTimeInMinutes: 0 },
        terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 5 },
      },
      loadBalancerInfo: { targetGroupPairInfoList: [{ targetGroups: [{ name: 'blue' }, { name: 'green' }], prodTrafficRoute: { listenerArns: ['arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/1'] } }] },
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
    }));
    json(await aws('deploy', 'create-deployment-group', '--cli-input-json', `file://${group}`));
    const info = json(await aws('deploy', 'get-deployment-group', '--application-name', 'AppECS-default-web', '--deployment-group-name', 'DgpECS-default-web'));
    expect(info.deploymentGroupInfo).toMatchObject({ computePlatform: 'ECS', ecsServices: [{ clusterName: 'default', serviceName: 'web' }] });
    sim.control.clock.advance(20_000);

    const td2 = join(workDir, 'web-td2.json');
    await writeFile(td2, JSON.stringify({ family: 'web', containerDefinitions: [{ name: 'web', image: 'web:2', memory: 128, portMappings: [{ containerPort: 80 }] }] }));
    json(await aws('ecs', 'register-task-definition', '--cli-input-json', `file://${td2}`));
    const appSpec = JSON.stringify({ version: 0.0, Resources: [{ TargetService: { Type: 'AWS::ECS::Service', Properties: {
      TaskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:2', LoadBalancerInfo: { ContainerName: 'web', ContainerPort: 80 } } } }] });
    const revision = JSON.stringify({ revisionType: 'AppSpecContent', appSpecContent: { content: appSpec } });
    const created = json(await aws('deploy', 'create-deployment', '--application-name', 'AppECS-default-web', '--deployment-group-name', 'DgpECS-default-web', '--revision', revision));
    const id = String(created.deploymentId);
    sim.control.clock.advance(10 * 60_000);
    const done = json(await aws('deploy', 'get-deployment', '--deployment-id', id));
    expect(done.deploymentInfo).toMatchObject({ status: 'Succeeded', computePlatform: 'ECS' });
    expect(json(await aws('deploy', 'list-deployment-targets', '--deployment-id', id))).toEqual({ targetIds: ['default:web'] });
    const target = json(await aws('deploy', 'get-deployment-target', '--deployment-id', id, '--target-id', 'default:web'));
    const events = (target.deploymentTarget as { ecsTarget: { lifecycleEvents: Array<{ lifecycleEventName: string; status: string }> } }).ecsTarget.lifecycleEvents;
    expect(events.map((e) => e.lifecycleEventName)).toEqual([
      'BeforeInstall', 'Install', 'AfterInstall', 'AllowTestTraffic', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AllowTraffic', 'AfterAllowTraffic',
    ]);
    expect(events.every((e) => e.status === 'Succeeded')).toBe(true);
    const refused = await aws('ecs', 'update-service', '--service', 'web', '--task-definition', 'web:1');
    expect(refused.code).toBe(254);
    expect(refused.stderr).toContain('Unable to update task definition on services with a CODE_DEPLOY deployment controller.');
    // A second deployment stopped with rollback on.
    const again = json(await aws('deploy', 'create-deployment', '--application-name', 'AppECS-default-web', '--deployment-group-name', 'DgpECS-default-web', '--revision', revision));
    const stop = json(await aws('deploy', 'stop-deployment', '--deployment-id', String(again.deploymentId), '--auto-rollback-enabled'));
    expect(stop.status).toBe('Pending');
    sim.control.clock.advance(60_000);
    const stopped = json(await aws('deploy', 'get-deployment', '--deployment-id', String(again.deploymentId)));
    expect(stopped.deploymentInfo).toMatchObject({ status: 'Stopped', errorInformation: { code: 'MANUAL_STOP' } });
  }, 300_000);

  it('events: a scheduled rule with an ECS target, listed and removed', async () => {
    const rule = json(await aws('events', 'put-rule', '--name', 'nightly', '--schedule-expression', 'cron(0 3 * * ? *)'));
    expect(rule.RuleArn).toBe('arn:aws:events:us-east-1:123456789012:rule/nightly');
    expect(json(await aws('events', 'describe-rule', '--name', 'nightly'))).toMatchObject({ Name: 'nightly', State: 'ENABLED' });
    const targets = JSON.stringify([{
      Id: 'job', Arn: 'arn:aws:ecs:us-east-1:123456789012:cluster/default', RoleArn: 'arn:aws:iam::123456789012:role/events',
      EcsParameters: { TaskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/job:1', TaskCount: 1, LaunchType: 'FARGATE',
        NetworkConfiguration: { awsvpcConfiguration: { Subnets: ['subnet-1'], AssignPublicIp: 'DISABLED' } } },
    }]);
    expect(json(await aws('events', 'put-targets', '--rule', 'nightly', '--targets', targets))).toMatchObject({ FailedEntryCount: 0 });
    const listed = json(await aws('events', 'list-targets-by-rule', '--rule', 'nightly'));
    expect(listed.Targets).toEqual([expect.objectContaining({ Id: 'job', EcsParameters: expect.objectContaining({ TaskCount: 1 }) })]);
    expect(json(await aws('events', 'remove-targets', '--rule', 'nightly', '--ids', 'job'))).toMatchObject({ FailedEntryCount: 0 });
  }, 120_000);

  it('scheduler: a schedule with an ECS target in the default group, updated', async () => {
    const target = (n: number): string => JSON.stringify({
      Arn: 'arn:aws:ecs:us-east-1:123456789012:cluster/default', RoleArn: 'arn:aws:iam::123456789012:role/scheduler',
      EcsParameters: { TaskDefinitionArn: `arn:aws:ecs:us-east-1:123456789012:task-definition/job:${n}`, TaskCount: 1 },
    });
    const created = json(await aws('scheduler', 'create-schedule', '--name', 'hourly', '--schedule-expression', 'rate(1 hour)',
      '--flexible-time-window', 'Mode=OFF', '--target', target(1)));
    expect(created.ScheduleArn).toBe('arn:aws:scheduler:us-east-1:123456789012:schedule/default/hourly');
    json(await aws('scheduler', 'update-schedule', '--name', 'hourly', '--schedule-expression', 'rate(1 hour)', '--flexible-time-window', 'Mode=OFF', '--target', target(2)));
    const got = json(await aws('scheduler', 'get-schedule', '--name', 'hourly'));
    expect(got).toMatchObject({ GroupName: 'default', Target: { EcsParameters: { TaskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/job:2' } } });
  }, 120_000);
});

describe('runAwsCli', () => {
  it('refuses a service command that has no simulator endpoint instead of calling real AWS', async () => {
    await expect(runAwsCli(['s3', 'ls'], sim.env())).rejects.toThrow(/no AWS_ENDPOINT_URL_S3/);
  });
});
