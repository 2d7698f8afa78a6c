import type { Prng } from '../../core/prng.js';
import { ecsArn, type DeploymentRecord, type EcsState, type ServiceRecord, type TaskRecord } from './model.js';
import type { EcsScenario, Scheduler, StopRequest } from './scenario.js';
import { resolveTaskDefinition } from './task-definitions.js';

/** ECS keeps the newest 100 service events. */
const MAX_EVENTS = 100;
/** Guard against a policy that keeps scheduling transitions at the same instant. */
const MAX_STEPS = 100_000;

/**
 * Brings one service from the sim time it was last evolved to up to `now`, in order: reconcile, apply
 * the earliest due task transition, reconcile again... Nothing runs between requests, so the outcome
 * depends only on the sim times at which requests arrive.
 */
export function evolveService(state: EcsState, service: ServiceRecord, now: number, scenario: EcsScenario, ids: Prng): void {
  let at = service.evolvedTo;
  for (let step = 0; step < MAX_STEPS; step++) {
    if (service.status !== 'INACTIVE') scenario.policy.reconcile(service, createScheduler(state, service, at, scenario, ids));
    finishDraining(state, service);
    const next = nextTransitionAt(tasksOfService(state, service));
    if (next === undefined || next > now) break;
    at = next;
    for (const task of tasksOfService(state, service)) applyDueTransitions(task, at, service);
  }
  service.evolvedTo = Math.max(service.evolvedTo, now);
}

/** Tasks outside any service (RunTask) only follow their own timeline. */
export function evolveStandaloneTasks(state: EcsState, now: number): void {
  for (const task of state.tasks.values()) {
    if (task.serviceName === undefined) applyDueTransitions(task, now, undefined);
  }
}

export function tasksOfService(state: EcsState, service: ServiceRecord): TaskRecord[] {
  return [...state.tasks.values()].filter((t) => t.serviceName === service.name && t.clusterName === service.clusterName);
}

export function stopTask(task: TaskRecord, at: number, request: StopRequest, stoppingMs: number): void {
  if (task.desiredStatus === 'STOPPED') return;
  task.desiredStatus = 'STOPPED';
  task.stoppingAt = at;
  task.stopCode = request.stopCode;
  task.stoppedReason = request.reason;
  task.timeline.stoppedAt = at + stoppingMs;
  task.version++;
}

export function addServiceEvent(service: ServiceRecord, at: number, message: string, ids: Prng): void {
  service.events.unshift({ id: ids.uuid(), createdAt: at, message });
  service.events.length = Math.min(service.events.length, MAX_EVENTS);
}

function createScheduler(state: EcsState, service: ServiceRecord, at: number, scenario: EcsScenario, ids: Prng): Scheduler {
  const live = (): TaskRecord[] => tasksOfService(state, service).filter((t) => t.desiredStatus === 'RUNNING');
  return {
    at,
    timings: scenario.timings,
    liveTasks: (deploymentId) => live().filter((t) => deploymentId === undefined || t.deploymentId === deploymentId),
    allTasks: () => tasksOfService(state, service),
    launch: (deployment, count) => {
      const launched: TaskRecord[] = [];
      for (let i = 0; i < count; i++) {
        const plan = scenario.policy.planTask({ service, deployment, at, timings: scenario.timings });
        const task = newServiceTask(state, service, deployment, at, plan.provisioningMs, plan.pendingMs, ids);
        state.tasks.set(task.id, task);
        launched.push(task);
      }
      if (launched.length > 0) {
        deployment.updatedAt = at;
        const list = launched.map((t) => `(task ${t.id})`).join(' ');
        addServiceEvent(service, at, `(service ${service.name}) has started ${launched.length} tasks: ${list}.`, ids);
      }
      return launched;
    },
    stop: (tasks, request) => {
      const stopping = tasks.filter((t) => t.desiredStatus === 'RUNNING');
      for (const task of stopping) {
        stopTask(task, at, request, scenario.timings.stoppingMs);
        touchDeployment(service, task, at);
      }
      if (stopping.length > 0) {
        const list = stopping.map((t) => `(task ${t.id})`).join(' ');
        addServiceEvent(service, at, `(service ${service.name}) has stopped ${stopping.length} running tasks: ${list}.`, ids);
      }
    },
    event: (message) => addServiceEvent(service, at, message, ids),
  };
}

function newServiceTask(
  state: EcsState, service: ServiceRecord, deployment: DeploymentRecord, at: number,
  provisioningMs: number, pendingMs: number, ids: Prng,
): TaskRecord {
  const id = ids.hex(32);
  const td = resolveTaskDefinition(state, deployment.taskDefinitionArn);
  const containers = ((td?.body.containerDefinitions ?? []) as Array<{ name: string; image: string; essential?: boolean }>)
    .map((c) => ({ name: c.name, image: c.image, essential: c.essential !== false, containerId: ids.uuid() }));
  return {
    id,
    arn: ecsArn(state, `task/${service.clusterName}/${id}`),
    clusterName: service.clusterName,
    taskDefinitionArn: deployment.taskDefinitionArn,
    group: `service:${service.name}`,
    startedBy: deployment.id,
    serviceName: service.name,
    deploymentId: deployment.id,
    launchType: deployment.launchType,
    platformVersion: deployment.platformVersion,
    cpu: td?.cpu,
    memory: td?.memory,
    containers,
    lastStatus: 'PROVISIONING',
    desiredStatus: 'RUNNING',
    createdAt: at,
    version: 1,
    timeline: { pendingAt: at + provisioningMs, runningAt: at + provisioningMs + pendingMs },
  };
}

function nextTransitionAt(tasks: TaskRecord[]): number | undefined {
  let next: number | undefined;
  for (const task of tasks) {
    const due = dueAt(task);
    if (due !== undefined && (next === undefined || due < next)) next = due;
  }
  return next;
}

function dueAt(task: TaskRecord): number | undefined {
  if (task.lastStatus === 'STOPPED') return undefined;
  if (task.desiredStatus === 'STOPPED') return task.timeline.stoppedAt;
  if (task.lastStatus === 'PROVISIONING') return task.timeline.pendingAt;
  if (task.lastStatus === 'PENDING') return task.timeline.runningAt;
  return undefined;
}

function applyDueTransitions(task: TaskRecord, at: number, service: ServiceRecord | undefined): void {
  for (let due = dueAt(task); due !== undefined && due <= at; due = dueAt(task)) {
    if (task.desiredStatus === 'STOPPED') {
      task.lastStatus = 'STOPPED';
      task.stoppedAt = due;
      task.executionStoppedAt = due;
    } else if (task.lastStatus === 'PROVISIONING') {
      task.lastStatus = 'PENDING';
      task.pullStartedAt = due;
    } else {
      task.lastStatus = 'RUNNING';
      task.pullStoppedAt = due;
      task.startedAt = due;
    }
    task.version++;
    if (service) touchDeployment(service, task, due);
  }
}

function touchDeployment(service: ServiceRecord, task: TaskRecord, at: number): void {
  const deployment = service.deployments.find((d) => d.id === task.deploymentId);
  if (deployment) deployment.updatedAt = at;
}

/** A deleted service becomes INACTIVE once none of its tasks is left running. */
function finishDraining(state: EcsState, service: ServiceRecord): void {
  if (service.status !== 'DRAINING') return;
  if (tasksOfService(state, service).every((t) => t.lastStatus === 'STOPPED')) {
    service.status = 'INACTIVE';
    service.deployments = [];
  }
}
