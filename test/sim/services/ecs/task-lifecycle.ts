import type { TaskContainerRecord, TaskRecord } from './model.js';
import type { PlannedFailure, StopRequest, TaskPlan } from './scenario.js';

/** What a task's own transitions report to its service. */
export interface LifecycleHooks {
  stoppingMs: number;
  /** The task failed by itself (not stopped by a user or the scheduler's scaling). */
  failed(task: TaskRecord, kind: PlannedFailure['kind'], at: number): void;
  /** The task became healthy (RUNNING, and HEALTHY where health-checked). */
  healthy(task: TaskRecord, at: number): void;
  log(task: TaskRecord, container: TaskContainerRecord, events: Array<{ timestamp: number; message: string }>): void;
  /** Any transition, for the deployment's updatedAt. */
  changed(task: TaskRecord, at: number): void;
}

export const ESSENTIAL_CONTAINER_EXITED = 'Essential container in task exited';
export const FAILED_HEALTH_CHECKS = 'Task failed container health checks';

export function stopTask(task: TaskRecord, at: number, request: StopRequest, stoppingMs: number): void {
  if (task.desiredStatus === 'STOPPED') return;
  task.desiredStatus = 'STOPPED';
  task.stoppingAt = at;
  task.stopCode = request.stopCode;
  task.stoppedReason = request.reason;
  task.timeline.stoppedAt = at + stoppingMs;
  // One-off tasks show the stop in progress (ECS: RUNNING -> STOPPING -> DEPROVISIONING -> STOPPED on Fargate).
  if (task.plan.oneOff && task.lastStatus === 'RUNNING') {
    task.lastStatus = 'STOPPING';
    if (task.plan.oneOff.deprovisioning) task.timeline.deprovisioningAt = at + Math.floor(stoppingMs / 2);
  }
  task.version++;
}

/** Sim time of the task's next transition (including its next log line), if any. */
export function dueAt(task: TaskRecord): number | undefined {
  if (task.lastStatus === 'STOPPED') return undefined;
  if (task.desiredStatus === 'STOPPED') {
    const { deprovisioningAt, stoppedAt } = task.timeline;
    return task.lastStatus === 'STOPPING' && deprovisioningAt !== undefined ? deprovisioningAt : stoppedAt;
  }
  if (task.lastStatus === 'PROVISIONING') return task.timeline.pendingAt;
  const { runningAt, failAt } = task.timeline;
  if (task.lastStatus === 'PENDING') return earliest(finite(runningAt), task.plan.failure?.kind === 'fail-to-start' ? failAt : undefined);
  return earliest(task.plan.failure?.kind === 'fail-to-start' ? undefined : failAt, nextLogAt(task));
}

/** Applies every transition of `task` due at or before `at`, in time order. */
export function applyDueTransitions(task: TaskRecord, at: number, hooks: LifecycleHooks | undefined): void {
  for (let due = dueAt(task); due !== undefined && due <= at; due = dueAt(task)) {
    applyTransition(task, due, hooks);
    hooks?.changed(task, due);
  }
}

function applyTransition(task: TaskRecord, due: number, hooks: LifecycleHooks | undefined): void {
  const failure = task.plan.failure;
  if (task.desiredStatus === 'STOPPED' && task.lastStatus === 'STOPPING' && due < (task.timeline.stoppedAt ?? Infinity)) {
    task.lastStatus = 'DEPROVISIONING';
    task.executionStoppedAt ??= due;
    settleExitCodes(task);
  } else if (task.desiredStatus === 'STOPPED') {
    task.lastStatus = 'STOPPED';
    task.stoppedAt = due;
    task.executionStoppedAt ??= due;
    settleExitCodes(task);
  } else if (task.lastStatus === 'PROVISIONING') {
    task.lastStatus = 'PENDING';
    task.pullStartedAt = due;
  } else if (task.lastStatus === 'PENDING' && failure?.kind === 'fail-to-start' && due === task.timeline.failAt) {
    failToStart(task, failure, due, hooks);
    return;
  } else if (task.lastStatus === 'PENDING') {
    task.lastStatus = 'RUNNING';
    task.pullStoppedAt = due;
    task.startedAt = due;
    if (!failure) becomeHealthy(task, due, hooks);
  } else if (nextLogAt(task) === due) {
    writeLogs(task, due, linesDueBy(task, due), hooks);
    return;
  } else if (failure?.kind === 'crash') {
    crash(task, failure, due, hooks);
    return;
  } else if (failure?.kind === 'unhealthy') {
    turnUnhealthy(task, failure, due, hooks);
    return;
  }
  task.version++;
}

function failToStart(task: TaskRecord, failure: Extract<PlannedFailure, { kind: 'fail-to-start' }>, at: number, hooks: LifecycleHooks | undefined): void {
  const container = task.containers.find((c) => c.name === failure.container);
  if (container) container.reason = failure.reason;
  task.pullStoppedAt = at;
  task.executionStoppedAt = at;
  stopTask(task, at, { stopCode: 'TaskFailedToStart', reason: failure.reason }, hooks?.stoppingMs ?? 0);
  hooks?.failed(task, 'fail-to-start', at);
}

function crash(task: TaskRecord, failure: Extract<PlannedFailure, { kind: 'crash' }>, at: number, hooks: LifecycleHooks | undefined): void {
  // A crashing process gets its last words out before it exits.
  writeLogs(task, at, Infinity, hooks);
  const container = task.containers.find((c) => c.name === failure.container);
  if (container) {
    container.exitCode = failure.exitCode;
    container.stoppedEarly = true;
  }
  task.executionStoppedAt = at;
  stopTask(task, at, { stopCode: 'EssentialContainerExited', reason: ESSENTIAL_CONTAINER_EXITED }, hooks?.stoppingMs ?? 0);
  hooks?.failed(task, 'crash', at);
}

function turnUnhealthy(task: TaskRecord, failure: Extract<PlannedFailure, { kind: 'unhealthy' }>, at: number, hooks: LifecycleHooks | undefined): void {
  const container = task.containers.find((c) => c.name === failure.container);
  if (container) container.healthStatus = 'UNHEALTHY';
  task.healthStatus = 'UNHEALTHY';
  stopTask(task, at, { stopCode: 'ServiceSchedulerInitiated', reason: FAILED_HEALTH_CHECKS }, hooks?.stoppingMs ?? 0);
  hooks?.failed(task, 'unhealthy', at);
}

function becomeHealthy(task: TaskRecord, at: number, hooks: LifecycleHooks | undefined): void {
  for (const container of task.containers) if (container.healthChecked) container.healthStatus = 'HEALTHY';
  if (task.containers.some((c) => c.healthChecked)) task.healthStatus = 'HEALTHY';
  hooks?.healthy(task, at);
}

/** Whether the task counts toward the service's healthy tasks: RUNNING, and HEALTHY where health-checked. */
export function isServing(task: TaskRecord): boolean {
  if (task.lastStatus !== 'RUNNING') return false;
  return task.containers.every((c) => !c.healthChecked || c.healthStatus === 'HEALTHY');
}

function writeLogs(task: TaskRecord, at: number, count: number, hooks: LifecycleHooks | undefined): void {
  const logs = task.plan.logs;
  const container = task.containers.find((c) => c.name === logs?.container);
  if (!logs || !container || task.startedAt === undefined) return;
  const end = Math.min(logs.lines.length, task.logsWritten + count);
  const events: Array<{ timestamp: number; message: string }> = [];
  for (let i = task.logsWritten; i < end; i++) {
    events.push({ timestamp: Math.min(at, lineAt(logs, task.startedAt, i)), message: logs.lines[i]! });
  }
  task.logsWritten = end;
  if (events.length > 0) hooks?.log(task, container, events);
}

function nextLogAt(task: TaskRecord): number | undefined {
  const logs = task.plan.logs;
  if (task.lastStatus !== 'RUNNING' || !logs || task.startedAt === undefined || task.logsWritten >= logs.lines.length) return undefined;
  return lineAt(logs, task.startedAt, task.logsWritten);
}

function lineAt(logs: NonNullable<TaskPlan['logs']>, startedAt: number, index: number): number {
  return startedAt + (logs.offsetsMs?.[index] ?? index * logs.intervalMs);
}

/** How many of the lines not yet written are due at `at` (several can share one sim ms). */
function linesDueBy(task: TaskRecord, at: number): number {
  const logs = task.plan.logs;
  if (!logs || task.startedAt === undefined) return 0;
  let count = 0;
  while (task.logsWritten + count < logs.lines.length && lineAt(logs, task.startedAt, task.logsWritten + count) <= at) count++;
  return Math.max(1, count);
}

/** The containers of a one-off task that were still running when it stopped get their exit codes. */
function settleExitCodes(task: TaskRecord): void {
  const oneOff = task.plan.oneOff;
  if (!oneOff || task.startedAt === undefined) return;
  const fallback = task.stopCode === 'UserInitiated' ? 143 : 0;
  for (const container of task.containers) {
    if (container.exitCode === undefined && !container.stoppedEarly) container.exitCode = oneOff.containerExitCodes[container.name] ?? fallback;
  }
}

function finite(value: number | undefined): number | undefined {
  return value === undefined || !Number.isFinite(value) ? undefined : value;
}

function earliest(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}
