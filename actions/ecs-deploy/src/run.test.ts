import { describe, expect, it } from '@jest/globals';
import type { Service } from '@aws-sdk/client-ecs';
import { ManualClock } from '../../common/src/clock.js';
import { MemoryLogger } from '../../common/src/logger.js';
import { ARN, FakeEcs, logs, ours } from './fakes.js';
import { getInputs } from './inputs.js';
import { outputsOf, summaryMarkdown } from './report.js';
import { run } from './run.js';

/** Real milliseconds: the cancel path's deadline is a real timer (it ends SDK requests). */
const CANCEL_BUDGET_MS = 100;

async function setup(values: Record<string, string>) {
  const ecs = new FakeEcs();
  const logger = new MemoryLogger();
  const inputs = await getInputs({ read: (n) => ({ cluster: 'prod', service: 'api', timeout: '2m', ...values })[n] ?? '', env: { AWS_REGION: 'us-east-1', GITHUB_RUN_ID: '9' }, readFile: () => '' });
  const go = (signal?: AbortSignal) => run(inputs, { ecs, logs, clock: new ManualClock(0), logger, random: () => 0.5, signal, cancelBudgetMs: CANCEL_BUDGET_MS });
  return { ecs, logger, go };
}

describe('run', () => {
  it('does nothing when the rendered definition equals the current revision', async () => {
    const s = await setup({ image: 'api:1' });
    const report = await s.go();
    expect(report.result).toBe('unchanged');
    expect(s.ecs.registerCalls).toBe(0);
    expect(s.ecs.updates).toEqual([]);
  });

  it('registers once even when the first response is lost, then deploys', async () => {
    const s = await setup({ image: 'api:2' });
    s.ecs.loseNextRegisterResponse = true;
    s.ecs.script = [ours('IN_PROGRESS'), ours('COMPLETED')];
    const report = await s.go();
    expect(s.ecs.registerCalls).toBe(1);
    expect(report).toMatchObject({ result: 'deployed', taskDefinitionArn: ARN(2), previousTaskDefinitionArn: ARN(1), deploymentId: 'ecs-svc/2', rolloutState: 'COMPLETED' });
    expect(s.logger.text()).toContain('checking whether it registered before trying again');
  });

  it('rolls back itself when asked and ECS did not, and diagnoses the failure', async () => {
    const s = await setup({ image: 'api:2', 'rollback-on-failure': 'true' });
    s.ecs.stopped = [{ taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/t1', startedAt: new Date(0), stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited', containers: [{ name: 'api', exitCode: 1 }] }];
    s.ecs.script = [
      ours('FAILED', { rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.' }),
      () => [{ id: 'ecs-svc/3', status: 'PRIMARY', taskDefinition: ARN(1), rolloutState: 'COMPLETED', desiredCount: 2, runningCount: 2 }],
    ];
    const report = await s.go();
    expect(report.result).toBe('rolled-back');
    expect(s.ecs.updates.map((u) => u.taskDefinition)).toEqual([ARN(2), ARN(1)]);
    expect(report.rollback).toContain(`rolled back to ${ARN(1)}`);
    expect(report.diagnosis?.tasks[0]).toMatchObject({ taskId: 't1', stopCode: 'EssentialContainerExited' });
    expect(report.diagnosis?.tasks[0]?.containers[0]?.logs).toEqual(['ecs/api/t1: Error: DATABASE_URL is not set']);
  });

  it('times out at the deadline with the deployment still in progress', async () => {
    const s = await setup({ image: 'api:2', timeout: '30s' });
    s.ecs.script = [ours('IN_PROGRESS')];
    const report = await s.go();
    expect(report.result).toBe('timed-out');
    expect(report.reason).toContain('did not finish before the timeout');
  });

  it('reports cancelled when the workflow is cancelled', async () => {
    const s = await setup({ image: 'api:2' });
    s.ecs.script = [ours('IN_PROGRESS')];
    const cancel = new AbortController();
    cancel.abort();
    expect((await s.go(cancel.signal)).result).toBe('cancelled');
  });

  it('refuses an EXTERNAL service, and a CodeDeploy one it cannot build an AppSpec for, before any write', async () => {
    const s = await setup({ image: 'api:2' });
    s.ecs.service = { ...s.ecs.service, deploymentController: { type: 'EXTERNAL' } };
    await expect(s.go()).rejects.toThrow('EXTERNAL deployment controller');
    s.ecs.service = { ...s.ecs.service, deploymentController: { type: 'CODE_DEPLOY' } };
    await expect(s.go()).rejects.toThrow("Input 'codedeploy-appspec': service api has no load balancer with a container name and port");
    expect(s.ecs.registerCalls).toBe(0);
  });

  it('on a cancel with rollback-on-failure, updates the service back first, then diagnoses within the deadline', async () => {
    const s = await setup({ image: 'api:2', 'rollback-on-failure': 'true' });
    s.ecs.script = [ours('IN_PROGRESS')];
    const cancel = new AbortController();
    // SIGINT arrives while the action waits (its second DescribeServices is the first poll after the update).
    s.ecs.onDescribeService = (n) => n === 3 && cancel.abort();
    // DescribeTasks throttled for ever: a call that never answers, whatever signal it gets.
    s.ecs.stoppedTasksCall = () => new Promise(() => undefined);
    const started = Date.now();
    const report = await s.go(cancel.signal);
    expect(Date.now() - started).toBeLessThan(CANCEL_BUDGET_MS + 2_000);
    expect(report.result).toBe('cancelled');
    expect(s.ecs.calls.filter((c) => c !== 'describeService')).toEqual([`updateService ${ARN(2)}`, `updateService ${ARN(1)}`, 'stoppedTasks']);
    expect(report.rollback).toBe(`requested rollback to ${ARN(1)} (deployment ecs-svc/3) on the cancel; ECS rolls it out, the step did not wait for it`);
    expect(report.diagnosis?.notes).toEqual([`the stopped tasks could not be listed: gave up ${CANCEL_BUDGET_MS / 1000} s after the cancel, before the runner stops the step`]);
    const log = s.logger.text('info');
    expect(log.indexOf(`updating api back to ${ARN(1)} first, as the workflow was cancelled`)).toBeLessThan(log.indexOf('Verdict: cancelled'));
    expect(summaryMarkdown(report)).toContain(`| Rollback | requested rollback to ${ARN(1)} (deployment ecs-svc/3) on the cancel;`);
    expect(summaryMarkdown(report)).toContain('Not shown: the stopped tasks could not be listed: gave up');
  });

  it('a cancel before the update leaves the service alone', async () => {
    const s = await setup({ image: 'api:2', 'rollback-on-failure': 'true' });
    const cancel = new AbortController();
    s.ecs.onRegister = () => cancel.abort();
    const report = await s.go(cancel.signal);
    expect(s.ecs.registerCalls).toBe(1);
    expect(s.ecs.updates).toEqual([]);
    expect(report).toMatchObject({ result: 'cancelled', taskDefinitionArn: ARN(2), deploymentId: '' });
    expect(report.reason).toBe(`the workflow was cancelled before the service was updated; it still runs ${ARN(1)}`);
  });

  it('a cancel during an UpdateService that does not answer ends it at the deadline and reports cancelled', async () => {
    const s = await setup({ image: 'api:2' });
    const cancel = new AbortController();
    s.ecs.updateAnswer = () => {
      cancel.abort();
      return new Promise<never>(() => undefined) as unknown as Service;
    };
    const report = await s.go(cancel.signal);
    expect(report).toMatchObject({ result: 'cancelled', taskDefinitionArn: ARN(2), deploymentId: '' });
    expect(report.reason).toBe(`UpdateService to ${ARN(2)} had no answer (gave up ${CANCEL_BUDGET_MS / 1000} s after the cancel, before the runner stops the step); whether ECS applied it is unknown`);
  });

  it('a cancel while the first DescribeServices has no answer ends it at the deadline', async () => {
    const s = await setup({ image: 'api:2' });
    const cancel = new AbortController();
    cancel.abort();
    s.ecs.describeService = () => new Promise<never>(() => undefined);
    await expect(s.go(cancel.signal)).rejects.toThrow(`gave up ${CANCEL_BUDGET_MS / 1000} s after the cancel`);
    expect(s.ecs.registerCalls).toBe(0);
  });

  it('reports the registered revision when UpdateService starts no deployment of it', async () => {
    const s = await setup({ image: 'api:2' });
    s.ecs.updateAnswer = () => s.ecs.service;
    const report = await s.go();
    expect(report).toMatchObject({ result: 'failed', taskDefinitionArn: ARN(2), previousTaskDefinitionArn: ARN(1), deploymentId: '' });
    expect(report.reason).toBe(`UpdateService did not start a deployment of ${ARN(2)}`);
    expect(outputsOf(report)).toMatchObject({ 'task-definition-arn': ARN(2), result: 'failed' });
    expect(summaryMarkdown(report)).toContain(`| Reason | UpdateService did not start a deployment of ${ARN(2)} |`);
  });

  it('reports the registered revision when UpdateService fails', async () => {
    const s = await setup({ image: 'api:2' });
    s.ecs.updateAnswer = () => {
      throw new Error('Could not update service api: AccessDeniedException: not authorized to perform ecs:UpdateService');
    };
    const report = await s.go();
    expect(report).toMatchObject({ result: 'failed', taskDefinitionArn: ARN(2), deploymentId: '' });
    expect(report.reason).toContain('AccessDeniedException');
  });

  it('treats a wait that gives up as a failed rollout: the deployment id is kept, the rollback requested, the failure diagnosed', async () => {
    const s = await setup({ image: 'api:2', 'rollback-on-failure': 'true' });
    s.ecs.onDescribeService = (n) => {
      if (n > 1) throw new Error('Could not describe service api in cluster prod: ThrottlingException: Rate exceeded');
    };
    const report = await s.go();
    expect(report).toMatchObject({ result: 'failed', taskDefinitionArn: ARN(2), deploymentId: 'ecs-svc/2' });
    expect(report.reason).toBe('could not follow deployment ecs-svc/2: Could not describe service api in cluster prod: ThrottlingException: Rate exceeded');
    expect(s.ecs.updates.map((u) => u.taskDefinition)).toEqual([ARN(2), ARN(1)]);
    expect(report.rollback).toMatch(new RegExp(`^rollback to ${ARN(1)} \\(deployment ecs-svc/3\\) could not be followed: .*Rate exceeded$`));
    expect(report.diagnosis?.verdict).toContain('could not follow deployment ecs-svc/2');
  });
});

