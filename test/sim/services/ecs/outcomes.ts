import type { DeploymentRecord, TaskDefinitionRecord } from './model.js';
import type { TaskPlan, TaskTimings } from './task-plan.js';

/** What happens to a task the scheduler launches. */
export type TaskOutcomeKind = 'success' | 'fail-to-start' | 'crash' | 'unhealthy' | 'unplaceable' | 'stuck-pending';
export const TASK_OUTCOME_KINDS: readonly TaskOutcomeKind[] = ['success', 'fail-to-start', 'crash', 'unhealthy', 'unplaceable', 'stuck-pending'];

/**
 * One entry of a scenario's `outcomes` list: the first rule that matches a task about to be launched decides
 * its fate; a task no rule matches succeeds. JSON-serialisable, so the same object works over HTTP.
 */
export interface TaskOutcomeRule {
  outcome: TaskOutcomeKind;
  /**
   * Which tasks: `"new-deployments"` (default: deployments started after this rule was set, except the
   * circuit breaker's rollbacks), `"all"`, a family (`"api"`), `"family:revision"` (`"api:3"`) or a task definition ARN.
   */
  appliesTo?: string;
  /** Only the first `limit` tasks this rule matches get its outcome; later ones fall through to the next rules. */
  limit?: number;
  /** The container that fails, turns unhealthy or writes `logLines`; default the first essential container. */
  container?: string;
  /**
   * Sim ms until the failure. fail-to-start: after entering PENDING (default timings.pendingMs). crash: after
   * RUNNING (default 5000). unhealthy: after RUNNING (default from the container's healthCheck:
   * startPeriod + interval × retries, else 90000).
   */
  afterMs?: number;
  /** crash: the container's exit code (default 1). */
  exitCode?: number;
  /**
   * fail-to-start: the task's stoppedReason and the container's reason (default a CannotPullContainerError for
   * the container's image). unplaceable: what follows "...met all of its requirements. " in the service event.
   */
  reason?: string;
  /** unplaceable: sim ms between placement attempts, each adding a service event (default 60000). */
  retryMs?: number;
  /** Override the scenario's timings for these tasks. */
  provisioningMs?: number;
  pendingMs?: number;
  /** Lines the container writes to its awslogs stream once RUNNING, one every `logIntervalMs` (default 1000). */
  logLines?: string[];
  logIntervalMs?: number;
}

/** A rule as the scenario book keeps it: stamped with the deployment sequence current when it was set. */
export interface ActiveOutcomeRule {
  rule: TaskOutcomeRule;
  /** Deployments with a greater sequence count as new. */
  sinceSequence: number;
  /** How many tasks this rule has decided (for `limit`). */
  used: number;
}

export const DEFAULT_CRASH_AFTER_MS = 5_000;
export const DEFAULT_UNHEALTHY_AFTER_MS = 90_000;
export const DEFAULT_PLACEMENT_RETRY_MS = 60_000;
export const DEFAULT_LOG_INTERVAL_MS = 1_000;
export const DEFAULT_PLACEMENT_REASON =
  'Reason: No Container Instances were found in your cluster. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.';

export function validateOutcomeRules(rules: unknown): TaskOutcomeRule[] {
  if (!Array.isArray(rules)) throw new TypeError('ECS scenario outcomes must be an array of rules');
  return rules.map((raw, index) => {
    const rule = (raw ?? {}) as TaskOutcomeRule;
    const where = `ECS scenario outcomes[${index}]`;
    if (!TASK_OUTCOME_KINDS.includes(rule.outcome)) {
      throw new TypeError(`${where}.outcome must be one of ${TASK_OUTCOME_KINDS.join(', ')}; got ${JSON.stringify(rule.outcome)}`);
    }
    for (const key of ['afterMs', 'retryMs', 'provisioningMs', 'pendingMs', 'logIntervalMs'] as const) {
      const value = rule[key];
      if (value !== undefined && !(typeof value === 'number' && value >= 0 && Number.isFinite(value))) {
        throw new TypeError(`${where}.${key} must be a finite number >= 0`);
      }
    }
    if (rule.limit !== undefined && !(Number.isInteger(rule.limit) && rule.limit > 0)) throw new TypeError(`${where}.limit must be a positive integer`);
    if (rule.exitCode !== undefined && !Number.isInteger(rule.exitCode)) throw new TypeError(`${where}.exitCode must be an integer`);
    if (rule.logLines !== undefined && !(Array.isArray(rule.logLines) && rule.logLines.every((l) => typeof l === 'string'))) {
      throw new TypeError(`${where}.logLines must be an array of strings`);
    }
    for (const key of ['appliesTo', 'container', 'reason'] as const) {
      if (rule[key] !== undefined && typeof rule[key] !== 'string') throw new TypeError(`${where}.${key} must be a string`);
    }
    return { ...rule };
  });
}

/** The first active rule for a task of `deployment`, counting it against the rule's limit. */
export function selectOutcome(
  rules: ActiveOutcomeRule[], deployment: DeploymentRecord, td: TaskDefinitionRecord | undefined,
): TaskOutcomeRule | undefined {
  for (const active of rules) {
    if (active.rule.limit !== undefined && active.used >= active.rule.limit) continue;
    if (!appliesTo(active, deployment, td)) continue;
    active.used++;
    return active.rule;
  }
  return undefined;
}

function appliesTo(active: ActiveOutcomeRule, deployment: DeploymentRecord, td: TaskDefinitionRecord | undefined): boolean {
  const target = active.rule.appliesTo ?? 'new-deployments';
  if (target === 'all') return true;
  if (target === 'new-deployments') return deployment.sequence > active.sinceSequence && deployment.rollbackOf === undefined;
  if (!td) return false;
  if (target.startsWith('arn:')) return target === td.arn;
  return target.includes(':') ? target === `${td.family}:${td.revision}` : target === td.family;
}

interface ContainerDefinition {
  name: string;
  image: string;
  essential?: boolean;
  healthCheck?: { interval?: number; retries?: number; startPeriod?: number };
}

/** Turns the rule chosen for a task (none = success) into the task's plan. */
export function planFromRule(rule: TaskOutcomeRule | undefined, timings: TaskTimings, td: TaskDefinitionRecord | undefined): TaskPlan {
  const containers = (td?.body.containerDefinitions ?? []) as ContainerDefinition[];
  const container = containers.find((c) => c.name === rule?.container) ?? containers.find((c) => c.essential !== false) ?? containers[0];
  const name = rule?.container ?? container?.name ?? '';
  const plan: TaskPlan = {
    provisioningMs: rule?.provisioningMs ?? timings.provisioningMs,
    pendingMs: rule?.pendingMs ?? timings.pendingMs,
  };
  if (rule?.logLines && rule.logLines.length > 0) {
    plan.logs = { container: name, lines: [...rule.logLines], intervalMs: rule.logIntervalMs ?? DEFAULT_LOG_INTERVAL_MS };
  }
  switch (rule?.outcome) {
    case 'fail-to-start':
      plan.failure = {
        kind: 'fail-to-start', container: name, afterMs: rule.afterMs ?? plan.pendingMs,
        reason: rule.reason ?? cannotPullReason(container?.image ?? 'unknown'),
      };
      // The failure ends PENDING; the task never reaches RUNNING.
      plan.pendingMs = Infinity;
      break;
    case 'crash':
      plan.failure = { kind: 'crash', container: name, afterMs: rule.afterMs ?? DEFAULT_CRASH_AFTER_MS, exitCode: rule.exitCode ?? 1 };
      break;
    case 'unhealthy':
      plan.failure = { kind: 'unhealthy', container: name, afterMs: rule.afterMs ?? unhealthyAfterMs(container) };
      break;
    case 'stuck-pending':
      plan.pendingMs = Infinity;
      break;
  }
  return plan;
}

/** ECS retries the pull 5 times before giving up; the tail is what containerd says about a missing tag. */
export function cannotPullReason(image: string): string {
  const ref = qualifiedImageRef(image);
  return `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${ref}: ${ref}: not found`;
}

/** Docker Hub shorthand the way containerd spells it (`nginx` -> `docker.io/library/nginx:latest`). */
function qualifiedImageRef(image: string): string {
  const [first = '', ...rest] = image.split('/');
  const hasRegistry = rest.length > 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let ref = hasRegistry ? image : `docker.io/${rest.length === 0 ? `library/${image}` : image}`;
  const lastSegment = ref.slice(ref.lastIndexOf('/') + 1);
  if (!lastSegment.includes(':') && !lastSegment.includes('@')) ref += ':latest';
  return ref;
}

function unhealthyAfterMs(container: ContainerDefinition | undefined): number {
  const check = container?.healthCheck;
  if (!check) return DEFAULT_UNHEALTHY_AFTER_MS;
  // ECS defaults: interval 30 s, retries 3, startPeriod 0 (seconds).
  return ((check.startPeriod ?? 0) + (check.interval ?? 30) * (check.retries ?? 3)) * 1_000;
}
