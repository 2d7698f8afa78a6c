import type { DeploymentRecord, ServiceRecord, TaskRecord } from './model.js';

/** How long a task spends in each phase, in sim ms. */
export interface TaskTimings {
  /** PROVISIONING -> PENDING (ENI attach, capacity). */
  provisioningMs: number;
  /** PENDING -> RUNNING (image pull, container start). */
  pendingMs: number;
  /** Stop requested -> STOPPED (SIGTERM grace, deregistration). */
  stoppingMs: number;
}

/** The life a task about to be launched will have. Later scenarios extend this (e.g. tasks that fail). */
export interface TaskPlan {
  provisioningMs: number;
  pendingMs: number;
}

export interface StopRequest {
  stopCode: string;
  reason: string;
}

/** What a rollout policy may do to a service at a moment of sim time. */
export interface Scheduler {
  readonly at: number;
  readonly timings: TaskTimings;
  /** The service's tasks that have not been told to stop, optionally only one deployment's. */
  liveTasks(deploymentId?: string): TaskRecord[];
  /** All the service's tasks, including stopped ones. */
  allTasks(): TaskRecord[];
  launch(deployment: DeploymentRecord, count: number): TaskRecord[];
  stop(tasks: TaskRecord[], request: StopRequest): void;
  event(message: string): void;
}

/**
 * Decides how a service converges. The default is ECS's rolling update; a scenario can swap in another
 * (e.g. one that fails tasks and trips the circuit breaker) per service.
 */
export interface RolloutPolicy {
  name: string;
  planTask(request: { service: ServiceRecord; deployment: DeploymentRecord; at: number; timings: TaskTimings }): TaskPlan;
  reconcile(service: ServiceRecord, scheduler: Scheduler): void;
}

export interface EcsScenario {
  timings: TaskTimings;
  policy: RolloutPolicy;
}

export interface EcsScenarioInput {
  timings?: Partial<TaskTimings>;
  policy?: RolloutPolicy;
}

/** Which services a scenario applies to; none means every service without a more specific one. */
export interface ScenarioTarget {
  cluster?: string;
  service?: string;
}

export const DEFAULT_TIMINGS: TaskTimings = { provisioningMs: 5_000, pendingMs: 15_000, stoppingMs: 10_000 };

export class ScenarioBook {
  private global: EcsScenarioInput = {};
  private readonly perService = new Map<string, EcsScenarioInput>();

  constructor(private readonly defaultPolicy: RolloutPolicy) {}

  set(input: EcsScenarioInput, target: ScenarioTarget = {}): void {
    validateTimings(input.timings);
    if (target.service === undefined) {
      this.global = merge(this.global, input);
      return;
    }
    const key = `${target.cluster ?? 'default'}/${target.service}`;
    this.perService.set(key, merge(this.perService.get(key) ?? {}, input));
  }

  resolve(service: Pick<ServiceRecord, 'clusterName' | 'name'>): EcsScenario {
    const specific = this.perService.get(`${service.clusterName}/${service.name}`) ?? {};
    return {
      timings: { ...DEFAULT_TIMINGS, ...this.global.timings, ...specific.timings },
      policy: specific.policy ?? this.global.policy ?? this.defaultPolicy,
    };
  }

  reset(): void {
    this.global = {};
    this.perService.clear();
  }
}

function merge(base: EcsScenarioInput, extra: EcsScenarioInput): EcsScenarioInput {
  return { timings: { ...base.timings, ...extra.timings }, policy: extra.policy ?? base.policy };
}

function validateTimings(timings: Partial<TaskTimings> | undefined): void {
  for (const [key, value] of Object.entries(timings ?? {})) {
    if (!(key in DEFAULT_TIMINGS)) throw new TypeError(`unknown ECS timing "${key}"; known: ${Object.keys(DEFAULT_TIMINGS).join(', ')}`);
    if (typeof value !== 'number' || !(value >= 0)) throw new TypeError(`ECS timing ${key} must be a number >= 0`);
  }
}
