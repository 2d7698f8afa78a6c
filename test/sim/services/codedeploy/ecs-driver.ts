import type { Prng } from '../../core/prng.js';
import type { DeploymentRecord, ServiceRecord } from '../ecs/model.js';
import type { Scheduler } from '../ecs/scenario.js';
import { isServing } from '../ecs/task-lifecycle.js';
import type { ExternalController } from '../ecs/task-sets.js';
import { ECS_EVENTS, type CdDeploymentRecord, type CodeDeployScenario, type DeploymentGroupRecord, type LifecycleEventRecord } from './model.js';

/**
 * CodeDeploy's ECS blue/green deployment, driven from the service's reconcile (so it moves with ECS's sim time):
 * BeforeInstall, Install (the replacement task set scales up), AfterInstall, AllowTestTraffic,
 * AfterAllowTestTraffic, [Ready wait when the group says STOP_DEPLOYMENT], BeforeAllowTraffic, AllowTraffic (the
 * deployment configuration's all-at-once, linear or canary shift; the replacement becomes PRIMARY), AfterAllowTraffic,
 * then the termination wait and the original task set's removal. Hook events without a hook in the AppSpec succeed
 * at once. Replacement tasks failing `failedTaskThreshold` times, a failing hook or a Ready timeout fail it; with
 * automatic rollback a rollback deployment moves traffic back and removes the replacement.
 */
export interface DriverContext {
  scenario: () => CodeDeployScenario;
  group: (d: CdDeploymentRecord) => DeploymentGroupRecord | undefined;
  newRollback: (failed: CdDeploymentRecord, at: number) => CdDeploymentRecord;
  finished: (d: CdDeploymentRecord) => void;
  ids: Prng;
}

const HOOK_EVENTS = new Set(['BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic']);
const MINUTE_MS = 60_000;
const FAILURE_STOP_CODES = new Set(['TaskFailedToStart', 'EssentialContainerExited']);

/** The controller attached to a CODE_DEPLOY service: runs its group's active deployments, oldest first. */
export function codeDeployController(active: () => CdDeploymentRecord[], context: DriverContext): ExternalController {
  return {
    step: (service, scheduler) => {
      for (const deployment of active()) {
        if (deployment.cluster === service.clusterName && deployment.service === service.name) stepDeployment(deployment, service, scheduler, context);
      }
    },
  };
}

function stepDeployment(d: CdDeploymentRecord, service: ServiceRecord, scheduler: Scheduler, context: DriverContext): void {
  const at = scheduler.at;
  if (d.status === 'Created' || d.status === 'Queued') {
    d.status = 'InProgress';
    d.startTime = at;
  }
  if (d.creator === 'autoRollback') {
    stepRollback(d, service, scheduler, context);
    return;
  }
  if (d.stopRequest) {
    fail(d, service, scheduler, context, 'Stopped', { code: 'MANUAL_STOP', message: 'The deployment was stopped by a user.' }, d.stopRequest.autoRollbackEnabled);
    return;
  }
  const green = d.greenId === undefined ? undefined : service.deployments.find((x) => x.id === d.greenId);
  if (green && failedTasks(scheduler, green) >= context.scenario().failedTaskThreshold) {
    // Not confirmed: CodeDeploy's wording when the replacement task set cannot reach a steady state.
    fail(d, service, scheduler, context, 'Failed', {
      code: 'ECS_UPDATE_ERROR',
      message: `The ECS service cannot be updated due to an unexpected error: tasks of the replacement task set ${green.id} failed to start or stopped (${failedTasks(scheduler, green)} failed tasks).`,
    }, d.autoRollback.enabled);
    return;
  }
  if (d.status === 'Ready') {
    if (d.continueRequested) {
      d.status = 'InProgress';
    } else if (d.readyUntil !== undefined && at >= d.readyUntil) {
      fail(d, service, scheduler, context, 'Stopped', { code: 'TIMEOUT', message: 'The deployment timed out waiting for a ContinueDeployment call.' }, false);
      return;
    } else {
      if (d.readyUntil !== undefined) scheduler.wakeAt(d.readyUntil);
      return;
    }
  }
  for (let guard = 0; guard <= ECS_EVENTS.length + 1; guard++) {
    if (d.current >= d.events.length) {
      finishAfterTraffic(d, service, scheduler, context);
      return;
    }
    const event = d.events[d.current]!;
    if (event.status === 'Pending') startEvent(d, event, service, scheduler, context);
    if (!eventDone(d, event, service, scheduler, context)) return;
    if (event.status === 'Failed') {
      fail(d, service, scheduler, context, 'Failed', {
        code: 'HOOK_EXECUTION_FAILURE',
        message: `The deployment failed because a specified lifecycle event hook (${d.appSpec.hooks[event.name] ?? event.name}) failed at ${event.name}.`,
      }, d.autoRollback.enabled);
      return;
    }
    d.current++;
    d.eventDoneAt = undefined;
    if (event.name === 'AfterAllowTestTraffic' && enterReady(d, scheduler, context)) return;
  }
}

function startEvent(d: CdDeploymentRecord, event: LifecycleEventRecord, service: ServiceRecord, scheduler: Scheduler, context: DriverContext): void {
  const at = scheduler.at;
  event.status = 'InProgress';
  event.startTime = at;
  const scenario = context.scenario();
  if (HOOK_EVENTS.has(event.name)) {
    if (d.appSpec.hooks[event.name] === undefined) {
      d.eventDoneAt = at;
      d.eventOutcome = 'Succeeded';
      return;
    }
    const rule = scenario.hooks.find((r) => (r.event === undefined || r.event === event.name) && (r.limit === undefined || (r.used ?? 0) < r.limit));
    if (rule) rule.used = (rule.used ?? 0) + 1;
    d.eventOutcome = rule?.status ?? 'Succeeded';
    d.eventDoneAt = at + (rule?.afterMs ?? scenario.hookMs);
    scheduler.wakeAt(d.eventDoneAt);
    return;
  }
  if (event.name === 'Install') {
    const blue = service.deployments.find((x) => x.status === 'PRIMARY');
    d.blueId = blue?.id;
    const green = scheduler.startDeployment(d.taskDefinitionArn, { noServiceDeployment: true });
    green.externalId = d.id;
    // The replacement serves no production traffic until AllowTraffic: the original stays PRIMARY.
    if (blue) {
      green.status = 'ACTIVE';
      blue.status = 'PRIMARY';
      service.deployments = [blue, ...service.deployments.filter((x) => x !== blue)];
      service.taskDefinitionArn = blue.taskDefinitionArn;
    }
    green.desiredCount = service.desiredCount;
    d.greenId = green.id;
    d.eventDoneAt = undefined;
    return;
  }
  const shiftMs = scenario.trafficShiftMs;
  if (event.name === 'AllowTestTraffic') {
    d.eventDoneAt = at + (hasTestRoute(context.group(d)) ? shiftMs : 0);
  } else {
    d.eventDoneAt = at + trafficSteps(d.configName, shiftMs).reduce((sum, step) => sum + step.afterMs, 0);
  }
  d.eventOutcome = 'Succeeded';
  scheduler.wakeAt(d.eventDoneAt);
}

function eventDone(d: CdDeploymentRecord, event: LifecycleEventRecord, service: ServiceRecord, scheduler: Scheduler, context: DriverContext): boolean {
  const at = scheduler.at;
  if (event.name === 'Install') {
    const green = service.deployments.find((x) => x.id === d.greenId);
    if (!green) return false;
    green.desiredCount = service.desiredCount;
    if (scheduler.liveTasks(green.id).filter(isServing).length < green.desiredCount) return false;
    event.status = 'Succeeded';
    event.endTime = at;
    return true;
  }
  if (event.name === 'AllowTraffic') {
    // Weight moves by the configuration's steps while the event runs.
    let elapsed = 0;
    for (const step of trafficSteps(d.configName, context.scenario().trafficShiftMs)) {
      elapsed += step.afterMs;
      if ((event.startTime ?? at) + elapsed <= at) d.trafficWeight = step.weight;
      else {
        scheduler.wakeAt((event.startTime ?? at) + elapsed);
        break;
      }
    }
  }
  if (d.eventDoneAt === undefined || at < d.eventDoneAt) return false;
  event.status = d.eventOutcome ?? 'Succeeded';
  event.endTime = at;
  if (event.status === 'Succeeded' && event.name === 'AllowTraffic') promoteGreen(d, service);
  if (event.status === 'Failed') {
    event.diagnostics = {
      errorCode: 'ScriptFailed', scriptName: d.appSpec.hooks[event.name] ?? '', message: `The lifecycle hook ${event.name} returned Failed.`, logTail: '',
    };
  }
  return true;
}

function promoteGreen(d: CdDeploymentRecord, service: ServiceRecord): void {
  const green = service.deployments.find((x) => x.id === d.greenId);
  if (!green) return;
  d.trafficWeight = 100;
  for (const other of service.deployments) other.status = 'ACTIVE';
  green.status = 'PRIMARY';
  service.deployments = [green, ...service.deployments.filter((x) => x !== green)];
  service.taskDefinitionArn = green.taskDefinitionArn;
  service.steady = false;
}

/** With deploymentReadyOption STOP_DEPLOYMENT the deployment waits in Ready for ContinueDeployment. */
function enterReady(d: CdDeploymentRecord, scheduler: Scheduler, context: DriverContext): boolean {
  const ready = context.group(d)?.blueGreenDeploymentConfiguration.deploymentReadyOption;
  if (ready?.actionOnTimeout !== 'STOP_DEPLOYMENT' || d.continueRequested) return false;
  d.status = 'Ready';
  d.readyUntil = scheduler.at + ready.waitTimeInMinutes * MINUTE_MS;
  scheduler.wakeAt(d.readyUntil);
  return true;
}

function finishAfterTraffic(d: CdDeploymentRecord, service: ServiceRecord, scheduler: Scheduler, context: DriverContext): void {
  const termination = context.group(d)?.blueGreenDeploymentConfiguration.terminateBlueInstancesOnDeploymentSuccess;
  const blue = service.deployments.find((x) => x.id === d.blueId);
  if (termination?.action === 'KEEP_ALIVE' || !blue) {
    complete(d, scheduler, context, 'Succeeded');
    return;
  }
  d.terminateAt ??= scheduler.at + termination!.terminationWaitTimeInMinutes * MINUTE_MS;
  if (scheduler.at < d.terminateAt) {
    scheduler.wakeAt(d.terminateAt);
    return;
  }
  blue.desiredCount = 0;
  const live = scheduler.liveTasks(blue.id);
  if (live.length > 0) scheduler.stop(live, { stopCode: 'ServiceSchedulerInitiated', reason: `Scaling activity initiated by (deployment ${blue.id})` });
  if (scheduler.allTasks().some((t) => t.deploymentId === blue.id && t.lastStatus !== 'STOPPED')) return;
  complete(d, scheduler, context, 'Succeeded');
}

function complete(d: CdDeploymentRecord, scheduler: Scheduler, context: DriverContext, status: CdDeploymentRecord['status']): void {
  d.status = status;
  d.completeTime = scheduler.at;
  context.finished(d);
}

/** Ends `d` as Failed or Stopped; the events not run are Skipped. With rollback, a rollback deployment takes over. */
function fail(
  d: CdDeploymentRecord, service: ServiceRecord, scheduler: Scheduler, context: DriverContext, status: 'Failed' | 'Stopped',
  error: { code: string; message: string }, rollback: boolean,
): void {
  for (const event of d.events) {
    if (event.status === 'InProgress') {
      event.status = status === 'Stopped' ? 'Skipped' : 'Failed';
      event.endTime = scheduler.at;
    } else if (event.status === 'Pending') {
      event.status = 'Skipped';
    }
  }
  d.errorInformation = error;
  const green = service.deployments.find((x) => x.id === d.greenId);
  const blue = service.deployments.find((x) => x.id === d.blueId);
  if (rollback && blue) {
    const r = context.newRollback(d, scheduler.at);
    r.blueId = blue.id;
    r.greenId = green?.id;
    d.rollbackInfo = { rollbackDeploymentId: r.id, rollbackMessage: `Deployment ${d.id} ${status.toLowerCase()}; CodeDeploy is rolling back to the previous revision in deployment ${r.id}.` };
    complete(d, scheduler, context, status);
    stepRollback(r, service, scheduler, context);
    return;
  }
  // Without a rollback, a replacement that never got production traffic is removed (not confirmed).
  if (green && d.trafficWeight === 0) green.desiredCount = 0;
  complete(d, scheduler, context, status);
}

/** Production traffic back to the original task set, then the replacement is removed. */
function stepRollback(r: CdDeploymentRecord, service: ServiceRecord, scheduler: Scheduler, context: DriverContext): void {
  const blue = service.deployments.find((x) => x.id === r.blueId);
  const green = service.deployments.find((x) => x.id === r.greenId);
  const allowTraffic = r.events.find((e) => e.name === 'AllowTraffic')!;
  if (allowTraffic.status === 'Pending') {
    for (const event of r.events) if (event !== allowTraffic) event.status = 'Skipped';
    allowTraffic.status = 'InProgress';
    allowTraffic.startTime = scheduler.at;
    if (blue) {
      blue.desiredCount = service.desiredCount;
      for (const other of service.deployments) other.status = 'ACTIVE';
      blue.status = 'PRIMARY';
      service.deployments = [blue, ...service.deployments.filter((x) => x !== blue)];
      service.taskDefinitionArn = blue.taskDefinitionArn;
    }
    r.trafficWeight = 100;
  }
  if (green) {
    green.desiredCount = 0;
    const live = scheduler.liveTasks(green.id);
    if (live.length > 0) scheduler.stop(live, { stopCode: 'ServiceSchedulerInitiated', reason: `Scaling activity initiated by (deployment ${green.id})` });
    if (scheduler.allTasks().some((t) => t.deploymentId === green.id && t.lastStatus !== 'STOPPED')) return;
  }
  allowTraffic.status = 'Succeeded';
  allowTraffic.endTime = scheduler.at;
  complete(r, scheduler, context, 'Succeeded');
}

function failedTasks(scheduler: Scheduler, green: DeploymentRecord): number {
  return scheduler.allTasks().filter((t) => t.deploymentId === green.id
    && (FAILURE_STOP_CODES.has(t.stopCode ?? '') || t.healthStatus === 'UNHEALTHY')).length;
}

function hasTestRoute(group: DeploymentGroupRecord | undefined): boolean {
  return (group?.loadBalancerInfo?.targetGroupPairInfoList ?? []).some((pair) => pair.testTrafficRoute !== undefined);
}

/**
 * CodeDeploy's predefined ECS configurations: AllAtOnce; LinearXPercentEveryYMinutes (X% every Y minutes);
 * CanaryXPercentYMinutes (X%, then the rest Y minutes later). Each shift also takes `shiftMs`.
 */
export function trafficSteps(configName: string, shiftMs: number): Array<{ weight: number; afterMs: number }> {
  const linear = /ECSLinear(\d+)PercentEvery(\d+)Minutes?$/.exec(configName);
  if (linear) {
    const percent = Number(linear[1]);
    const everyMs = Number(linear[2]) * MINUTE_MS;
    const steps: Array<{ weight: number; afterMs: number }> = [];
    for (let weight = percent; weight < 100; weight += percent) steps.push({ weight, afterMs: steps.length === 0 ? shiftMs : everyMs });
    steps.push({ weight: 100, afterMs: steps.length === 0 ? shiftMs : everyMs });
    return steps;
  }
  const canary = /ECSCanary(\d+)Percent(\d+)Minutes?$/.exec(configName);
  if (canary) return [{ weight: Number(canary[1]), afterMs: shiftMs }, { weight: 100, afterMs: Number(canary[2]) * MINUTE_MS }];
  return [{ weight: 100, afterMs: shiftMs }];
}
