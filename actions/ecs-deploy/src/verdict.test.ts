import { describe, expect, it } from '@jest/globals';
import type { Deployment, Service } from '@aws-sdk/client-ecs';
import { revisionsToDeregister } from './revisions.js';
import { assessRollout, rolloutKind } from './verdict.js';

const OLD = 'arn:aws:ecs:us-east-1:1:task-definition/api:1';
const NEW = 'arn:aws:ecs:us-east-1:1:task-definition/api:2';
const target = { deploymentId: 'ecs-svc/new', taskDefinitionArn: NEW };
const off = { enabled: false, placementFailures: 0 };

const dep = (d: Partial<Deployment>): Deployment => ({ desiredCount: 2, runningCount: 0, pendingCount: 0, failedTasks: 0, ...d });
const svc = (deployments: Deployment[], extra: Partial<Service> = {}): Service => ({
  serviceName: 'api', status: 'ACTIVE', desiredCount: 2, runningCount: 2, deployments,
  deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } }, ...extra,
});

describe('assessRollout', () => {
  it('waits while our deployment is in progress', () => {
    const s = svc([dep({ id: 'ecs-svc/new', status: 'PRIMARY', taskDefinition: NEW, rolloutState: 'IN_PROGRESS', runningCount: 1 }), dep({ id: 'ecs-svc/old', status: 'ACTIVE', taskDefinition: OLD, runningCount: 2 })]);
    expect(assessRollout(s, target, 'deployed', off).state).toBe('waiting');
  });

  it('is deployed when our deployment COMPLETED, and stable only once the old one is gone', () => {
    const completed = dep({ id: 'ecs-svc/new', status: 'PRIMARY', taskDefinition: NEW, rolloutState: 'COMPLETED', runningCount: 2 });
    const draining = svc([completed, dep({ id: 'ecs-svc/old', status: 'ACTIVE', taskDefinition: OLD, runningCount: 1 })], { runningCount: 3 });
    expect(assessRollout(draining, target, 'deployed', off).state).toBe('deployed');
    expect(assessRollout(draining, target, 'stable', off).state).toBe('waiting');
    expect(assessRollout(svc([completed]), target, 'stable', off).state).toBe('deployed');
  });

  it('says rolled-back when our deployment is gone and the service runs the old revision — what services-stable calls success', () => {
    const s = svc([dep({ id: 'ecs-svc/rollback', status: 'PRIMARY', taskDefinition: OLD, rolloutState: 'COMPLETED', runningCount: 2 })]);
    const a = assessRollout(s, target, 'deployed', off);
    expect(a).toMatchObject({ state: 'rolled-back' });
    expect('reason' in a && a.reason).toContain(`now runs ${OLD}`);
  });

  it('fails on FAILED, noting whether ECS is rolling back', () => {
    const failed = dep({ id: 'ecs-svc/new', status: 'ACTIVE', taskDefinition: NEW, rolloutState: 'FAILED', rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.' });
    const rolling = svc([dep({ id: 'ecs-svc/rollback', status: 'PRIMARY', taskDefinition: OLD, rolloutState: 'IN_PROGRESS' }), failed]);
    expect(assessRollout(rolling, target, 'deployed', off)).toMatchObject({ state: 'failed', ecsRollingBack: true, reason: 'ECS deployment circuit breaker: tasks failed to start.' });
    const stuck = svc([{ ...failed, status: 'PRIMARY' }]);
    expect(assessRollout(stuck, target, 'deployed', off)).toMatchObject({ state: 'failed', ecsRollingBack: false });
  });

  it('fails fast without a circuit breaker when tasks keep failing or cannot be placed', () => {
    const crashing = dep({ id: 'ecs-svc/new', status: 'PRIMARY', taskDefinition: NEW, rolloutState: 'IN_PROGRESS', failedTasks: 4 });
    const noBreaker = { deploymentConfiguration: { deploymentCircuitBreaker: { enable: false, rollback: false } } };
    expect(assessRollout(svc([crashing], noBreaker), target, 'deployed', { enabled: true, placementFailures: 0 }).state).toBe('failed');
    expect(assessRollout(svc([{ ...crashing, failedTasks: 3 }], noBreaker), target, 'deployed', { enabled: true, placementFailures: 0 }).state).toBe('waiting');
    expect(assessRollout(svc([crashing], noBreaker), target, 'deployed', off).state).toBe('waiting');
    expect(assessRollout(svc([crashing]), target, 'deployed', { enabled: true, placementFailures: 0 }).state).toBe('waiting');
    expect(assessRollout(svc([{ ...crashing, failedTasks: 0 }], noBreaker), target, 'deployed', { enabled: true, placementFailures: 5 }).state).toBe('failed');
  });
});

describe('rolloutKind', () => {
  it('follows rolling, ECS blue/green (linear, canary) and CodeDeploy services; refuses external controllers', () => {
    expect(rolloutKind(svc([], { deploymentController: { type: 'CODE_DEPLOY' } }))).toBe('codedeploy');
    expect(rolloutKind(svc([], { deploymentController: { type: 'EXTERNAL' } }))).toEqual({ refused: expect.stringContaining('EXTERNAL deployment controller') });
    for (const strategy of ['BLUE_GREEN', 'LINEAR', 'CANARY'] as const) {
      expect(rolloutKind(svc([], { deploymentConfiguration: { strategy } }))).toBe('ecs-blue-green');
    }
    expect(rolloutKind(svc([], { deploymentConfiguration: { strategy: 'ROLLING' } }))).toBe('rolling');
    expect(rolloutKind(svc([], { deploymentController: { type: 'ECS' } }))).toBe('rolling');
  });
});

describe('revisionsToDeregister', () => {
  const arn = (n: number) => `arn:aws:ecs:us-east-1:1:task-definition/api:${n}`;
  it('keeps the newest N, the deployed and the previous revision', () => {
    const active = [1, 2, 3, 4, 5, 6].map(arn);
    expect(revisionsToDeregister(active, 2, [arn(6), arn(2)])).toEqual([arn(4), arn(3), arn(1)]);
    expect(revisionsToDeregister(active, 10, [arn(6)])).toEqual([]);
  });
});
