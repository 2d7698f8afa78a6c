import type { Deployment, Service } from '@aws-sdk/client-ecs';
import type { WaitUntil } from './inputs.js';

/**
 * The verdict on OUR deployment, from one DescribeServices snapshot. `aws ecs wait services-stable` asks only
 * "one deployment, running == desired", which is also true after the circuit breaker rolled back to the old
 * revision; here the deployment we created is followed by id, and its task definition is checked. Pure.
 */
export type Assessment =
  | { state: 'waiting'; deployment?: Deployment }
  | { state: 'deployed'; deployment?: Deployment }
  | { state: 'failed'; deployment?: Deployment; reason: string; ecsRollingBack: boolean }
  | { state: 'rolled-back'; reason: string };

export interface Target {
  deploymentId: string;
  taskDefinitionArn: string;
}

export interface FailFastState {
  enabled: boolean;
  /** "unable to place a task" events seen since our update. */
  placementFailures: number;
}

/** Repeated placement failures or a stream of failing tasks with none healthy: what ECS itself would take a long time to call. */
export function failFastThreshold(desired: number): number {
  return Math.max(3, 2 * desired);
}

export const PLACEMENT_FAILURES_TO_FAIL = 5;

export function assessRollout(service: Service, target: Target, waitUntil: WaitUntil, failFast: FailFastState): Assessment {
  const deployments = service.deployments ?? [];
  const ours = deployments.find((d) => d.id === target.deploymentId);
  const primary = deployments.find((d) => d.status === 'PRIMARY');
  if (service.status && service.status !== 'ACTIVE') {
    return { state: 'failed', deployment: ours, reason: `the service is ${service.status}`, ecsRollingBack: false };
  }
  if (!ours) {
    if (primary && primary.taskDefinition !== target.taskDefinitionArn) {
      return { state: 'rolled-back', reason: `deployment ${target.deploymentId} is gone and the service now runs ${primary.taskDefinition} (deployment ${primary.id}): ECS rolled back` };
    }
    return { state: 'failed', reason: `deployment ${target.deploymentId} was replaced by ${primary?.id ?? 'another deployment'} before it completed`, ecsRollingBack: false };
  }
  if (ours.rolloutState === 'FAILED') {
    const rollingBack = !!primary && primary.id !== ours.id && primary.taskDefinition !== target.taskDefinitionArn;
    return { state: 'failed', deployment: ours, reason: ours.rolloutStateReason ?? 'the deployment failed', ecsRollingBack: rollingBack };
  }
  if (ours.status !== 'PRIMARY') {
    const reason = primary && primary.taskDefinition !== target.taskDefinitionArn
      ? `the service moved on to ${primary.taskDefinition} (deployment ${primary.id})`
      : `deployment ${ours.id} is no longer the primary one`;
    return { state: 'failed', deployment: ours, reason, ecsRollingBack: false };
  }
  const done = ours.rolloutState ? ours.rolloutState === 'COMPLETED' : deployments.length === 1 && ours.runningCount === ours.desiredCount;
  if (done && (waitUntil !== 'stable' || (deployments.length === 1 && service.runningCount === service.desiredCount))) {
    return { state: 'deployed', deployment: ours };
  }
  const circuitBreaker = service.deploymentConfiguration?.deploymentCircuitBreaker?.enable === true;
  if (failFast.enabled && !circuitBreaker) {
    const failed = ours.failedTasks ?? 0;
    if ((ours.runningCount ?? 0) === 0 && failed >= failFastThreshold(ours.desiredCount ?? 1)) {
      return { state: 'failed', deployment: ours, reason: `${failed} tasks of the new deployment failed and none is running (fail-fast; the circuit breaker is off)`, ecsRollingBack: false };
    }
    if (failFast.placementFailures >= PLACEMENT_FAILURES_TO_FAIL) {
      return { state: 'failed', deployment: ours, reason: `ECS reported ${failFast.placementFailures} times that it was unable to place a task (fail-fast)`, ecsRollingBack: false };
    }
  }
  return { state: 'waiting', deployment: ours };
}

/** `running 1/3, pending 2, failed 0` for our deployment. */
export function progressLine(deployment: Deployment | undefined): string {
  if (!deployment) return 'deployment not found';
  return `${deployment.rolloutState ?? deployment.status}: running ${deployment.runningCount ?? 0}/${deployment.desiredCount ?? 0}, pending ${deployment.pendingCount ?? 0}, failed ${deployment.failedTasks ?? 0}`;
}

/** How a service's rollouts run, and so which path follows them. */
export type RolloutKind = 'rolling' | 'ecs-blue-green' | 'codedeploy';

/**
 * ECS rolling updates are judged from deployments[]; ECS's blue/green, linear and canary strategies from the
 * service-deployment API (lifecycle stages, bake time); the CODE_DEPLOY controller from a CodeDeploy deployment.
 * An EXTERNAL controller's rollouts are someone else's task sets: refused.
 */
export function rolloutKind(service: Service): RolloutKind | { refused: string } {
  const type = service.deploymentController?.type ?? 'ECS';
  if (type === 'CODE_DEPLOY') return 'codedeploy';
  if (type !== 'ECS') {
    return { refused: `service ${service.serviceName} uses the ${type} deployment controller; ecs-deploy drives ECS deployments (rolling, blue/green, linear, canary) and CodeDeploy blue/green only` };
  }
  const strategy = service.deploymentConfiguration?.strategy;
  return strategy && strategy !== 'ROLLING' ? 'ecs-blue-green' : 'rolling';
}
