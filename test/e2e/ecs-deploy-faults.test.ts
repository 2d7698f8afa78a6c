import { describe, expect, it } from '@jest/globals';
import { type EcsDeployFixture, errorsOf, image, inputsOf, revisionArn, theError, useEcsDeployFixture } from './ecs-fixtures.js';

/**
 * Rate faults draw from one seeded stream per simulator, so each scenario gets its own simulator: the draws one
 * run makes (its number of polls depends on real time) must not shift which calls fail in the next.
 * The seeds are ones where the first RegisterTaskDefinition attempt fails, so the check-before-retry path runs.
 */
const forSuccess = useEcsDeployFixture({ seed: 7 }); // the first registration is throttled
const forRollback = useEcsDeployFixture({ seed: 16 }); // the first registration gets a 503
const forCancel = useEcsDeployFixture({ seed: 31 });
const forCancelRollback = useEcsDeployFixture({ seed: 43 });

function addFaults(fx: EcsDeployFixture): void {
  for (const operation of ['DescribeServices', 'RegisterTaskDefinition']) {
    fx.sim.control.faults.add({ kind: 'throttle', service: 'ecs', operation, rate: 0.2 });
    fx.sim.control.faults.add({ kind: 'http503', service: 'ecs', operation, rate: 0.2 });
  }
}

/** After the run: the faults stop (so the test's own calls are answered), and exactly one registration went through. */
async function expectOneRegistration(fx: EcsDeployFixture): Promise<void> {
  fx.sim.control.faults.clear();
  const attempts = fx.calls('RegisterTaskDefinition');
  expect(attempts.filter((c) => c.status === 200)).toHaveLength(1);
  expect(attempts[0]?.fault).toBeDefined();
  expect(await fx.activeRevisions()).toEqual([1, 2]);
  expect(fx.calls('DescribeServices').some((c) => c.fault !== undefined)).toBe(true);
}

describe('ecs-deploy dist under throttling and 503s (20% each, seeded)', () => {
  it('still deploys, with one registration', async () => {
    await forSuccess.startService();
    addFaults(forSuccess);
    const result = await forSuccess.deploy({ image: image('v2') });
    await expectOneRegistration(forSuccess);
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ result: 'deployed', 'task-definition-arn': revisionArn(2), 'rollout-state': 'COMPLETED' });
    expect(result.log).toMatch(/RegisterTaskDefinition failed \(.*\); checking whether it registered before trying again/);
  });

  it('still reports a circuit-breaker rollback, with one registration', async () => {
    await forRollback.startService({ circuitBreaker: { rollback: true } });
    forRollback.setOutcomes([{ outcome: 'fail-to-start' }]);
    addFaults(forRollback);
    const result = await forRollback.deploy({ image: image('v2') });
    await expectOneRegistration(forRollback);
    expect(result.outputs).toMatchObject({ result: 'rolled-back', 'task-definition-arn': revisionArn(2) });
    expect(theError(result)).toContain('CannotPullContainerError');
  });
});

describe('cancellation', () => {
  it('stops waiting on SIGINT, reports cancelled and exits before the runner would send SIGTERM', async () => {
    await forCancel.startService();
    forCancel.setOutcomes([{ outcome: 'stuck-pending' }]);
    const running = forCancel.startDeploy({ image: image('v2'), timeout: '30m' });
    await running.waitForLine(/^Deployment ecs-svc\/\d+ started: /, 15_000);
    const result = await running.cancel();
    await result.dispose();
    expect(result.cancelled).toBe(true);
    expect(result.conclusion).toBe('cancelled');
    expect(result.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    const sigintAt = result.signalsSent[0]?.atMs ?? 0;
    expect((result.exitedAtMs ?? Infinity) - sigintAt).toBeLessThan(5_000);
    expect(result.outputs).toMatchObject({ result: 'cancelled', 'task-definition-arn': revisionArn(2), 'rollout-state': 'IN_PROGRESS' });
    expect(theError(result)).toMatch(/^ecs-deploy cancelled: api in prod, api:1 → api:2 \(deployment ecs-svc\/\d+\): the workflow was cancelled/);
    expect(result.summary).toContain('❌ ecs-deploy: cancelled');
  });

  it('with rollback-on-failure and DescribeTasks throttled: updates the service back first, then reports before SIGTERM', async () => {
    const fx = forCancelRollback;
    await fx.startService();
    // The new revision's first task crashes (a stopped task for the diagnosis to describe); its replacement never starts.
    fx.setOutcomes([{ outcome: 'crash', afterMs: 500, limit: 1 }, { outcome: 'stuck-pending' }], { steadyStateMs: 60_000 });
    fx.sim.control.faults.add({ kind: 'throttle', service: 'ecs', operation: 'DescribeTasks', count: 100_000 });
    // The runner's own timings: SIGTERM 7.5 s after SIGINT, SIGKILL 2.5 s later.
    const running = fx.startDeploy({ image: image('v2'), 'rollback-on-failure': 'true', timeout: '30m' }, 40_000);
    await running.waitForLine(/^deployment ecs-svc\/\d+ IN_PROGRESS: .*failed 1$/, 20_000);
    const result = await running.cancel();
    await result.dispose();
    fx.sim.control.faults.clear();

    expect(result.conclusion).toBe('cancelled');
    expect(result.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    expect((result.exitedAtMs ?? Infinity) - (result.signalsSent[0]?.atMs ?? 0)).toBeLessThan(7_500);
    // Acted first: the update back to api:1 went out before the diagnosis's first DescribeTasks.
    const updates = fx.calls('UpdateService');
    expect(inputsOf(updates).map((input) => input.taskDefinition)).toEqual([revisionArn(2), revisionArn(1)]);
    const describeTasks = fx.calls('DescribeTasks');
    expect(describeTasks.length).toBeGreaterThan(0);
    expect(describeTasks.every((c) => c.errorType === 'ThrottlingException')).toBe(true);
    expect(updates[1]!.seq).toBeLessThan(describeTasks[0]!.seq);
    expect((await fx.service()).taskDefinition).toBe(revisionArn(1));

    expect(result.outputs).toMatchObject({ result: 'cancelled', 'task-definition-arn': revisionArn(2), 'previous-task-definition-arn': revisionArn(1) });
    const rollback = new RegExp(`requested rollback to ${revisionArn(1)} \\(deployment ecs-svc/\\d+\\) on the cancel; ECS rolls it out, the step did not wait for it`);
    expect(result.log).toContain(`rollback-on-failure: updating api back to ${revisionArn(1)} first, as the workflow was cancelled; the diagnosis follows with the time left`);
    expect(result.log).toMatch(rollback);
    expect(theError(result)).toMatch(rollback);
    expect(result.summary).toContain('❌ ecs-deploy: cancelled');
    expect(result.summary).toMatch(new RegExp(`\\| Rollback \\| ${rollback.source}`));
    expect(result.summary).toContain('Not shown: the stopped tasks could not be listed: gave up 5 s after the cancel, before the runner stops the step');
  });
});

