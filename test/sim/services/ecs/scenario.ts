import type { StartDeploymentFields } from './deployments.js';
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
  /** Native blue/green: how long a lifecycle hook (Lambda) takes to answer, unless its hook rule says otherwise. */
  hookMs: number;
  /** Native blue/green: how long one test or production traffic shift (or one linear/canary step) takes. */
  trafficShiftMs: number;
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
  /** Native blue/green: what the next lifecycle hook run at `stage` answers (the scenario's hook rules). */
  hookOutcome(stage: string, duringRollback: boolean): { status: 'SUCCEEDED' | 'FAILED'; afterMs: number };
  /** Asks for another reconcile at sim time `time` even if no task changes then. */
  wakeAt(time: number): void;
  /** Makes `taskDefinitionArn` the service's new PRIMARY deployment (older ones become ACTIVE). */
  startDeployment(taskDefinitionArn: string, fields?: StartDeploymentFields): DeploymentRecord;
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
  hooks: ActiveHookRule[];
}

/**
 * What a native blue/green lifecycle hook answers. The first rule matching the stage (and not used up) decides;
 * none matching means SUCCEEDED after timings.hookMs. JSON-serialisable (HTTP: `hooks` of the scenario body).
 */
export interface HookRule {
  /** A DeploymentLifecycleHookStage (RECONCILE_SERVICE, PRE_SCALE_UP, ...); omitted = any stage. */
  stage?: string;
  status: 'SUCCEEDED' | 'FAILED';
  /** Sim ms until the hook answers [timings.hookMs]. */
  afterMs?: number;
  /** Only the first `limit` hook runs it matches. */
  limit?: number;
  /** Matches only the hooks ECS runs while rolling back (TEST_TRAFFIC_SHIFT, PRODUCTION_TRAFFIC_SHIFT); default false. */
  duringRollback?: boolean;
}

export interface ActiveHookRule {
  rule: HookRule;
  used: number;
}

const HOOK_STAGES = [
  'RECONCILE_SERVICE', 'PRE_SCALE_UP', 'POST_SCALE_UP', 'TEST_TRAFFIC_SHIFT', 'POST_TEST_TRAFFIC_SHIFT',
  'PRE_PRODUCTION_TRAFFIC_SHIFT', 'PRODUCTION_TRAFFIC_SHIFT', 'POST_PRODUCTION_TRAFFIC_SHIFT',
];

function validateHookRules(rules: unknown): HookRule[] {
  if (!Array.isArray(rules)) throw new TypeError('hooks must be an array of hook rules');
  return rules.map((raw: unknown, i) => {
    const rule = raw as HookRule;
    if (rule === null || typeof rule !== 'object') throw new TypeError(`hooks[${i}] must be an object`);
    if (rule.status !== 'SUCCEEDED' && rule.status !== 'FAILED') throw new TypeError(`hooks[${i}].status must be SUCCEEDED or FAILED`);
    if (rule.stage !== undefined && !HOOK_STAGES.includes(rule.stage)) throw new TypeError(`hooks[${i}].stage must be one of ${HOOK_STAGES.join(', ')}`);
    for (const key of ['afterMs', 'limit'] as const) {
      const value = rule[key];
      if (value !== undefined && (typeof value !== 'number' || !(value >= 0))) throw new TypeError(`hooks[${i}].${key} must be a number >= 0`);
    }
    return rule;
  });
}

/** Picks (and uses up) the hook rule for a hook run at `stage`. */
export function pickHookOutcome(
  rules: ActiveHookRule[], stage: string, duringRollback: boolean, timings: TaskTimings,
): { status: 'SUCCEEDED' | 'FAILED'; afterMs: number } {
  for (const active of rules) {
    const { rule } = active;
    if (rule.stage !== undefined && rule.stage !== stage) continue;
    if ((rule.duringRollback ?? false) !== duringRollback) continue;
    if (rule.limit !== undefined && active.used >= rule.limit) continue;
    active.used++;
    return { status: rule.status, afterMs: rule.afterMs ?? timings.hookMs };
  }
  return { status: 'SUCCEEDED', afterMs: timings.hookMs };
}

export interface EcsScenarioInput {
  timings?: Partial<TaskTimings>;
  policy?: RolloutPolicy;
  /** Replaces the target's outcome rules (`[]` clears them). Timings merge; policy and outcomes replace. */
  outcomes?: TaskOutcomeRule[];
  /** Native blue/green lifecycle hook answers; replace like outcomes. */
  hooks?: HookRule[];
}

/** Which services a scenario applies to; none means every service without a more specific one. */
export interface ScenarioTarget {
  cluster?: string;
  service?: string;
}

export const DEFAULT_TIMINGS: TaskTimings = {
  provisioningMs: 5_000, pendingMs: 15_000, stoppingMs: 10_000, steadyStateMs: 0, hookMs: 1_000, trafficShiftMs: 5_000,
};

interface StoredScenario {
  timings?: Partial<TaskTimings>;
  policy?: RolloutPolicy;
  outcomes?: ActiveOutcomeRule[];
  hooks?: ActiveHookRule[];
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
    const hooks = input.hooks === undefined ? undefined : validateHookRules(input.hooks).map((rule) => ({ rule, used: 0 }));
    const extra: StoredScenario = { timings: input.timings, policy: input.policy, outcomes, hooks };
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
      hooks: specific.hooks ?? this.global.hooks ?? [],
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
    hooks: extra.hooks ?? base.hooks,
  };
}

function validateTimings(timings: Partial<TaskTimings> | undefined): void {
  for (const [key, value] of Object.entries(timings ?? {})) {
    if (!(key in DEFAULT_TIMINGS)) throw new TypeError(`unknown ECS timing "${key}"; known: ${Object.keys(DEFAULT_TIMINGS).join(', ')}`);
    if (typeof value !== 'number' || !(value >= 0)) throw new TypeError(`ECS timing ${key} must be a number >= 0`);
  }
}
