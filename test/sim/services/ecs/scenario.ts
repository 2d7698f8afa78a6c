import type { DeploymentRecord, ServiceRecord, TaskDefinitionRecord, TaskRecord } from './model.js';
import { validateOutcomeRules, type ActiveOutcomeRule, type TaskOutcomeRule } from './outcomes.js';

/** How long a task spends in each phase, in sim ms. */
export interface TaskTimings {
  /** PROVISIONING -> PENDING (ENI attach, capacity). */
  provisioningMs: number;
  /** PENDING -> RUNNING (image pull, container start). */
  pendingMs: number;
  /** Stop requested -> STOPPED (SIGTERM grace, deregistration). */
  stoppingMs: number;
  /**
   * How long a deployment must stay settled (only deployment, desiredCount tasks serving) before it is
   * COMPLETED and the service reports a steady state. ECS watches a new deployment for a while; with 0 a task
   * that crashes some time after RUNNING lets its deployment complete first.
   */
  steadyStateMs: number;
}

/** A failure the task will have on its own, timed from entering PENDING (fail-to-start) or RUNNING (the others). */
export type PlannedFailure =
  | { kind: 'fail-to-start'; afterMs: number; container: string; reason: string }
  | { kind: 'crash'; afterMs: number; container: string; exitCode: number }
  | { kind: 'unhealthy'; afterMs: number; container: string };

/** The life a task about to be launched will have. */
export interface TaskPlan {
  provisioningMs: number;
  /** PENDING -> RUNNING; Infinity keeps the task PENDING (until a failure or a stop). */
  pendingMs: number;
  failure?: PlannedFailure;
  /**
   * Lines one container writes to its awslogs stream once RUNNING: line i at startedAt + offsetsMs[i] when
   * offsets are given (non-decreasing), else at startedAt + i × intervalMs.
   */
  logs?: { container: string; lines: string[]; intervalMs: number; offsetsMs?: number[] };
  /**
   * One-off (RunTask) tasks: show STOPPING (and DEPROVISIONING for awsvpc) while stopping, and give the
   * containers still running an exit code when the task stops: `containerExitCodes[name]`, else 143 (SIGTERM)
   * after a StopTask, else 0.
   */
  oneOff?: { containerExitCodes: Record<string, number>; deprovisioning: boolean };
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
  /** Launches up to `count` tasks; fewer (none) when the scenario makes placement fail. */
  launch(deployment: DeploymentRecord, count: number): TaskRecord[];
  stop(tasks: TaskRecord[], request: StopRequest): void;
  event(message: string): void;
  /** Asks for another reconcile at sim time `time` even if no task changes then. */
  wakeAt(time: number): void;
  /** Makes `taskDefinitionArn` the service's new PRIMARY deployment (older ones become ACTIVE). */
  startDeployment(taskDefinitionArn: string, fields?: Partial<Pick<DeploymentRecord, 'rollbackOf' | 'rolloutStateReason'>>): DeploymentRecord;
}

export interface PlanRequest {
  service: ServiceRecord;
  deployment: DeploymentRecord;
  taskDefinition: TaskDefinitionRecord | undefined;
  at: number;
  timings: TaskTimings;
  /** The scenario rule that matched this task; undefined means it should simply succeed. */
  rule: TaskOutcomeRule | undefined;
}

/**
 * Decides how a service converges. The default is ECS's rolling update with the circuit breaker; a scenario
 * can swap in another per service.
 */
export interface RolloutPolicy {
  name: string;
  planTask(request: PlanRequest): TaskPlan;
  reconcile(service: ServiceRecord, scheduler: Scheduler): void;
}

export interface EcsScenario {
  timings: TaskTimings;
  policy: RolloutPolicy;
  outcomes: ActiveOutcomeRule[];
}

export interface EcsScenarioInput {
  timings?: Partial<TaskTimings>;
  policy?: RolloutPolicy;
  /** Replaces the target's outcome rules (`[]` clears them). Timings merge; policy and outcomes replace. */
  outcomes?: TaskOutcomeRule[];
}

/** Which services a scenario applies to; none means every service without a more specific one. */
export interface ScenarioTarget {
  cluster?: string;
  service?: string;
}

export const DEFAULT_TIMINGS: TaskTimings = { provisioningMs: 5_000, pendingMs: 15_000, stoppingMs: 10_000, steadyStateMs: 0 };

interface StoredScenario {
  timings?: Partial<TaskTimings>;
  policy?: RolloutPolicy;
  outcomes?: ActiveOutcomeRule[];
}

export class ScenarioBook {
  private global: StoredScenario = {};
  private readonly perService = new Map<string, StoredScenario>();

  /** `deploymentSequence` reads the sequence of the newest deployment, so rules can tell new deployments from old. */
  constructor(private readonly defaultPolicy: RolloutPolicy, private readonly deploymentSequence: () => number) {}

  set(input: EcsScenarioInput, target: ScenarioTarget = {}): void {
    validateTimings(input.timings);
    const since = this.deploymentSequence();
    const outcomes = input.outcomes === undefined
      ? undefined
      : validateOutcomeRules(input.outcomes).map((rule) => ({ rule, sinceSequence: since, used: 0 }));
    const extra: StoredScenario = { timings: input.timings, policy: input.policy, outcomes };
    if (target.service === undefined) {
      this.global = merge(this.global, extra);
      return;
    }
    const key = `${target.cluster ?? 'default'}/${target.service}`;
    this.perService.set(key, merge(this.perService.get(key) ?? {}, extra));
  }

  resolve(service: Pick<ServiceRecord, 'clusterName' | 'name'>): EcsScenario {
    const specific = this.perService.get(`${service.clusterName}/${service.name}`) ?? {};
    return {
      timings: { ...DEFAULT_TIMINGS, ...this.global.timings, ...specific.timings },
      policy: specific.policy ?? this.global.policy ?? this.defaultPolicy,
      outcomes: specific.outcomes ?? this.global.outcomes ?? [],
    };
  }

  reset(): void {
    this.global = {};
    this.perService.clear();
  }
}

function merge(base: StoredScenario, extra: StoredScenario): StoredScenario {
  return {
    timings: { ...base.timings, ...extra.timings },
    policy: extra.policy ?? base.policy,
    outcomes: extra.outcomes ?? base.outcomes,
  };
}

function validateTimings(timings: Partial<TaskTimings> | undefined): void {
  for (const [key, value] of Object.entries(timings ?? {})) {
    if (!(key in DEFAULT_TIMINGS)) throw new TypeError(`unknown ECS timing "${key}"; known: ${Object.keys(DEFAULT_TIMINGS).join(', ')}`);
    if (typeof value !== 'number' || !(value >= 0)) throw new TypeError(`ECS timing ${key} must be a number >= 0`);
  }
}
