import type { Service, Task } from '@aws-sdk/client-ecs';
import type { Clock } from '../../common/src/clock.js';
import { formatDuration } from '../../common/src/durations.js';
import { errorMessage, withStep } from '../../common/src/errors.js';
import type { Logger } from '../../common/src/logger.js';
import type { EcsApi } from './aws.js';
import { type ExecSessionClient, runExec } from './exec.js';
import type { Inputs } from './inputs.js';
import { type FollowStats, LogFollower, type LogsApi } from './log-follower.js';
import { logStreamUrl, planRunTask, type RunTaskPlan, STARTED_BY, taskConsoleUrl, taskIdOf } from './plan.js';
import { logDeliveryLine, type MigrateReport } from './report.js';
import { type ImageRevision, planImageRevision } from './revision.js';
import { judgeStoppedTask } from './verdict.js';
import { waitForStopped, waitForTask, type WaitEnd } from './wait.js';

export interface Timings {
  /** Between GetLogEvents polls while the task runs [1000]. */
  logPollMs: number;
  /** After the stream is drained, how long to keep asking for late events [2000; 500 when cancelled]. */
  lateEventsMs: number;
  /** After our StopTask (timeout), how long to wait for STOPPED before judging [20000; 2000 when cancelled]. */
  stopWaitMs: number;
}

export interface Deps {
  ecs: EcsApi;
  logs: LogsApi & { forRegion(region: string): LogsApi };
  clock: Clock;
  logger: Logger;
  /** Prints one line of the migration's own output to the job log. */
  printLine: (line: string) => void;
  signal?: AbortSignal;
  session?: ExecSessionClient;
  timings?: Partial<Timings>;
}

/** A failure before any task started (nothing to stop, nothing to judge). */
export class MigrateError extends Error {
  override name = 'MigrateError';
}

const CANCEL_REASON = 'cancelled by workflow';

export async function run(inputs: Inputs, deps: Deps): Promise<MigrateReport> {
  return inputs.mode === 'exec' ? runExec(inputs, deps) : runTaskMode(inputs, deps);
}

async function activeService(inputs: Inputs, deps: Deps): Promise<Service | undefined> {
  if (!inputs.service) return undefined;
  const service = await deps.ecs.describeService(inputs.cluster, inputs.service);
  if (!service || service.status === 'INACTIVE') throw new MigrateError(`Service ${inputs.service} was not found in cluster ${inputs.cluster}`);
  return service;
}

/** The lock: a task this action started for the family that is still running is a migration in progress. */
async function refuseWhileRunning(inputs: Inputs, family: string, deps: Deps): Promise<void> {
  // ECS does not combine startedBy with other ListTasks filters, so filter by family and check startedBy here.
  const arns = await deps.ecs.listTasks({ cluster: inputs.cluster, family, desiredStatus: 'RUNNING' });
  if (arns.length === 0) return;
  const ours = (await deps.ecs.describeTasks(inputs.cluster, arns)).filter((t) => t.startedBy === STARTED_BY);
  if (ours.length === 0) return;
  const list = ours.map((t) => `${t.taskArn} (${t.lastStatus}, started ${t.createdAt?.toISOString() ?? 'at an unknown time'})`).join(', ');
  throw new MigrateError(
    `Refusing to start: a migration of ${family} started by db-migrate is still running in cluster ${inputs.cluster}: ${list}. ` +
    'Wait for it to finish, stop it (aws ecs stop-task), or set lock: false.',
  );
}

function describeFailures(failures: Array<{ arn?: string; reason?: string; detail?: string }>): string {
  return failures.map((f) => [f.reason, f.detail, f.arn].filter(Boolean).join(' ')).join('; ') || 'no task and no failure reported';
}

async function runTaskMode(inputs: Inputs, deps: Deps): Promise<MigrateReport> {
  const { clock, logger } = deps;
  const timings: Timings = { logPollMs: 1000, lateEventsMs: 2000, stopWaitMs: 20_000, ...deps.timings };
  const started = clock.now();
  const service = await activeService(inputs, deps);
  const ref = inputs.taskDefinition ?? (service?.taskDefinition as string);
  const described = await deps.ecs.describeTaskDefinition(ref);
  const plan = planRunTask(inputs, described.definition, service);
  const revision = planImageRevision(described.definition, described.tags, inputs.containerName, inputs.image);
  if (inputs.lock) await refuseWhileRunning(inputs, plan.family, deps);
  const report: MigrateReport = {
    result: 'failed', mode: 'run-task', cluster: inputs.cluster, taskArn: '', container: plan.mainContainer, command: plan.commandText,
    taskDefinition: plan.request.taskDefinition, taskDefinitionNote: inputs.image && !revision ? `already has image ${inputs.image} in container ${plan.mainContainer}` : undefined,
    stoppedReason: '', logUrl: '', durationMs: 0, reason: '', containers: [], log: { lines: 0, printed: 0, tail: [], lagMs: undefined },
  };
  if (deps.signal?.aborted) return { ...report, result: 'cancelled', reason: 'the workflow was cancelled before the task started' };
  if (report.taskDefinitionNote) logger.info(`${plan.request.taskDefinition} ${report.taskDefinitionNote}: running it as is, registering no revision`);
  let request = plan.request;
  if (revision) {
    // Registered only now, past every check that could refuse the run, so a refused step leaves no revision behind.
    const arn = await registerRevision(revision, deps);
    request = { ...plan.request, taskDefinition: arn };
    report.taskDefinition = arn;
    const forImage = `for image ${revision.image} in container ${revision.container} (${revisionName(revision.from)} has ${revision.previousImage})`;
    report.taskDefinitionNote = `registered by this step ${forImage}`;
    logger.info(`Registered ${arn} ${forImage}`);
  }

  logger.info(`Running ${revisionName(request.taskDefinition ?? plan.family)} in cluster ${inputs.cluster}: ${plan.commandText} (container ${plan.mainContainer})`);
  const { tasks, failures } = await deps.ecs.runTask(request);
  const task = tasks[0];
  if (!task?.taskArn) throw new MigrateError(`RunTask started no task of ${plan.family}: ${describeFailures(failures)}`);
  report.taskArn = task.taskArn;
  const taskId = taskIdOf(task.taskArn);

  let stopRequest: Promise<void> | undefined;
  const stop = (reason: string): Promise<void> => (stopRequest ??= deps.ecs.stopTask(inputs.cluster, task.taskArn as string, reason).then(
    () => logger.info(`StopTask sent for ${taskId}: ${reason}`),
    (error) => logger.warning(`${errorMessage(error)}; the task may still be running: stop it by hand`),
  ));
  // Stop at once on cancellation, not at the next poll: the runner kills the step 10 s after SIGINT.
  const onAbort = () => void stop(CANCEL_REASON);
  deps.signal?.addEventListener('abort', onAbort, { once: true });
  if (deps.signal?.aborted) onAbort();
  try {
    logger.info(`Task ${task.taskArn} started: ${taskConsoleUrl(inputs.region, inputs.cluster, taskId)}`);
    const follower = startFollower(plan, taskId, report, inputs.maxLogLines, timings, deps);
    const end = await waitForTask({
      cluster: inputs.cluster, taskArn: task.taskArn, startDeadline: started + inputs.startTimeoutMs, runDeadline: started + inputs.timeoutMs,
    }, deps, (t) => logger.info(`Task ${taskId}: ${t.lastStatus}${t.desiredStatus === 'STOPPED' && t.lastStatus !== 'STOPPED' ? ' (stopping)' : ''}`));
    const finalTask = await settle(end, inputs, stop, timings, deps);
    const cancelled = end.state === 'cancelled' || deps.signal?.aborted === true;
    const stats = follower ? await follower.finish(cancelled ? Math.min(500, timings.lateEventsMs) : timings.lateEventsMs) : undefined;
    judge(report, end, finalTask, plan, inputs, cancelled);
    if (stats) report.log = withNote(stats, inputs.maxLogLines, report.logUrl);
    if (report.log.note) logger.info(report.log.note);
    if (stats) logger.info(`Log delivery: ${logDeliveryLine(report.log)}`);
    await stopRequest;
    return { ...report, durationMs: clock.now() - started };
  } finally {
    deps.signal?.removeEventListener('abort', onAbort);
  }
}

/** `family:revision` of a task definition ARN (what the console and the CLI show). */
const revisionName = (ref: string): string => ref.split('/').pop() as string;

async function registerRevision(revision: ImageRevision, deps: Deps): Promise<string> {
  try {
    return await deps.ecs.registerTaskDefinition(revision.definition);
  } catch (error) {
    throw withStep(`Could not register a task definition revision for family ${revision.family} with image ${revision.image}`, error);
  }
}

function startFollower(plan: RunTaskPlan, taskId: string, report: MigrateReport, maxPrinted: number, timings: Timings, deps: Deps): LogFollower | undefined {
  if ('note' in plan.logs) {
    deps.logger.warning(`Logs will not be followed: ${plan.logs.note}`);
    return undefined;
  }
  const stream = `${plan.logs.streamPrefix}${taskId}`;
  report.logUrl = logStreamUrl(plan.logs.region, plan.logs.group, stream);
  deps.logger.info(`Logs: ${report.logUrl}`);
  const follower = new LogFollower(deps.logs.forRegion(plan.logs.region), {
    group: plan.logs.group, stream, maxPrinted, pollMs: timings.logPollMs, print: deps.printLine,
  }, deps.clock, deps.logger);
  follower.start();
  return follower;
}

/** Timeouts and cancellation stop the task, then wait (briefly) for STOPPED so the verdict and logs are final. */
async function settle(end: WaitEnd, inputs: Inputs, stop: (reason: string) => Promise<void>, timings: Timings, deps: Deps): Promise<Task | undefined> {
  if (end.state === 'stopped') return end.task;
  if (end.state === 'missing') return end.task;
  const taskArn = end.task?.taskArn;
  if (end.state === 'cancelled') await stop(CANCEL_REASON);
  else await stop(`db-migrate: timed out after ${formatDuration(end.state === 'start-timeout' ? inputs.startTimeoutMs : inputs.timeoutMs)}`);
  if (!taskArn) return end.task;
  const budget = end.state === 'cancelled' ? Math.min(2000, timings.stopWaitMs) : timings.stopWaitMs;
  return (await waitForStopped(inputs.cluster, taskArn, budget, deps)) ?? end.task;
}

function judge(report: MigrateReport, end: WaitEnd, task: Task | undefined, plan: RunTaskPlan, inputs: Inputs, cancelled: boolean): void {
  report.stopCode = task?.stopCode;
  report.stoppedReason = task?.stoppedReason ?? '';
  report.containers = (task?.containers ?? []).map((c) => `${c.name}: ${c.lastStatus ?? 'UNKNOWN'}${c.exitCode === undefined ? '' : `, exit code ${c.exitCode}`}${c.reason ? ` (${c.reason})` : ''}`);
  // Only a container that has STOPPED has an exit code worth reporting (moto, for one, shows 0 on a PENDING one).
  const main = task?.containers?.find((c) => c.name === plan.mainContainer);
  report.exitCode = main?.lastStatus === 'STOPPED' ? main.exitCode : undefined;
  if (cancelled) {
    report.result = 'cancelled';
    report.reason = `the workflow was cancelled; the task was stopped with reason "${CANCEL_REASON}"`;
  } else if (end.state === 'start-timeout' || end.state === 'run-timeout') {
    report.result = 'timed-out';
    const budget = end.state === 'start-timeout' ? `start-timeout ${formatDuration(inputs.startTimeoutMs)}` : `timeout ${formatDuration(inputs.timeoutMs)}`;
    report.reason = `${end.reason} (${budget}); the task was stopped${task?.lastStatus === 'STOPPED' ? '' : ` (last status ${task?.lastStatus ?? 'unknown'})`}`;
  } else if (end.state === 'missing' || !task) {
    report.result = 'failed';
    report.reason = 'reason' in end ? end.reason : 'the task could not be described';
  } else {
    const verdict = judgeStoppedTask(task, { mainContainer: plan.mainContainer, essentialContainers: plan.essentialContainers, exitCodeFrom: inputs.exitCodeFrom });
    report.result = verdict.ok ? 'succeeded' : 'failed';
    report.reason = verdict.summary;
    report.exitCode = verdict.exitCode;
  }
}

/** Applies max-log-lines to what was printed and says how much is only in CloudWatch. */
export function withNote(stats: FollowStats, maxLogLines: number, logUrl: string): MigrateReport['log'] {
  const notes: string[] = [];
  if (stats.lines > stats.printed) notes.push(`${stats.lines - stats.printed} more log line(s) not shown here (max-log-lines ${maxLogLines}); the full log: ${logUrl}`);
  if (stats.problem) notes.push(`The log may be incomplete: ${stats.problem}; the full log: ${logUrl}`);
  return { lines: stats.lines, printed: stats.printed, tail: stats.tail, lagMs: stats.lagMs, note: notes.join('\n') || undefined };
}
