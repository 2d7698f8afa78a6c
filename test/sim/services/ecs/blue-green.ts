import { circuitBreakerThreshold } from './circuit-breaker.js';
import { finishServiceDeployment, scalingStop } from './deployments.js';
import type { DeploymentRecord, HookRunRecord, ServiceDeploymentRecord, ServiceRecord } from './model.js';
import type { Scheduler } from './scenario.js';
import { isServing } from './task-lifecycle.js';

/**
 * ECS's native BLUE_GREEN, LINEAR and CANARY strategies (deployment controller ECS), after the Developer Guide's
 * "blue/green service deployments workflow" and the ServiceDeployment API reference: the new (green) revision
 * scales up to the full desired count beside the old (blue) one, test traffic then production traffic shift to it
 * (LINEAR in stepPercent steps, CANARY canaryPercent first), the bake time runs with both revisions up, and
 * CLEAN_UP stops the blue tasks. Lifecycle hooks run at the stages they name and answer as the scenario's hook
 * rules say (default SUCCEEDED after timings.hookMs); PAUSE hooks wait for ContinueServiceDeployment.
 * A failing hook, or green task failures reaching the circuit breaker's threshold (when it is enabled), roll
 * production traffic back to blue and stop the green tasks.
 */
const STAGES = [
  'RECONCILE_SERVICE', 'PRE_SCALE_UP', 'SCALE_UP', 'POST_SCALE_UP', 'TEST_TRAFFIC_SHIFT', 'POST_TEST_TRAFFIC_SHIFT',
  'PRODUCTION_TRAFFIC_SHIFT', 'POST_PRODUCTION_TRAFFIC_SHIFT', 'BAKE_TIME', 'CLEAN_UP',
] as const;
type Stage = (typeof STAGES)[number];
/** While rolling back, ECS shifts production then test traffic back (running those stages' hooks), then cleans up. */
const ROLLBACK_STAGES: readonly Stage[] = ['PRODUCTION_TRAFFIC_SHIFT', 'TEST_TRAFFIC_SHIFT', 'CLEAN_UP'];

const MINUTE_MS = 60_000;
/** Not confirmed: the wording of a lifecycle-hook failure and of a stop request (AWS publishes no examples). */
export const HOOK_FAILED_REASON = (stage: string): string => `Service deployment rolled back because a lifecycle hook failed at ${stage}.`;
export const CIRCUIT_BREAKER_REASON = 'ECS deployment circuit breaker: tasks failed to start.';

export function reconcileTrafficShift(service: ServiceRecord, scheduler: Scheduler): void {
  const primary = service.deployments[0];
  if (!primary) return;
  primary.desiredCount = service.status === 'ACTIVE' ? service.desiredCount : 0;
  const record = service.serviceDeployments[0];
  const running = record !== undefined && ['IN_PROGRESS', 'ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS'].includes(record.status);
  if (!record || !running) {
    dropFinished(service, scheduler, primary);
    if (primary.rolloutState !== 'FAILED') keepUp(scheduler, primary);
    settle(service, scheduler, primary);
    return;
  }
  if (record.status === 'ROLLBACK_IN_PROGRESS') {
    advanceRollback(service, scheduler, record);
    return;
  }
  const green = primary;
  const blue = service.deployments.find((d) => d !== green && d.status === 'ACTIVE' && d.rolloutState === 'COMPLETED')
    ?? service.deployments.find((d) => d !== green);
  // Deployments older than blue serve nothing: stop them (RECONCILE_SERVICE when a deployment starts with them around).
  for (const stale of service.deployments.filter((d) => d !== green && d !== blue)) {
    scheduler.stop(scheduler.liveTasks(stale.id), scalingStop(stale));
  }
  dropFinished(service, scheduler, green);
  if (record.status === 'ROLLBACK_REQUESTED') {
    startRollback(service, scheduler, record, green, record.statusReason ?? 'Service deployment rollback requested.');
    return;
  }
  if (green.failedTasks > 0) record.failureCount = green.failedTasks;
  const breaker = service.deploymentConfiguration.deploymentCircuitBreaker;
  if (breaker.enable && green.failedTasks >= circuitBreakerThreshold(service)) {
    startRollback(service, scheduler, record, green, CIRCUIT_BREAKER_REASON);
    return;
  }
  record.lifecycleStage ??= enterStage(service, scheduler, record, firstStage(service, green, blue));
  // Stages that finish at this instant hand over to the next one at once.
  for (let guard = 0; guard < STAGES.length + 1; guard++) {
    const stage = record.lifecycleStage as Stage;
    if (stage !== 'PRE_SCALE_UP' && stage !== 'RECONCILE_SERVICE') keepUp(scheduler, green);
    const hooksSucceeded = hooksDone(record, scheduler);
    if (record.hooks.some((h) => h.status === 'FAILED')) {
      startRollback(service, scheduler, record, green, HOOK_FAILED_REASON(stage));
      return;
    }
    if (!stageWorkDone(service, scheduler, record, green, blue, stage) || !hooksSucceeded) return;
    const next = STAGES[STAGES.indexOf(stage) + 1];
    if (next === undefined) {
      succeed(service, scheduler, record, green);
      return;
    }
    enterStage(service, scheduler, record, next);
  }
}

function firstStage(service: ServiceRecord, green: DeploymentRecord, blue: DeploymentRecord | undefined): Stage {
  const others = service.deployments.filter((d) => d !== green && d !== blue);
  return others.length > 0 ? 'RECONCILE_SERVICE' : 'PRE_SCALE_UP';
}

function enterStage(service: ServiceRecord, scheduler: Scheduler, record: ServiceDeploymentRecord, stage: Stage, duringRollback = false): Stage {
  record.lifecycleStage = stage;
  record.stageStartedAt = scheduler.at;
  record.updatedAt = scheduler.at;
  record.shiftStepAt = undefined;
  record.hooks = [];
  let n = 0;
  for (const hook of record.configuration.lifecycleHooks ?? []) {
    if (!hook.lifecycleStages.includes(stage)) continue;
    n++;
    const targetType = hook.targetType ?? 'AWS_LAMBDA';
    const timeoutMs = (hook.timeoutConfiguration?.timeoutInMinutes ?? 60) * MINUTE_MS;
    const run: HookRunRecord = {
      hookId: `${record.arn.split('/').pop()}-${stage}-${n}`,
      targetType,
      targetArn: hook.hookTargetArn,
      status: targetType === 'PAUSE' ? 'AWAITING_ACTION' : 'IN_PROGRESS',
      expiresAt: scheduler.at + timeoutMs,
      outcome: 'SUCCEEDED',
    };
    if (targetType === 'AWS_LAMBDA') {
      const answer = scheduler.hookOutcome(stage, duringRollback);
      run.outcome = answer.status;
      run.doneAt = scheduler.at + answer.afterMs;
      scheduler.wakeAt(run.doneAt);
    }
    record.hooks.push(run);
  }
  void service;
  return stage;
}

/** Marks the hooks that have answered by now; true when all of them SUCCEEDED. */
function hooksDone(record: ServiceDeploymentRecord, scheduler: Scheduler): boolean {
  for (const hook of record.hooks) {
    if (hook.status === 'IN_PROGRESS' && hook.doneAt !== undefined && hook.doneAt <= scheduler.at) {
      hook.status = hook.outcome;
      record.updatedAt = scheduler.at;
    }
  }
  return record.hooks.every((h) => h.status === 'SUCCEEDED');
}

function stageWorkDone(
  service: ServiceRecord, scheduler: Scheduler, record: ServiceDeploymentRecord, green: DeploymentRecord,
  blue: DeploymentRecord | undefined, stage: Stage,
): boolean {
  const since = record.stageStartedAt ?? scheduler.at;
  const waitUntil = (time: number): boolean => {
    if (scheduler.at >= time) return true;
    scheduler.wakeAt(time);
    return false;
  };
  // The service's first deployment has no blue revision: it takes all traffic at once and has nothing to bake against.
  const first = record.sources.length === 0;
  switch (stage) {
    case 'RECONCILE_SERVICE':
      return service.deployments.every((d) => d === green || d === blue);
    case 'SCALE_UP':
      return scheduler.liveTasks(green.id).filter(isServing).length >= green.desiredCount;
    case 'TEST_TRAFFIC_SHIFT':
      if (first) return true;
      if (!waitUntil(since + scheduler.timings.trafficShiftMs)) return false;
      record.testWeight = 100;
      return true;
    case 'PRODUCTION_TRAFFIC_SHIFT':
      if (first) return true;
      return shiftProduction(record, scheduler, since, waitUntil);
    case 'BAKE_TIME':
      if (first) return true;
      return waitUntil(since + (record.configuration.bakeTimeInMinutes ?? 0) * MINUTE_MS);
    case 'CLEAN_UP': {
      if (!blue) return true;
      scheduler.stop(scheduler.liveTasks(blue.id), scalingStop(green));
      return scheduler.allTasks().every((t) => t.deploymentId !== blue.id || t.lastStatus === 'STOPPED');
    }
    default:
      return true;
  }
}

/** BLUE_GREEN moves all production traffic in one shift; LINEAR in stepPercent steps; CANARY canaryPercent, then the rest. */
function shiftProduction(
  record: ServiceDeploymentRecord, scheduler: Scheduler, since: number, waitUntil: (time: number) => boolean,
): boolean {
  const shiftMs = scheduler.timings.trafficShiftMs;
  const steps = trafficSteps(record);
  // Step i is reached after i shifts and the step bakes before it.
  let at = since;
  for (const step of steps) {
    at += shiftMs;
    if (!waitUntil(at)) return false;
    record.productionWeight = step.weight;
    record.updatedAt = Math.max(record.updatedAt, at);
    at += step.bakeMs;
  }
  return true;
}

function trafficSteps(record: ServiceDeploymentRecord): Array<{ weight: number; bakeMs: number }> {
  const config = record.configuration;
  if (record.strategy === 'CANARY') {
    const percent = config.canaryConfiguration?.canaryPercent ?? 10;
    return [{ weight: percent, bakeMs: (config.canaryConfiguration?.canaryBakeTimeInMinutes ?? 10) * MINUTE_MS }, { weight: 100, bakeMs: 0 }];
  }
  if (record.strategy === 'LINEAR') {
    const percent = config.linearConfiguration?.stepPercent ?? 10;
    const bakeMs = (config.linearConfiguration?.stepBakeTimeInMinutes ?? 6) * MINUTE_MS;
    const steps: Array<{ weight: number; bakeMs: number }> = [];
    for (let weight = percent; weight < 100; weight += percent) steps.push({ weight: Math.round(weight * 10) / 10, bakeMs });
    steps.push({ weight: 100, bakeMs: 0 });
    return steps;
  }
  return [{ weight: 100, bakeMs: 0 }];
}

/** Green keeps its full size while the deployment runs (failed tasks are replaced, as ECS does). */
function keepUp(scheduler: Scheduler, deployment: DeploymentRecord): void {
  const live = scheduler.liveTasks(deployment.id);
  if (live.length > deployment.desiredCount) scheduler.stop(live.slice(0, live.length - deployment.desiredCount), scalingStop(deployment));
  else if (live.length < deployment.desiredCount) scheduler.launch(deployment, deployment.desiredCount - live.length);
}

function succeed(service: ServiceRecord, scheduler: Scheduler, record: ServiceDeploymentRecord, green: DeploymentRecord): void {
  record.productionWeight = 100;
  record.testWeight = 100;
  finishServiceDeployment(record, scheduler.at, 'SUCCESSFUL', 'Service deployment completed successfully.');
  record.lifecycleStage = 'CLEAN_UP';
  green.rolloutState = 'COMPLETED';
  green.rolloutStateReason = `ECS deployment ${green.id} completed.`;
  green.updatedAt = scheduler.at;
  service.lastCompleted = { deploymentId: green.id, taskDefinitionArn: green.taskDefinitionArn, revisionArn: green.revisionArn };
  scheduler.event(`(service ${service.name}) (deployment ${green.id}) deployment completed.`);
  dropFinished(service, scheduler, green);
  settle(service, scheduler, green);
}

/**
 * Production (then test) traffic goes back to blue, green's tasks stop, and blue is the PRIMARY again; without a
 * blue revision to return to (the service's first deployment) the deployment just stops.
 */
function startRollback(service: ServiceRecord, scheduler: Scheduler, record: ServiceDeploymentRecord, green: DeploymentRecord, reason: string): void {
  const blue = service.deployments.find((d) => d !== green);
  green.rolloutState = 'FAILED';
  green.rolloutStateReason = reason;
  green.updatedAt = scheduler.at;
  record.failureCount = Math.max(record.failureCount, green.failedTasks);
  scheduler.event(`(service ${service.name}) (deployment ${green.id}) deployment failed: ${reason}`);
  if (!blue) {
    finishServiceDeployment(record, scheduler.at, 'STOPPED', reason);
    return;
  }
  record.status = 'ROLLBACK_IN_PROGRESS';
  record.statusReason = reason;
  record.rollback = { reason, startedAt: scheduler.at, serviceRevisionArn: blue.revisionArn };
  green.status = 'ACTIVE';
  blue.status = 'PRIMARY';
  service.deployments = [blue, ...service.deployments.filter((d) => d !== blue)];
  service.taskDefinitionArn = blue.taskDefinitionArn;
  service.steady = false;
  scheduler.event(`(service ${service.name}) rolling back to deployment ${blue.id}.`);
  enterStage(service, scheduler, record, ROLLBACK_STAGES[0]!, true);
  advanceRollback(service, scheduler, record);
}

function advanceRollback(service: ServiceRecord, scheduler: Scheduler, record: ServiceDeploymentRecord): void {
  const primary = service.deployments[0]!;
  const green = { id: record.deploymentId };
  keepUp(scheduler, primary);
  for (let guard = 0; guard < ROLLBACK_STAGES.length + 1; guard++) {
    const stage = record.lifecycleStage as Stage;
    if (record.hooks.some((h) => h.status === 'FAILED')) {
      finishServiceDeployment(record, scheduler.at, 'ROLLBACK_FAILED', `${record.statusReason ?? ''} The rollback failed: a lifecycle hook failed at ${stage}.`.trim());
      return;
    }
    if (!hooksDone(record, scheduler)) {
      if (record.hooks.some((h) => h.status === 'FAILED')) continue;
      return;
    }
    const since = record.stageStartedAt ?? scheduler.at;
    if (stage === 'CLEAN_UP') {
      scheduler.stop(scheduler.liveTasks(green.id), scalingStop(primary));
      if (!scheduler.allTasks().every((t) => t.deploymentId !== green.id || t.lastStatus === 'STOPPED')) return;
      finishServiceDeployment(record, scheduler.at, 'ROLLBACK_SUCCESSFUL');
      record.lifecycleStage = 'CLEAN_UP';
      dropFinished(service, scheduler, primary);
      settle(service, scheduler, primary);
      return;
    }
    const shiftDone = since + scheduler.timings.trafficShiftMs;
    if (scheduler.at < shiftDone) {
      scheduler.wakeAt(shiftDone);
      return;
    }
    if (stage === 'PRODUCTION_TRAFFIC_SHIFT') record.productionWeight = 0;
    else record.testWeight = 0;
    enterStage(service, scheduler, record, ROLLBACK_STAGES[ROLLBACK_STAGES.indexOf(stage) + 1]!, true);
  }
}

/** Deployments other than `keep` leave deployments[] once all their tasks have STOPPED (like ECS). */
function dropFinished(service: ServiceRecord, scheduler: Scheduler, keep: DeploymentRecord): void {
  const done = (d: DeploymentRecord): boolean => scheduler.allTasks().every((t) => t.deploymentId !== d.id || t.lastStatus === 'STOPPED');
  service.deployments = service.deployments.filter((d) => d === keep || !done(d));
}

/** The "steady state" event once the PRIMARY alone runs its desired count. */
function settle(service: ServiceRecord, scheduler: Scheduler, primary: DeploymentRecord): void {
  const live = scheduler.liveTasks(primary.id);
  const settled = service.deployments.length === 1 && live.length === service.desiredCount && live.every(isServing);
  if (!settled) {
    service.steady = false;
    return;
  }
  if (!service.steady) {
    service.steady = true;
    scheduler.event(`(service ${service.name}) has reached a steady state.`);
  }
}
