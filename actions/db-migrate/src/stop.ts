import { isRetryableAwsError } from '../../common/src/aws.js';
import { retry } from '../../common/src/backoff.js';
import type { Clock } from '../../common/src/clock.js';
import { signalAt } from '../../common/src/deadline.js';
import { errorMessage } from '../../common/src/errors.js';
import type { Logger } from '../../common/src/logger.js';
import type { EcsApi } from './aws.js';

/** The StopTask reason of a cancelled step, shown by ECS as the task's stoppedReason. */
export const CANCEL_REASON = 'cancelled by workflow';

/** StopTask on timeout: the step is not being killed, so a longer deadline. */
export const TIMEOUT_STOP_MS = 20_000;

/**
 * Short waits, because the window is short (CANCEL_WINDOW.stopTaskMs from the cancel). A retry is always safe:
 * StopTask on a stopping or stopped task only answers the task.
 */
const STOP_BACKOFF = { initialMs: 200, maxMs: 1000, factor: 2 };

export interface StopOutcome {
  /** ECS accepted the StopTask. */
  accepted: boolean;
  attempts: number;
  error?: string;
}

export interface StopDeps {
  ecs: EcsApi;
  clock: Clock;
  logger: Logger;
  random: () => number;
}

/** StopTask, retried on throttling, 5xx and connection failures until `deadline` (clock ms), each call bounded by it. */
export async function stopTaskBy(cluster: string, taskArn: string, reason: string, deadline: number, deps: StopDeps): Promise<StopOutcome> {
  let attempts = 0;
  try {
    await retry(async () => {
      attempts += 1;
      await deps.ecs.stopTask(cluster, taskArn, reason, signalAt(deps.clock, deadline));
    }, {
      policy: STOP_BACKOFF, clock: deps.clock, random: deps.random, retryable: isRetryableAwsError, deadline,
      beforeRetry: (error, _n, waitMs) => void deps.logger.info(`StopTask failed (${errorMessage(error)}); trying again in ${waitMs}ms`),
    });
    return { accepted: true, attempts };
  } catch (error) {
    return { accepted: false, attempts, error: errorMessage(error) };
  }
}

/** StopTask for one task, sent at most once: the cancel and the timeout path share it. */
export class TaskStopper {
  private request: Promise<StopOutcome> | undefined;
  /** Set once the StopTask request has ended. */
  outcome: StopOutcome | undefined;

  constructor(readonly cluster: string, readonly taskArn: string, private readonly deps: StopDeps) {}

  stop(reason: string, deadline: number): Promise<StopOutcome> {
    this.request ??= stopTaskBy(this.cluster, this.taskArn, reason, deadline, this.deps).then((outcome) => {
      this.outcome = outcome;
      if (outcome.accepted) this.deps.logger.info(`StopTask sent for ${this.taskArn.split('/').pop()}: ${reason}`);
      else {
        this.deps.logger.warning(`Could not stop task ${this.taskArn} (${outcome.attempts} attempt(s)): ${outcome.error}; it may still be running: ` +
          `stop it by hand (aws ecs stop-task --cluster ${this.cluster} --task ${this.taskArn})`);
      }
      return outcome;
    });
    return this.request;
  }
}
