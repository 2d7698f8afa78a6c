import { applyCircuitBreaker } from './circuit-breaker.js';
import { reconcileTrafficShift } from './blue-green.js';
import { finishServiceDeployment, isTrafficShiftService, scalingStop, serviceDeploymentOf } from './deployments.js';
import type { DeploymentRecord, ServiceRecord, TaskRecord } from './model.js';
import { planFromRule } from './outcomes.js';
import type { RolloutPolicy, Scheduler } from './scenario.js';
import { isServing } from './task-lifecycle.js';

/**
 * ECS's rolling update (deployment controller ECS): start tasks of the PRIMARY deployment within
 * maximumPercent, stop tasks of older deployments while minimumHealthyPercent stays met, drop a
 * deployment once its tasks are gone, and mark the PRIMARY COMPLETED when it alone runs desiredCount.
 * The deployment circuit breaker is checked first, so a deployment that failed launches nothing more.
 */
export const rollingUpdatePolicy: RolloutPolicy = {
  name: 'rolling-update',
  planTask: ({ rule, timings, taskDefinition }) => planFromRule(rule, timings, taskDefinition),
  reconcile: (service, scheduler) => {
    // The same policy runs ECS's other strategies: BLUE_GREEN, LINEAR and CANARY shift traffic between revisions.
    if (isTrafficShiftService(service)) {
      reconcileTrafficShift(service, scheduler);
      return;
    }
    applyCircuitBreaker(service, scheduler);
    reconcileRollingUpdate(service, scheduler);
  },
};

export function reconcileRollingUpdate(service: ServiceRecord, scheduler: Scheduler): void {
  const primary = service.deployments[0];
  if (!primary) return;
  const desired = service.status === 'ACTIVE' ? service.desiredCount : 0;
  const { maximumPercent, minimumHealthyPercent } = service.deploymentConfiguration;
  primary.desiredCount = desired;
  const older = service.deployments.slice(1);

  // Tasks of an old deployment that are not serving yet add nothing to health: stop them first.
  for (const deployment of older) {
    scheduler.stop(scheduler.liveTasks(deployment.id).filter((t) => !isServing(t)), scalingStop(deployment));
  }
  const primaryLive = scheduler.liveTasks(primary.id);
  if (primaryLive.length > desired) {
    const surplus = [...primaryLive].sort(byStopPreference).slice(0, primaryLive.length - desired);
    scheduler.stop(surplus, scalingStop(primary));
  }

  // ECS rounds minimumHealthyPercent up and maximumPercent down.
  const minHealthy = Math.ceil((desired * minimumHealthyPercent) / 100);
  let healthy = scheduler.liveTasks().filter(isServing).length;
  for (const deployment of [...older].reverse()) {
    const stoppable = scheduler.liveTasks(deployment.id).filter(isServing);
    const count = Math.max(0, Math.min(stoppable.length, healthy - minHealthy));
    scheduler.stop(stoppable.slice(0, count), scalingStop(deployment));
    healthy -= count;
  }

  // Tasks still shutting down are RUNNING or PENDING to ECS, so they count against maximumPercent.
  const maxTotal = Math.max(desired, Math.floor((desired * maximumPercent) / 100));
  const need = desired - scheduler.liveTasks(primary.id).length;
  const room = maxTotal - scheduler.allTasks().filter((t) => t.lastStatus !== 'STOPPED').length;
  // A deployment the circuit breaker failed launches no new tasks.
  if (need > 0 && room > 0 && primary.rolloutState !== 'FAILED') scheduler.launch(primary, Math.min(need, room));

  const finished = older.filter((d) => scheduler.allTasks().every((t) => t.deploymentId !== d.id || t.lastStatus === 'STOPPED'));
  if (finished.length > 0) service.deployments = service.deployments.filter((d) => !finished.includes(d));

  const primaryServing = scheduler.liveTasks(primary.id).filter(isServing).length;
  const settled = service.deployments.length === 1 && primaryServing === desired && scheduler.liveTasks(primary.id).length === desired;
  if (!settled) {
    // Any disturbance (a stopped task, a scale change) earns a fresh "steady state" event once settled again.
    service.steady = false;
    service.settledSince = undefined;
    return;
  }
  service.settledSince ??= scheduler.at;
  const steadyAt = service.settledSince + scheduler.timings.steadyStateMs;
  if (scheduler.at < steadyAt) {
    scheduler.wakeAt(steadyAt);
    return;
  }
  if (primary.rolloutState === 'IN_PROGRESS') {
    primary.rolloutState = 'COMPLETED';
    primary.rolloutStateReason = `ECS deployment ${primary.id} completed.`;
    primary.updatedAt = scheduler.at;
    service.lastCompleted = { deploymentId: primary.id, taskDefinitionArn: primary.taskDefinitionArn, revisionArn: primary.revisionArn };
    scheduler.event(`(service ${service.name}) (deployment ${primary.id}) deployment completed.`);
    completeServiceDeployment(service, primary, scheduler.at);
  }
  if (!service.steady) {
    service.steady = true;
    scheduler.event(`(service ${service.name}) has reached a steady state.`);
  }
}

/** The service deployment behind a COMPLETED deployment succeeded, or its rollback did. */
export function completeServiceDeployment(service: ServiceRecord, deployment: DeploymentRecord, at: number): void {
  const own = serviceDeploymentOf(service, deployment);
  if (own?.status === 'IN_PROGRESS') {
    own.productionWeight = 100;
    own.testWeight = 100;
    finishServiceDeployment(own, at, 'SUCCESSFUL', 'Service deployment completed successfully.');
  }
  const rolledBack = service.serviceDeployments.find((d) => d.rollbackDeploymentId === deployment.id && d.status === 'ROLLBACK_IN_PROGRESS');
  if (rolledBack) finishServiceDeployment(rolledBack, at, 'ROLLBACK_SUCCESSFUL');
}

/** Scale-in stops tasks that are not running yet first, then the newest. */
function byStopPreference(a: TaskRecord, b: TaskRecord): number {
  const aRunning = a.lastStatus === 'RUNNING' ? 1 : 0;
  const bRunning = b.lastStatus === 'RUNNING' ? 1 : 0;
  return aRunning - bRunning || b.createdAt - a.createdAt;
}
