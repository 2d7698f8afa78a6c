import { describe, expect, it } from '@jest/globals';
import { RUN_TAG } from '../../common/src/register.js';
import { STARTED_BY } from './plan.js';
import { setup, TD } from './testing/run-bed.js';

describe('run (run-task mode)', () => {
  it('runs once with our marker and token, follows the logs to the end, and succeeds on exit 0', async () => {
    const s = setup();
    s.ecs.script = { startMs: 2000, runMs: 3000, exitCode: 0, lines: ['one', 'two', 'three'] };
    const report = await s.go();
    expect(report).toMatchObject({ result: 'succeeded', exitCode: 0, taskArn: expect.stringContaining('task/prod/t1'), command: 'bin/migrate', log: { lines: 3, printed: 3 } });
    expect(report.logUrl).toContain('log-events/ecs$252Fapi$252Ft1');
    expect(s.printed).toEqual(['one', 'two', 'three']);
    expect(s.ecs.runs).toHaveLength(1);
    expect(s.ecs.runs[0]).toMatchObject({ startedBy: STARTED_BY, clientToken: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(s.ecs.stops).toEqual([]);
  });

  it('fails with the exit code shown', async () => {
    const s = setup();
    s.ecs.script = { startMs: 1000, runMs: 1000, exitCode: 3 };
    expect(await s.go()).toMatchObject({ result: 'failed', exitCode: 3, reason: 'container api exited with code 3' });
  });

  it('fails a task that fails to start, with the reason', async () => {
    const s = setup();
    s.ecs.script = { startMs: 3000, failToStart: 'CannotPullContainerError: pull access denied' };
    const report = await s.go();
    expect(report).toMatchObject({ result: 'failed', exitCode: undefined, stopCode: 'TaskFailedToStart' });
    expect(report.reason).toContain('the task failed to start: CannotPullContainerError: pull access denied');
  });

  it('refuses to start while one of our tasks runs for the family, naming it', async () => {
    const s = setup();
    s.ecs.otherTasks = [
      { taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/theirs', lastStatus: 'RUNNING', startedBy: 'ecs-svc/1' },
      { taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/old-migration', lastStatus: 'RUNNING', startedBy: STARTED_BY },
    ];
    await expect(s.go()).rejects.toThrow(/Refusing to start: a migration of api started by db-migrate is still running .*task\/prod\/old-migration \(RUNNING/);
    expect(s.ecs.runs).toEqual([]);
  });

  it('stops the task at the timeout and says so', async () => {
    const s = setup({ timeout: '1m' });
    s.ecs.script = { startMs: 1000 };
    const report = await s.go();
    expect(report.result).toBe('timed-out');
    expect(s.ecs.stops.map((x) => x.reason)).toEqual(['db-migrate: timed out after 1m']);
    expect(report.reason).toMatch(/^the task was still running at the timeout \(timeout 1m\); the task was stopped$/);
    expect(report.stoppedReason).toBe('db-migrate: timed out after 1m');
  });

  it('stops a task that never starts at the start budget', async () => {
    const s = setup({ timeout: '10m', 'start-timeout': '30s' });
    s.ecs.script = { startMs: 3_600_000 };
    const report = await s.go();
    expect(report.result).toBe('timed-out');
    expect(report.reason).toContain('the task was still PENDING after the start budget (start-timeout 30s)');
    expect(s.ecs.stops[0]?.at).toBeLessThan(1_000_000 + 36_000);
  });

  it('stops the task when cancelled, at once', async () => {
    const s = setup();
    s.ecs.script = { startMs: 1000 };
    const cancel = new AbortController();
    const running = s.go(cancel.signal);
    while (s.ecs.runs.length === 0) await new Promise((resolve) => setImmediate(resolve));
    cancel.abort();
    const report = await running;
    expect(report.result).toBe('cancelled');
    expect(s.ecs.stops.map((x) => x.reason)).toEqual(['cancelled by workflow']);
  });
});

describe('run (run-task mode) with image', () => {
  const IMAGE = 'repo/api@sha256:' + 'ab'.repeat(32);

  it('registers one revision with that image and runs it, saying so in the report and the log', async () => {
    const s = setup({ image: IMAGE });
    s.ecs.script = { startMs: 1000, runMs: 1000, exitCode: 0 };
    const report = await s.go();
    expect(report.result).toBe('succeeded');
    expect(s.ecs.registered).toHaveLength(1);
    expect(s.ecs.registered[0]).toMatchObject({ family: 'api', containerDefinitions: [{ name: 'api', image: IMAGE }] });
    // The source revision's tags, and the run's own (which a retry looks for).
    expect(s.ecs.registered[0]?.tags).toEqual([{ key: 'team', value: 'payments' }, { key: RUN_TAG, value: s.clientToken }]);
    expect(s.ecs.registered[0]).not.toHaveProperty('taskDefinitionArn');
    expect(s.ecs.runs.map((r) => r.taskDefinition)).toEqual(['arn:aws:ecs:us-east-1:123456789012:task-definition/api:5']);
    expect(report.taskDefinition).toBe('arn:aws:ecs:us-east-1:123456789012:task-definition/api:5');
    expect(report.taskDefinitionNote).toBe(`registered by this step for image ${IMAGE} in container api (api:4 has repo/api:1)`);
    expect(s.logger.text('info')).toContain(`Registered arn:aws:ecs:us-east-1:123456789012:task-definition/api:5 for image ${IMAGE} in container api`);
  });

  it('registers nothing when the container already has the image', async () => {
    const s = setup({ image: 'repo/api:1' });
    s.ecs.script = { startMs: 1000, runMs: 1000, exitCode: 0 };
    const report = await s.go();
    expect(s.ecs.registered).toEqual([]);
    expect(s.ecs.runs.map((r) => r.taskDefinition)).toEqual([TD]);
    expect(report).toMatchObject({ taskDefinition: TD, taskDefinitionNote: 'already has image repo/api:1 in container api' });
  });

  it('fails naming the step when the registration fails, starts no task, and still reports', async () => {
    const s = setup({ image: IMAGE });
    s.ecs.registerError = Object.assign(new Error('Too many concurrent attempts'), { name: 'ClientException' });
    const report = await s.go();
    expect(report).toMatchObject({ result: 'failed', taskArn: '', taskDefinition: undefined });
    expect(report.reason).toBe(`Could not register a task definition revision for family api with image ${IMAGE}: ClientException: Too many concurrent attempts`);
    expect(s.ecs.runs).toEqual([]);
  });

  it('registers nothing when the lock refuses the run', async () => {
    const s = setup({ image: IMAGE });
    s.ecs.otherTasks = [{ taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/old', lastStatus: 'RUNNING', startedBy: STARTED_BY }];
    await expect(s.go()).rejects.toThrow('Refusing to start');
    expect(s.ecs.registered).toEqual([]);
  });
});

describe('run (exec mode)', () => {
  it('execs into the running task with the wrapped command and takes the verdict from the sentinel', async () => {
    const s = setup({ mode: 'exec', command: '["php","artisan","migrate"]' });
    await s.ecs.runTask({ cluster: 'prod', count: 1, startedBy: 'ecs-svc', taskDefinition: TD }); // the service's running task
    s.ecs.otherTasks = [];
    s.clock.advance(5000);
    s.ecs.listTasks = async () => ['arn:aws:ecs:us-east-1:123456789012:task/prod/t1'];
    s.setSessionResult({ exitCode: 5, closedBy: 'sentinel' });
    const report = await s.go();
    expect(report).toMatchObject({ mode: 'exec', result: 'failed', exitCode: 5, reason: 'the command exited with code 5', container: 'api', log: { lines: 1 } });
    expect(s.ecs.execs[0]?.command).toBe(`wrapped(["php","artisan","migrate"], ${s.sessions[0]?.nonce})`);
    expect(s.printed).toEqual(['Migrating: 2024_01_01_create_users']);
  });

  it('refuses a service without ECS Exec, and a task whose agent is not running', async () => {
    const s = setup({ mode: 'exec', command: 'true' });
    s.ecs.service = { ...s.ecs.service, enableExecuteCommand: false };
    await expect(s.go()).rejects.toThrow('Service api does not have ECS Exec enabled (enableExecuteCommand is false)');
    const t = setup({ mode: 'exec', command: 'true' });
    await t.ecs.runTask({ cluster: 'prod', count: 1, startedBy: 'ecs-svc', taskDefinition: TD });
    t.clock.advance(5000);
    t.ecs.listTasks = async () => ['arn:aws:ecs:us-east-1:123456789012:task/prod/t1'];
    t.ecs.agentStatus = 'STOPPED';
    await expect(t.go()).rejects.toThrow('Cannot exec into task t1: the ExecuteCommandAgent of container api is STOPPED');
    expect(t.ecs.execs).toEqual([]);
  });
});
