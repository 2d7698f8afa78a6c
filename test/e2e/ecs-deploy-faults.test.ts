import { describe, expect, it } from '@jest/globals';
import { type EcsDeployFixture, errorsOf, image, revisionArn, theError, useEcsDeployFixture } from './ecs-fixtures.js';

/**
 * Rate faults draw from one seeded stream per simulator, so each scenario gets its own simulator: the draws one
 * run makes (its number of polls depends on real time) must not shift which calls fail in the next.
 * The seeds are ones where the first RegisterTaskDefinition attempt fails, so the check-before-retry path runs.
 */
const forSuccess = useEcsDeployFixture({ seed: 7 }); // the first registration is throttled
const forRollback = useEcsDeployFixture({ seed: 16 }); // the first registration gets a 503
const forCancel = useEcsDeployFixture({ seed: 31 });

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
});
