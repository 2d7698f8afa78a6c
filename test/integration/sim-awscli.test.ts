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

describe('runAwsCli', () => {
  it('refuses a service command that has no simulator endpoint instead of calling real AWS', async () => {
    await expect(runAwsCli(['s3', 'ls'], sim.env())).rejects.toThrow(/no AWS_ENDPOINT_URL_S3/);
  });
});
