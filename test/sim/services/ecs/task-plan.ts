// The life the simulator gives a task, in a module of its own: model.ts, outcomes.ts and scenario.ts all need it.

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
