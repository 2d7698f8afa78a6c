import { cannotPullReason } from './outcomes.js';
import type { TaskPlan, TaskTimings } from './scenario.js';

/**
 * What a one-off (RunTask) task does, chosen per task by the first matching rule. JSON-serialisable, so the
 * same rules work over HTTP (`POST /__sim/ecs/run-task-script {rules}`).
 */
export interface RunTaskRule {
  /** Substring of the main container's effective command (override or task definition) joined by ' '; omitted = any. */
  match?: string;
  /** Task definition family; omitted = any. */
  family?: string;
  outcome: RunTaskOutcome;
  /** 'exit': the main container's exit code [0]. */
  exitCode?: number;
  /** RUNNING -> the main container exits ('exit'); also the span the log lines are spread over [5000]. */
  runMs?: number;
  /** Written to the main container's awslogs stream while RUNNING, spread evenly over runMs. */
  logLines?: string[];
  /** `${prefix ?? 'line'} ${n}` for n = 1..count, after any logLines, spread the same way. */
  generateLogLines?: { count: number; prefix?: string };
  /**
   * 'fail-to-start': stoppedReason and the main container's reason [a CannotPullContainerError for its image].
   * 'unplaceable': the failure's reason [Fargate: capacity unavailable; EC2: RESOURCE:MEMORY].
   */
  reason?: string;
  /** Exit codes of the other containers when the task stops [0; 143 after StopTask]. */
  containerExitCodes?: Record<string, number>;
  /** Only the first `limit` tasks this rule matches; later ones fall through to the next rules. */
  limit?: number;
}

/** 'unplaceable': no task is created; RunTask answers the task in `failures[]` (reason = the rule's `reason`). */
export type RunTaskOutcome = 'exit' | 'fail-to-start' | 'never-exits' | 'unplaceable';
const OUTCOMES: readonly RunTaskOutcome[] = ['exit', 'fail-to-start', 'never-exits', 'unplaceable'];

/** A task no rule matches exits 0 after this long. */
export const DEFAULT_RUN_MS = 5_000;

/** What a rule is matched against: the task about to be launched. */
export interface RunTaskSubject {
  family: string;
  /** The main container's effective command joined by ' ' ('' when it has none). */
  command: string;
}

export class RunTaskScript {
  private rules: Array<{ rule: RunTaskRule; used: number }> = [];

  set(rules: unknown): void {
    this.rules = validateRunTaskRules(rules).map((rule) => ({ rule, used: 0 }));
  }

  /** The first rule for `subject` whose limit is not used up (counting this task against it); undefined = default. */
  select(subject: RunTaskSubject): RunTaskRule | undefined {
    for (const active of this.rules) {
      const { rule } = active;
      if (rule.limit !== undefined && active.used >= rule.limit) continue;
      if (rule.family !== undefined && rule.family !== subject.family) continue;
      if (rule.match !== undefined && !subject.command.includes(rule.match)) continue;
      active.used++;
      return rule;
    }
    return undefined;
  }

  reset(): void {
    this.rules = [];
  }
}

export function validateRunTaskRules(rules: unknown): RunTaskRule[] {
  if (!Array.isArray(rules)) throw new TypeError('ECS run-task script rules must be an array');
  return rules.map((raw, index) => {
    const rule = (raw ?? {}) as RunTaskRule;
    const where = `ECS run-task script rules[${index}]`;
    if (!OUTCOMES.includes(rule.outcome)) {
      throw new TypeError(`${where}.outcome must be one of ${OUTCOMES.join(', ')}; got ${JSON.stringify(rule.outcome)}`);
    }
    for (const key of ['match', 'family', 'reason'] as const) {
      if (rule[key] !== undefined && typeof rule[key] !== 'string') throw new TypeError(`${where}.${key} must be a string`);
    }
    if (rule.exitCode !== undefined && !Number.isInteger(rule.exitCode)) throw new TypeError(`${where}.exitCode must be an integer`);
    if (rule.runMs !== undefined && !(typeof rule.runMs === 'number' && Number.isFinite(rule.runMs) && rule.runMs >= 0)) {
      throw new TypeError(`${where}.runMs must be a finite number >= 0`);
    }
    if (rule.limit !== undefined && !(Number.isInteger(rule.limit) && rule.limit > 0)) throw new TypeError(`${where}.limit must be a positive integer`);
    if (rule.logLines !== undefined && !(Array.isArray(rule.logLines) && rule.logLines.every((l) => typeof l === 'string'))) {
      throw new TypeError(`${where}.logLines must be an array of strings`);
    }
    const generated = rule.generateLogLines;
    if (generated !== undefined && !(Number.isInteger(generated.count) && generated.count >= 0
      && (generated.prefix === undefined || typeof generated.prefix === 'string'))) {
      throw new TypeError(`${where}.generateLogLines must be {count: integer >= 0, prefix?: string}`);
    }
    const codes = rule.containerExitCodes;
    if (codes !== undefined && !(typeof codes === 'object' && codes !== null && Object.values(codes).every((c) => Number.isInteger(c)))) {
      throw new TypeError(`${where}.containerExitCodes must map container names to integer exit codes`);
    }
    return { ...rule };
  });
}

/** Turns the rule chosen for a one-off task (none = exit 0 after DEFAULT_RUN_MS) into the task's plan. */
export function planRunTask(
  rule: RunTaskRule | undefined, timings: TaskTimings, main: { name: string; image: string }, awsvpc: boolean,
): TaskPlan {
  const outcome = rule?.outcome ?? 'exit';
  const runMs = rule?.runMs ?? DEFAULT_RUN_MS;
  const plan: TaskPlan = {
    provisioningMs: timings.provisioningMs,
    pendingMs: timings.pendingMs,
    oneOff: { containerExitCodes: { ...rule?.containerExitCodes }, deprovisioning: awsvpc },
  };
  const lines = [...(rule?.logLines ?? [])];
  const generated = rule?.generateLogLines;
  for (let n = 1; n <= (generated?.count ?? 0); n++) lines.push(`${generated?.prefix ?? 'line'} ${n}`);
  if (lines.length > 0 && outcome !== 'fail-to-start') {
    // Evenly over [0, runMs): every line is written before the container exits, so a reader draining the
    // stream after STOPPED gets all of them.
    const offsetsMs = lines.map((_, i) => Math.floor((i * runMs) / lines.length));
    plan.logs = { container: main.name, lines, intervalMs: 0, offsetsMs };
  }
  if (outcome === 'exit') {
    plan.failure = { kind: 'crash', container: main.name, afterMs: runMs, exitCode: rule?.exitCode ?? 0 };
  } else if (outcome === 'fail-to-start') {
    plan.failure = { kind: 'fail-to-start', container: main.name, afterMs: timings.pendingMs, reason: rule?.reason ?? cannotPullReason(main.image) };
    plan.pendingMs = Infinity;
  }
  return plan;
}

