import { describe, expect, it } from '@jest/globals';
import { outputsOf } from './report.js';
import { STARTED_BY } from './plan.js';
import { setup } from './testing/run-bed.js';

const throttled = () => Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });
const IMAGE = 'repo/api@sha256:' + 'ab'.repeat(32);

/** Runs the migration and aborts once `when` holds (checked on every DescribeTasks). */
async function cancelWhen(s: ReturnType<typeof setup>, when: () => boolean) {
  const cancel = new AbortController();
  let at: number | undefined;
  s.ecs.onDescribe = () => {
    if (at === undefined && when()) {
      at = s.clock.now();
      cancel.abort();
    }
  };
  const report = await s.go(cancel.signal);
  return { report, cancelledAt: at as number };
}

describe('cancellation stops the task first', () => {
  it('retries a throttled StopTask with short waits until ECS accepts it, within 6 s of the cancel', async () => {
    const s = setup();
    s.ecs.script = { startMs: 1000 };
    s.ecs.stopErrors = [throttled(), throttled(), throttled(), throttled(), throttled()];
    const { report, cancelledAt } = await cancelWhen(s, () => s.clock.now() > 1_000_000 + 3000);
    expect(s.ecs.stops.map((x) => x.accepted)).toEqual([false, false, false, false, false, true]);
    expect(s.ecs.stops.every((x) => x.reason === 'cancelled by workflow' && x.signal instanceof AbortSignal)).toBe(true);
    expect((s.ecs.stops.at(-1)?.at as number) - cancelledAt).toBeLessThan(6000);
    expect(report).toMatchObject({ result: 'cancelled', reason: 'the workflow was cancelled; the task was stopped with reason "cancelled by workflow"', stoppedReason: 'cancelled by workflow' });
  });

  it('gives every call after the cancel a deadline', async () => {
    const s = setup();
    s.ecs.script = { startMs: 1000 };
    let describesBefore = 0;
    await cancelWhen(s, () => {
      describesBefore = s.ecs.describeSignals.length;
      return s.clock.now() > 1_000_000 + 3000;
    });
    const after = s.ecs.describeSignals.slice(describesBefore);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((signal) => signal instanceof AbortSignal)).toBe(true);
  });

  it('gives up on StopTask at the deadline and says the task may still be running', async () => {
    const s = setup();
    s.ecs.script = { startMs: 1000 };
    s.ecs.stopErrors = Array.from({ length: 100 }, throttled);
    const { report, cancelledAt } = await cancelWhen(s, () => s.clock.now() > 1_000_000 + 3000);
    expect(s.ecs.stops.length).toBeGreaterThan(5);
    expect(s.ecs.stops.every((x) => x.at - cancelledAt <= 6000)).toBe(true);
    expect(report.result).toBe('cancelled');
    expect(report.reason).toMatch(/^the workflow was cancelled; StopTask failed after \d+ attempt\(s\) \(.*Rate exceeded\): the task may still be running; stop it by hand$/);
    expect(s.logger.text('warning')).toContain('it may still be running: stop it by hand (aws ecs stop-task --cluster prod --task');
  });

  it('reports a migration that had exited 0 before the cancel as succeeded, and does not stop it', async () => {
    const s = setup();
    s.ecs.script = { startMs: 1000, runMs: 2000, exitCode: 0, lines: ['done'] };
    // The cancel comes while the last log lines are read, after the task was seen STOPPED.
    const cancel = new AbortController();
    const page = s.logs.page.bind(s.logs);
    s.logs.page = async (...args) => {
      if (s.ecs.describedStopped) cancel.abort();
      return page(...args);
    };
    const report = await s.go(cancel.signal);
    expect(cancel.signal.aborted).toBe(true);
    expect(report.result).toBe('succeeded');
    expect(report.exitCode).toBe(0);
    expect(report.reason).toBe('container api exited with code 0; the workflow was cancelled only after the migration had ended (the task was not stopped)');
    expect(s.ecs.stops).toEqual([]);
  });

  it('reports what happened when the migration exited by itself just before the cancel reached it', async () => {
    const s = setup();
    s.ecs.script = { startMs: 1000, runMs: 2000, exitCode: 0 };
    // Cancelled during the poll that would have seen the exit: the StopTask then finds a task that already ended.
    const { report } = await cancelWhen(s, () => s.clock.now() > 1_000_000 + 3000);
    expect(s.ecs.stops).toHaveLength(1);
    expect(report).toMatchObject({ result: 'succeeded', exitCode: 0, stopCode: 'EssentialContainerExited' });
    expect(report.reason).toContain('the workflow was cancelled only after the migration had ended');
  });

  it('gives RunTask in flight a grace to name its task, then stops that task', async () => {
    const s = setup();
    s.ecs.script = { startMs: 1000 };
    const cancel = new AbortController();
    s.ecs.runTaskHook = async () => cancel.abort();
    const report = await s.go(cancel.signal);
    expect(s.ecs.runs).toHaveLength(1);
    expect(s.ecs.stops.map((x) => x.reason)).toEqual(['cancelled by workflow']);
    expect(report).toMatchObject({ result: 'cancelled', taskArn: s.arn(1) });
  });

  it('says a task may have started when RunTask does not answer within the grace', async () => {
    const s = setup();
    const cancel = new AbortController();
    s.ecs.runTaskHook = (signal) => {
      cancel.abort();
      return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(Object.assign(new Error('Request aborted'), { name: 'AbortError' }))));
    };
    const report = await s.go(cancel.signal);
    expect(report.result).toBe('cancelled');
    expect(report.reason).toBe(`the workflow was cancelled before the task started: RunTask did not answer within 3s of the cancel; a task may have started: look for tasks started by ${STARTED_BY} in cluster prod and stop it`);
  });
});

describe('the lock', () => {
  it('does not refuse for tasks of ours that have stopped (listed as RUNNING, described STOPPED or DEPROVISIONING)', async () => {
    const s = setup();
    s.ecs.script = { startMs: 1000, runMs: 1000, exitCode: 0 };
    s.ecs.otherTasks = [
      { taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/old-1', lastStatus: 'STOPPED', startedBy: STARTED_BY },
      { taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/old-2', lastStatus: 'DEPROVISIONING', startedBy: STARTED_BY },
    ];
    expect((await s.go()).result).toBe('succeeded');
  });
});

describe('a failure after the registration still reports what is known', () => {
  it('RunTask failing after the revision was registered: the report (outputs, summary) names the revision', async () => {
    const s = setup({ image: IMAGE });
    s.ecs.runTask = async () => {
      throw new Error('Could not run a task of api:5 in cluster prod: AccessDeniedException: not authorized to perform ecs:RunTask');
    };
    const report = await s.go();
    expect(report).toMatchObject({ result: 'failed', taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/api:5', taskArn: '' });
    expect(report.reason).toContain('AccessDeniedException');
    expect(outputsOf(report)).toMatchObject({ 'task-definition-arn': 'arn:aws:ecs:us-east-1:123456789012:task-definition/api:5', result: 'failed' });
  });

  it('DescribeTasks failing after the task started: the report names the task', async () => {
    const s = setup();
    s.ecs.script = { startMs: 1000 };
    s.ecs.onDescribe = () => {
      throw Object.assign(new Error('User is not authorized to perform: ecs:DescribeTasks'), { name: 'AccessDeniedException' });
    };
    const report = await s.go();
    expect(report).toMatchObject({ result: 'failed', taskArn: s.arn(1), taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/api:4' });
    expect(report.reason).toContain('not authorized to perform: ecs:DescribeTasks');
    expect(outputsOf(report)['task-arn']).toBe(s.arn(1));
  });

  it('registers once when the registration\'s response is lost (503, then a reset) and runs that revision', async () => {
    const s = setup({ image: IMAGE });
    s.ecs.script = { startMs: 1000, runMs: 1000, exitCode: 0 };
    s.ecs.registerLostResponses = [Object.assign(new Error('Service Unavailable'), { name: 'ServerException', $metadata: { httpStatusCode: 503 } })];
    const report = await s.go();
    expect(s.ecs.registered).toHaveLength(1);
    expect(report).toMatchObject({ result: 'succeeded', taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/api:5' });
    expect(s.ecs.runs.map((r) => r.taskDefinition)).toEqual(['arn:aws:ecs:us-east-1:123456789012:task-definition/api:5']);
    const t = setup({ image: IMAGE });
    t.ecs.script = { startMs: 1000, runMs: 1000, exitCode: 0 };
    t.ecs.registerLostResponses = [Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })];
    expect((await t.go()).result).toBe('succeeded');
    expect(t.ecs.registered).toHaveLength(1);
  });
});
