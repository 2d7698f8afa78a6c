import { awslogsStream } from '../../common/src/awslogs.js';
import { logStreamUrl, taskConsoleUrl } from '../../common/src/console-urls.js';
import { CANCEL_WINDOW, CancelClock, signalAt } from '../../common/src/deadline.js';
import { formatDuration } from '../../common/src/durations.js';
import { errorMessage } from '../../common/src/errors.js';
import { type EcsService, type EcsTask, serviceNotFound, taskDefinitionView } from '../../common/src/ecs-types.js';
import { registerOnce } from '../../common/src/register.js';
import { type Deps, MigrateError, type Timings } from './deps.js';
import { runExec } from './exec.js';
import type { Inputs } from './inputs.js';
import { LogFollower } from './log-follower.js';
import { planRunTask, type RunTaskPlan, STARTED_BY, taskIdOf } from './plan.js';
import { logDeliveryLine, type MigrateReport } from './report.js';
import { type ImageRevision, planImageRevision } from './revision.js';
import { judge, withNote } from './ending.js';
import { CANCEL_REASON, TaskStopper, TIMEOUT_STOP_MS } from './stop.js';
import { TASK_POLL, waitForStopped, waitForTask, type WaitEnd } from './wait.js';

const ENDED_STATUSES = ['DEPROVISIONING', 'STOPPED'];
/** After a failure that ends the wait, how long the log lines written so far may still be read. */
const ABANDON_READ_MS = 2000;

export async function run(inputs: Inputs, deps: Deps): Promise<MigrateReport> {
  return inputs.mode === 'exec' ? runExec(inputs, deps) : runTaskMode(inputs, deps);
}

async function activeService(inputs: Inputs, deps: Deps): Promise<EcsService | undefined> {
  if (!inputs.service) return undefined;
  const service = await deps.ecs.describeService(inputs.cluster, inputs.service);
  const missing = serviceNotFound(service, inputs.service, inputs.cluster);
  if (missing) throw new MigrateError(missing);
  return service;
}

/** The lock: a task this action started for the family that is still running is a migration in progress. */
async function refuseWhileRunning(inputs: Inputs, family: string, deps: Deps): Promise<void> {
  // ECS does not combine startedBy with other ListTasks filters, so filter by family and check startedBy here.
  const arns = await deps.ecs.listTasks({ cluster: inputs.cluster, family, desiredStatus: 'RUNNING' }, deps.signal);
  if (arns.length === 0) return;
  // A task can be listed as RUNNING and described as STOPPED (it stopped in between, or ListTasks lags): only one
  // whose containers may still run is a migration in progress. DEPROVISIONING comes after the containers stopped.
  const ours = (await deps.ecs.describeTasks(inputs.cluster, arns, deps.signal))
    .filter((t) => t.startedBy === STARTED_BY && !ENDED_STATUSES.includes(t.lastStatus ?? ''));
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
  const { clock } = deps;
  const timings: Timings = { logPollMs: 1000, taskPollMs: TASK_POLL.firstMs, lateEventsMs: 2000, stopWaitMs: 20_000, ...deps.timings };
  const started = clock.now();
  const cancel = new CancelClock(deps.signal, clock);
  const service = await activeService(inputs, deps);
  const ref = inputs.taskDefinition ?? (service?.taskDefinition as string);
  const described = await deps.ecs.describeTaskDefinition(ref, deps.signal);
  const plan = planRunTask(inputs, taskDefinitionView(described.definition), service);
  const revision = planImageRevision(described, inputs.containerName, inputs.image);
  if (inputs.lock) await refuseWhileRunning(inputs, plan.family, deps);
  const report: MigrateReport = {
    result: 'failed', mode: 'run-task', cluster: inputs.cluster, taskArn: '', container: plan.mainContainer, command: plan.commandText,
    // With a revision to register, the revision that runs is only known once it is registered.
    taskDefinition: revision ? undefined : plan.request.taskDefinition,
    taskDefinitionNote: inputs.image && !revision ? `already has image ${inputs.image} in container ${plan.mainContainer}` : undefined,
    stoppedReason: '', logUrl: '', durationMs: 0, reason: '', containers: [], log: { lines: 0, printed: 0, tail: [], lagMs: undefined },
  };
  const finish = (): MigrateReport => ({ ...report, durationMs: clock.now() - started });
  if (deps.signal?.aborted) return { ...finish(), result: 'cancelled', reason: 'the workflow was cancelled before the task started' };
  try {
    await migrate(inputs, plan, revision, report, { ...deps, started, timings, cancel });
  } catch (error) {
    // From the registration on, something may exist (a revision, a task): a failure still reports what is known,
    // so the outputs and the job summary are written.
    const beforeStart = !report.taskArn && cancel.cancelled;
    report.result = beforeStart ? 'cancelled' : 'failed';
    report.reason = beforeStart ? `the workflow was cancelled before the task started: ${errorMessage(error)}` : errorMessage(error);
    // Not stopped on purpose: losing sight of a migration (DescribeTasks denied, say) is no reason to kill it half-way.
    if (report.taskArn && !report.stoppedReason) report.reason += `; task ${report.taskArn} was not followed to its end and may still be running`;
  }
  return finish();
}

interface MigrationDeps extends Deps {
  started: number;
  timings: Timings;
  cancel: CancelClock;
}

/** Registers the revision (if any), starts the task, follows it to the end and judges it, filling in `report`. */
async function migrate(inputs: Inputs, plan: RunTaskPlan, revision: ImageRevision | undefined, report: MigrateReport, deps: MigrationDeps): Promise<void> {
  const { clock, logger, cancel, timings } = deps;
  if (report.taskDefinitionNote) logger.info(`${plan.request.taskDefinition} ${report.taskDefinitionNote}: running it as is, registering no revision`);
  let request = plan.request;
  if (revision) {
    // Registered only now, past every check that could refuse the run, so a refused step leaves no revision behind.
    const arn = await registerRevision(revision, inputs.clientToken, deps);
    request = { ...plan.request, taskDefinition: arn };
    report.taskDefinition = arn;
    const forImage = `for image ${revision.image} in container ${revision.container} (${revisionName(revision.from)} has ${revision.previousImage})`;
    report.taskDefinitionNote = `registered by this step ${forImage}`;
    logger.info(`Registered ${arn} ${forImage}`);
  }
  if (cancel.cancelled) {
    report.result = 'cancelled';
    report.reason = `the workflow was cancelled before the task started${revision ? ` (${report.taskDefinition} was registered, and not run)` : ''}`;
    return;
  }

  logger.info(`Running ${revisionName(request.taskDefinition ?? plan.family)} in cluster ${inputs.cluster}: ${plan.commandText} (container ${plan.mainContainer})`);
  const task = await startTask(request, plan, deps);
  report.taskArn = task.taskArn as string;
  const taskId = taskIdOf(report.taskArn);
  const stopper = new TaskStopper(inputs.cluster, report.taskArn, { ...deps, random: deps.random ?? Math.random });
  // Stop at once on cancellation, not at the next poll: the runner kills the step 10 s after SIGINT. A task that has
  // already ended is left alone.
  let ended = false;
  const onAbort = () => {
    if (!ended) void stopper.stop(CANCEL_REASON, cancel.after(CANCEL_WINDOW.stopTaskMs));
  };
  deps.signal?.addEventListener('abort', onAbort, { once: true });
  if (deps.signal?.aborted) onAbort();
  logger.info(`Task ${report.taskArn} started: ${taskConsoleUrl(inputs.region, inputs.cluster, taskId)}`);
  const follower = startFollower(plan, taskId, report, inputs.maxLogLines, timings, deps);
  try {
    const end = await waitForTask({
      cluster: inputs.cluster, taskArn: report.taskArn, startDeadline: deps.started + inputs.startTimeoutMs, runDeadline: deps.started + inputs.timeoutMs,
      firstPollMs: timings.taskPollMs,
    }, deps, (t) => logger.info(`Task ${taskId}: ${t.lastStatus}${t.desiredStatus === 'STOPPED' && t.lastStatus !== 'STOPPED' ? ' (stopping)' : ''}`));
    ended = end.state === 'stopped';
    const finalTask = await settle(end, inputs, stopper, deps);
    const readBy = cancel.cancelled ? signalAt(clock, cancel.after(CANCEL_WINDOW.reportMs)) : undefined;
    const stats = follower ? await follower.finish(cancel.cancelled ? Math.min(500, timings.lateEventsMs) : timings.lateEventsMs, readBy) : undefined;
    judge(report, { end, task: finalTask, stop: stopper.outcome, cancelledAfterEnd: cancel.cancelled && end.state !== 'cancelled' }, plan, inputs);
    if (stats) report.log = withNote(stats, inputs.maxLogLines, report.logUrl);
    if (report.log.note) logger.info(report.log.note);
    if (stats) logger.info(`Log delivery: ${logDeliveryLine(report.log)}`);
  } catch (error) {
    // The task could not be followed to its end: the lines so far still go to the log and the summary, and the
    // follower must end (its polling would keep the step's process alive).
    if (follower) report.log = withNote(await follower.finish(0, signalAt(clock, clock.now() + ABANDON_READ_MS)), inputs.maxLogLines, report.logUrl);
    throw error;
  } finally {
    deps.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * RunTask. A cancel while it is in flight gives it `runTaskGraceMs` more to name the task it started (its retries
 * carry the same clientToken, so they cannot start a second one), so that task can be stopped.
 */
async function startTask(request: RunTaskPlan['request'], plan: RunTaskPlan, deps: MigrationDeps): Promise<EcsTask> {
  const giveUp = deps.cancel.afterCancel(CANCEL_WINDOW.runTaskGraceMs);
  try {
    const { tasks, failures } = await deps.ecs.runTask(request, giveUp.signal).catch((error: unknown) => {
      if (!giveUp.signal.aborted) throw error;
      throw new MigrateError(`RunTask did not answer within ${formatDuration(CANCEL_WINDOW.runTaskGraceMs)} of the cancel; a task may have started: ` +
        `look for tasks started by ${STARTED_BY} in cluster ${request.cluster} and stop it`, { cause: error });
    });
    const task = tasks[0];
    if (!task?.taskArn) throw new MigrateError(`RunTask started no task of ${plan.family}: ${describeFailures(failures)}`);
    return task;
  } finally {
    // A grace timer still running would keep the step's process alive.
    giveUp.dispose();
  }
}

/** `family:revision` of a task definition ARN (what the console and the CLI show). */
const revisionName = (ref: string): string => ref.split('/').pop() as string;

/** The image revision, registered at most once (see common/register.ts); the run's clientToken marks it. */
function registerRevision(revision: ImageRevision, runToken: string, deps: Deps): Promise<string> {
  return registerOnce(revision.definition, runToken, { ecs: deps.ecs, clock: deps.clock, logger: deps.logger, random: deps.random ?? Math.random, signal: deps.signal },
    `Could not register a task definition revision for family ${revision.family} with image ${revision.image}`);
}

function startFollower(plan: RunTaskPlan, taskId: string, report: MigrateReport, maxPrinted: number, timings: Timings, deps: Deps): LogFollower | undefined {
  if ('note' in plan.logs) {
    deps.logger.warning(`Logs will not be followed: ${plan.logs.note}`);
    return undefined;
  }
  const stream = awslogsStream(plan.logs, taskId);
  report.logUrl = logStreamUrl(plan.logs.region, plan.logs.group, stream);
  deps.logger.info(`Logs: ${report.logUrl}`);
  const follower = new LogFollower(deps.logs.forRegion(plan.logs.region), {
    group: plan.logs.group, stream, maxPrinted, pollMs: timings.logPollMs, print: deps.printLine,
  }, deps.clock, deps.logger);
  follower.start();
  return follower;
}

/** Timeouts and cancellation stop the task, then wait (briefly) for STOPPED so the verdict and logs are final. */
async function settle(end: WaitEnd, inputs: Inputs, stopper: TaskStopper, deps: MigrationDeps): Promise<EcsTask | undefined> {
  if (end.state === 'stopped' || end.state === 'missing') return end.task;
  const { clock, cancel } = deps;
  const cancelled = end.state === 'cancelled';
  const outcome = cancelled
    ? await stopper.stop(CANCEL_REASON, cancel.after(CANCEL_WINDOW.stopTaskMs))
    : await stopper.stop(`db-migrate: timed out after ${formatDuration(end.state === 'start-timeout' ? inputs.startTimeoutMs : inputs.timeoutMs)}`, clock.now() + TIMEOUT_STOP_MS);
  if (!outcome.accepted) return end.task;
  const by = cancelled ? cancel.by(deps.timings.stopWaitMs, CANCEL_WINDOW.stoppedByMs) : clock.now() + deps.timings.stopWaitMs;
  return (await waitForStopped(inputs.cluster, stopper.taskArn, by, deps)) ?? end.task;
}
