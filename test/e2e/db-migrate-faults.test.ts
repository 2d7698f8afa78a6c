import { describe, expect, it } from '@jest/globals';
import { runAction } from '../harness/index.js';
import { actionClockSpeed, errorsOf, REAL_TIME, theError, useDbMigrateFixture } from './db-migrate-fixtures.js';

const fx = useDbMigrateFixture({ seed: 3 });

describe('db-migrate dist: faults, timeouts and cancellation', () => {
  it('starts exactly one task when RunTask is throttled and its connection reset', async () => {
    await fx.setup();
    fx.script([{ outcome: 'exit', exitCode: 0, runMs: 1_000 }]);
    fx.sim.control.faults.add({ kind: 'throttle', service: 'ecs', operation: 'RunTask', count: 1 });
    fx.sim.control.faults.add({ kind: 'reset', service: 'ecs', operation: 'RunTask', count: 1 });
    const result = await fx.migrate({ command: 'bin/migrate up' });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs.result).toBe('succeeded');
    const attempts = fx.calls('RunTask');
    expect(attempts.map((c) => c.fault ?? 'ok')).toEqual(['throttle', 'reset', 'ok']);
    // Every attempt carried the same token, and only one task exists.
    expect(new Set(attempts.map((c) => (c.input as { clientToken?: string }).clientToken)).size).toBe(1);
    expect(await fx.migrationTasks()).toHaveLength(1);
  });

  it('stops the task and fails clearly at the timeout', async () => {
    await fx.setup();
    fx.script([{ outcome: 'never-exits', logLines: ['waiting for lock on schema_migrations'], runMs: 1_000 }]);
    // The action's clock at 2× (the simulator's is at 10×): its 5 s are 2.5 s of real time, twelve times the 0.2 s the
    // task takes to run, so a loaded machine cannot make the task look still PENDING at the timeout. (4× saved 1.25 s
    // of wall time but left only a second of margin.)
    const result = await fx.migrate({ command: 'bin/migrate up', timeout: '5s' }, 30_000, actionClockSpeed(2));
    expect(result.conclusion).toBe('failure');
    expect(result.outputs.result).toBe('timed-out');
    expect(theError(result)).toMatch(/^db-migrate timed-out \(exit code 143\): the task was still running at the timeout \(timeout 5s\); the task was stopped/);
    const stops = fx.calls('StopTask');
    expect(stops.map((c) => (c.input as { reason?: string }).reason)).toEqual(['db-migrate: timed out after 5s']);
    expect(result.outputs['stopped-reason']).toBe('db-migrate: timed out after 5s');
    expect(result.log).toContain('waiting for lock on schema_migrations');
  });

  it('stops the task within 2 s of SIGINT and exits non-zero', async () => {
    await fx.setup();
    fx.script([{ outcome: 'never-exits', runMs: 60_000, generateLogLines: { count: 100, prefix: 'tick' } }]);
    // The runner's cancel window is real time: this run keeps the action's clock real.
    const running = fx.startMigrate({ command: 'bin/migrate up' }, 30_000, REAL_TIME);
    await running.waitForLine(/^Task \w+: RUNNING$/, 20_000);
    const result = await running.cancel();
    await result.dispose();
    expect(result.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    expect(result.exitCode).not.toBe(0);
    const stops = fx.calls('StopTask');
    expect(stops).toHaveLength(1);
    expect(stops[0]?.input).toMatchObject({ reason: 'cancelled by workflow' });
    const sigintAt = Date.now() - result.durationMs + (result.signalsSent[0]?.atMs ?? 0);
    const stopAt = stops[0]?.realTime as number;
    console.log(`db-migrate cancellation: StopTask reached the simulator ${stopAt - sigintAt} ms after SIGINT; the step ended ${(result.exitedAtMs ?? 0) - (result.signalsSent[0]?.atMs ?? 0)} ms after it`);
    expect(stopAt - sigintAt).toBeLessThan(2_000);
    expect(result.outputs.result).toBe('cancelled');
    expect(theError(result)).toContain('db-migrate cancelled (exit code 143): the workflow was cancelled; the task was stopped with reason "cancelled by workflow"');
  });

  it('stops the task despite five throttled StopTasks at the cancel, before the step ends; the next run with lock proceeds', async () => {
    await fx.setup();
    fx.script([{ outcome: 'never-exits', runMs: 60_000, generateLogLines: { count: 100, prefix: 'tick' } }]);
    const running = fx.startMigrate({ command: 'bin/migrate up', lock: 'true' }, 30_000, REAL_TIME);
    const started = await running.waitForLine(/^Task \w+: RUNNING$/, 20_000);
    const taskId = /^Task (\w+): RUNNING$/.exec(started)?.[1] as string;
    fx.sim.control.faults.add({ kind: 'throttle', service: 'ecs', operation: 'StopTask', count: 5 });
    const result = await running.cancel();
    await result.dispose();
    // The runner's window: the step ended on SIGINT alone, before SIGTERM (7.5 s) or SIGKILL.
    expect(result.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    expect(fx.calls('StopTask').map((c) => c.fault ?? 'ok')).toEqual(['throttle', 'throttle', 'throttle', 'throttle', 'throttle', 'ok']);
    // The action itself saw the task STOPPED before it ended, and said so.
    expect(result.log.split('\n')).toContain(`Task ${taskId}: STOPPED`);
    expect(result.outputs).toMatchObject({ result: 'cancelled', 'stopped-reason': 'cancelled by workflow' });
    expect(theError(result)).toContain('db-migrate cancelled (exit code 143): the workflow was cancelled; the task was stopped with reason "cancelled by workflow"');
    expect((await fx.migrationTasks()).map((t) => t.lastStatus)).toEqual(['STOPPED']);

    // The job re-run: a new attempt, so a new RunTask clientToken (the same one would answer the stopped task).
    fx.sim.control.faults.clear();
    fx.script([{ outcome: 'exit', exitCode: 0, runMs: 500 }]);
    const next = await runAction({ ...fx.options({ command: 'bin/migrate up', lock: 'true' }, 30_000), context: { runAttempt: '2' } });
    await next.dispose();
    expect(errorsOf(next)).toEqual([]);
    expect(next.outputs.result).toBe('succeeded');
  }, 40_000);

  it('reports a migration that had exited 0 when the cancel came as succeeded, and does not stop it', async () => {
    await fx.setup();
    fx.script([{ outcome: 'exit', exitCode: 0, runMs: 1_000, logLines: ['migrated 3 tables'] }]);
    // Cancelled while the last log lines are read, after the task was seen STOPPED: inside the production 2 s
    // late-events window, so this run (a cancellation, too) keeps real time.
    const running = fx.startMigrate({ command: 'bin/migrate up' }, 30_000, REAL_TIME);
    await running.waitForLine(/^Task \w+: STOPPED$/, 20_000);
    const result = await running.cancel();
    await result.dispose();
    expect(fx.calls('StopTask')).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ result: 'succeeded', 'exit-code': '0' });
    expect(result.summary).toContain('container api exited with code 0; the workflow was cancelled only after the migration had ended (the task was not stopped)');
  });
});
