import type { Clock } from '../../common/src/clock.js';
import type { EcsTask as Task } from '../../common/src/ecs-types.js';
import { signalAt } from '../../common/src/deadline.js';
import { formatDuration } from '../../common/src/durations.js';
import { errorMessage } from '../../common/src/errors.js';
import type { Logger } from '../../common/src/logger.js';
import type { EcsApi } from './aws.js';

export type WaitEnd =
  | { state: 'stopped'; task: Task }
  | { state: 'start-timeout' | 'run-timeout'; task: Task | undefined; reason: string }
  | { state: 'cancelled'; task: Task | undefined }
  | { state: 'missing'; task: Task | undefined; reason: string };

export interface TaskWaitRequest {
  cluster: string;
  taskArn: string;
  /** Clock ms by which the task must be RUNNING (or STOPPED). */
  startDeadline: number;
  /** Clock ms by which it must be STOPPED. */
  runDeadline: number;
}

export interface TaskWaitDeps {
  ecs: EcsApi;
  clock: Clock;
  logger: Logger;
  signal?: AbortSignal;
}

/**
 * DescribeTasks polls: 1 s at first, backing off to 5 s, so a one-minute migration is seen to end within seconds
 * and a three-hour one costs ~2,000 calls. (The SDK's `tasksRunning` waiter is not used: it throws when a task goes
 * PENDING → STOPPED, which is exactly how short or failing migrations look.)
 */
export const TASK_POLL = { firstMs: 1000, factor: 1.5, maxMs: 5000 };
const MAX_POLL_FAILURES = 5;
const STARTED = ['RUNNING', 'DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED'];

export async function waitForTask(request: TaskWaitRequest, deps: TaskWaitDeps, onStatus?: (task: Task) => void): Promise<WaitEnd> {
  const { clock, logger } = deps;
  let delay = TASK_POLL.firstMs;
  let failures = 0;
  let task: Task | undefined;
  let lastStatus = '';
  for (;;) {
    if (deps.signal?.aborted) return { state: 'cancelled', task };
    try {
      // The cancel aborts the call in flight: stopping the task must not wait for a throttled poll.
      const found = (await deps.ecs.describeTasks(request.cluster, [request.taskArn], deps.signal))[0];
      failures = 0;
      if (!found) return { state: 'missing', task, reason: `DescribeTasks no longer knows task ${request.taskArn}` };
      task = found;
    } catch (error) {
      if (deps.signal?.aborted) return { state: 'cancelled', task };
      failures += 1;
      logger.warning(`Could not describe task ${request.taskArn}: ${errorMessage(error)} (attempt ${failures} of ${MAX_POLL_FAILURES}; still waiting)`);
      if (failures >= MAX_POLL_FAILURES) throw error;
    }
    if (task) {
      const status = `${task.lastStatus}${task.desiredStatus === 'STOPPED' && task.lastStatus !== 'STOPPED' ? ' (stopping)' : ''}`;
      if (status !== lastStatus) {
        lastStatus = status;
        onStatus?.(task);
      }
      if (task.lastStatus === 'STOPPED') return { state: 'stopped', task };
    }
    const now = clock.now();
    const started = STARTED.includes(task?.lastStatus ?? '');
    if (!started && now >= request.startDeadline) {
      return { state: 'start-timeout', task, reason: `the task was still ${task?.lastStatus ?? 'not described'} after the start budget` };
    }
    if (now >= request.runDeadline) return { state: 'run-timeout', task, reason: 'the task was still running at the timeout' };
    const next = started ? request.runDeadline : Math.min(request.startDeadline, request.runDeadline);
    await clock.sleep(Math.max(1, Math.min(delay, next - now)), deps.signal);
    delay = Math.min(TASK_POLL.maxMs, delay * TASK_POLL.factor);
  }
}

/**
 * After StopTask: polls until STOPPED, until clock ms `end` (a task that never stops, as under moto, must not hang
 * the step), each call bounded by it.
 */
export async function waitForStopped(cluster: string, taskArn: string, end: number, deps: Omit<TaskWaitDeps, 'signal'>): Promise<Task | undefined> {
  const start = deps.clock.now();
  let task: Task | undefined;
  while (deps.clock.now() < end) {
    try {
      task = (await deps.ecs.describeTasks(cluster, [taskArn], signalAt(deps.clock, end)))[0] ?? task;
    } catch (error) {
      deps.logger.debug(`DescribeTasks after StopTask: ${errorMessage(error)}`);
    }
    if (task?.lastStatus === 'STOPPED') {
      deps.logger.info(`Task ${taskArn.split('/').pop()}: STOPPED`);
      return task;
    }
    await deps.clock.sleep(Math.min(1000, Math.max(1, end - deps.clock.now())));
  }
  deps.logger.info(`Task ${taskArn} was not STOPPED ${formatDuration(deps.clock.now() - start)} after StopTask (last status ${task?.lastStatus ?? 'unknown'})`);
  return task;
}
