import type { Clock } from '../../common/src/clock.js';
import { CANCEL_WINDOW, CancelClock, DeadlineError, withinDeadline } from '../../common/src/deadline.js';
import { serviceNotFound } from '../../common/src/ecs.js';
import type { EcsService as Service } from '../../common/src/ecs-types.js';
import { errorMessage } from '../../common/src/errors.js';
import type { Logger } from '../../common/src/logger.js';
import type { EcsApi } from './aws.js';
import { type Diagnosis, diagnose, type DiagnosisLogs, formatDiagnosis } from './diagnosis.js';
import type { Inputs } from './inputs.js';
import { containerImages } from './render.js';
import { revisionsToDeregister } from './revisions.js';
import { awaitRollback, requestRollback, type RollbackRequest } from './rollback.js';
import { resolveTarget, type TargetDefinition } from './taskdef.js';
import { unsupportedController } from './verdict.js';
import { type WaitOutcome, waitForRollout } from './wait.js';

export type Result = 'deployed' | 'unchanged' | 'started' | 'failed' | 'rolled-back' | 'timed-out' | 'cancelled';

export interface DeployReport {
  result: Result;
  cluster: string;
  service: string;
  taskDefinitionArn: string;
  previousTaskDefinitionArn: string;
  deploymentId: string;
  rolloutState: string;
  images: Array<[string, string]>;
  durationMs: number;
  reason?: string;
  diagnosis?: Diagnosis;
  events: string[];
  /** What the rollback-on-failure step did, if it ran. */
  rollback?: string;
}

export interface Deps {
  ecs: EcsApi;
  logs: DiagnosisLogs;
  clock: Clock;
  logger: Logger;
  random: () => number;
  signal?: AbortSignal;
  /** How long the cancel path may take after the signal [CANCEL_WINDOW.budgetMs]; tests shorten it. */
  cancelBudgetMs?: number;
}

export class DeployError extends Error {}

async function currentService(inputs: Inputs, deps: Deps, cancelWindow: AbortSignal): Promise<Service> {
  const service = await withinDeadline(cancelWindow, (signal) => deps.ecs.describeService(inputs.cluster, inputs.service, signal));
  const missing = serviceNotFound(service, inputs.service, inputs.cluster);
  if (missing || !service) throw new DeployError(missing);
  if (service.status !== 'ACTIVE') throw new DeployError(`Service ${inputs.service} is ${service.status}; it must be ACTIVE to deploy`);
  const refusal = unsupportedController(service);
  if (refusal) throw new DeployError(refusal);
  return service;
}

function failureResult(outcome: WaitOutcome): Result {
  const r = outcome.result;
  if (r.state === 'rolled-back' || (r.state === 'failed' && r.ecsRollingBack)) return 'rolled-back';
  if (r.state === 'timed-out' || r.state === 'cancelled') return r.state;
  return 'failed';
}

async function pruneRevisions(inputs: Inputs, family: string, keep: [string, string], deps: Deps): Promise<void> {
  try {
    const stale = revisionsToDeregister(await deps.ecs.activeRevisions(family), inputs.keepRevisions as number, keep);
    for (const arn of stale) await deps.ecs.deregisterTaskDefinition(arn);
    if (stale.length) deps.logger.info(`keep-revisions: deregistered ${stale.length} older revision(s) of ${family}`);
  } catch (error) {
    deps.logger.warning(`keep-revisions: could not deregister older revisions of ${family}: ${errorMessage(error)}`);
  }
}

interface DeployContext {
  target: TargetDefinition;
  service: Service;
  deadline: number;
  /** Aborts CANCEL_WINDOW.budgetMs after a cancel: the deadline of every call on the cancel path. */
  cancelWindow: AbortSignal;
}

/** A wait that gives up (DescribeServices failing again and again) is a failed rollout: it still gets the rollback and the diagnosis. */
async function follow(request: Parameters<typeof waitForRollout>[0], deps: Deps): Promise<WaitOutcome> {
  try {
    return await waitForRollout(request, deps);
  } catch (error) {
    return { result: { state: 'failed', reason: `could not follow deployment ${request.target.deploymentId}: ${errorMessage(error)}`, ecsRollingBack: false }, events: [] };
  }
}

/** Updates the service, follows the rollout and settles a failure; fills in `report` as it learns. */
async function deploy(inputs: Inputs, report: DeployReport, context: DeployContext, deps: Deps): Promise<void> {
  const { target, service } = context;
  const previousArn = report.previousTaskDefinitionArn;
  if (target.unchangedFromCurrent && !inputs.forceNewDeployment) {
    if (inputs.desiredCount !== undefined && inputs.desiredCount !== service.desiredCount) {
      await deps.ecs.updateService({ cluster: inputs.cluster, service: inputs.service, desiredCount: inputs.desiredCount });
      deps.logger.info(`Task definition unchanged; desired count set to ${inputs.desiredCount}`);
    }
    report.reason = `${target.arn} is already the service's task definition`;
    return;
  }
  if (deps.signal?.aborted) {
    report.result = 'cancelled';
    report.reason = `the workflow was cancelled before the service was updated; it still runs ${previousArn}`;
    return;
  }
  const knownEventIds = (service.events ?? []).map((e) => e.id ?? '');
  // A cancel while this is in flight ends it at the cancel's deadline, and then whether ECS applied it is unknown.
  const updated = await withinDeadline(context.cancelWindow, (signal) => deps.ecs.updateService({
    cluster: inputs.cluster, service: inputs.service, taskDefinition: target.arn,
    forceNewDeployment: inputs.forceNewDeployment || undefined, desiredCount: inputs.desiredCount,
  }, signal)).catch((error: unknown) => {
    if (!(error instanceof DeadlineError)) throw error;
    throw new DeployError(`UpdateService to ${target.arn} had no answer (${error.message}); whether ECS applied it is unknown`);
  });
  const ours = updated.deployments?.find((d) => d.status === 'PRIMARY' && d.taskDefinition === target.arn);
  if (!ours?.id) throw new DeployError(`UpdateService did not start a deployment of ${target.arn}`);
  report.deploymentId = ours.id;
  report.rolloutState = ours.rolloutState ?? '';
  deps.logger.info(`Deployment ${ours.id} started: ${previousArn} → ${target.arn}`);
  if (inputs.waitUntil === 'none') {
    report.result = 'started';
    return;
  }

  const outcome = await follow({
    cluster: inputs.cluster, service: inputs.service, target: { deploymentId: ours.id, taskDefinitionArn: target.arn },
    waitUntil: inputs.waitUntil, deadline: context.deadline, failFast: inputs.failFast, knownEventIds,
  }, deps);
  const last = outcome.service?.deployments?.find((d) => d.id === ours.id);
  report.rolloutState = last?.rolloutState ?? (outcome.result.state === 'rolled-back' ? 'GONE' : report.rolloutState);
  report.events = outcome.events.map((e) => e.message ?? '');
  if (outcome.result.state === 'deployed') {
    report.result = 'deployed';
    if (inputs.keepRevisions) await pruneRevisions(inputs, String(target.definition.family), [target.arn, previousArn], deps);
    return;
  }
  report.result = failureResult(outcome);
  report.reason = 'reason' in outcome.result ? outcome.result.reason : outcome.result.state;
  // A plain log line: the step's one ::error:: annotation is main.ts's setFailed, which carries the diagnosis too.
  deps.logger.info(`Deployment ${ours.id} ${report.result}: ${report.reason}`);
  await settleFailure(inputs, report, { ...context, outcome, knownEventIds }, deps);
}

/**
 * Act first, explain after. The rollback is requested before the diagnosis: on a cancel the runner kills the step
 * 10 s after SIGINT, and a diagnosis with DescribeTasks throttled takes longer than that. The diagnosis gets the time
 * left; only a run that was not cancelled then waits for the rollback to complete.
 */
async function settleFailure(inputs: Inputs, report: DeployReport, context: DeployContext & { outcome: WaitOutcome; knownEventIds: string[] }, deps: Deps): Promise<void> {
  const { target, outcome, cancelWindow } = context;
  const previousArn = report.previousTaskDefinitionArn;
  let rollback: RollbackRequest | undefined;
  if (inputs.rollbackOnFailure && report.result !== 'rolled-back' && previousArn !== target.arn) {
    rollback = await requestRollback(inputs, previousArn, cancelWindow, deps);
    report.rollback = rollback.text;
    deps.logger.info(`rollback-on-failure: ${report.rollback}`);
  }
  report.diagnosis = await diagnose({
    region: inputs.region, cluster: inputs.cluster, service: inputs.service, verdict: `${report.result}: ${report.reason}`,
    serviceState: outcome.service, events: outcome.events, taskDefinitionArn: target.arn, definition: target.definition, signal: cancelWindow,
  }, deps);
  deps.logger.info(formatDiagnosis(report.diagnosis));
  if (rollback?.deploymentId && !deps.signal?.aborted) {
    const seen = [...context.knownEventIds, ...outcome.events.map((e) => e.id ?? '')];
    report.rollback = await awaitRollback(inputs, previousArn, rollback.deploymentId, Math.max(context.deadline, deps.clock.now() + 10 * 60_000), seen, deps);
    if (report.rollback.startsWith('rolled back')) report.result = 'rolled-back';
    deps.logger.info(`rollback-on-failure: ${report.rollback}`);
  }
}

export async function run(inputs: Inputs, deps: Deps): Promise<DeployReport> {
  // Started now, so that the budget counts from the signal whenever it comes. Real time, not deps.clock: what the
  // deadline ends is an SDK request, which runs in real time.
  const cancelWindow = new CancelClock(deps.signal).afterCancel(deps.cancelBudgetMs ?? CANCEL_WINDOW.budgetMs);
  try {
    return await deployService(inputs, cancelWindow.signal, deps);
  } finally {
    // Its timer would otherwise hold a finished step until the budget ran out.
    cancelWindow.dispose();
  }
}

async function deployService(inputs: Inputs, cancelWindow: AbortSignal, deps: Deps): Promise<DeployReport> {
  const started = deps.clock.now();
  const service = await currentService(inputs, deps, cancelWindow);
  const previousArn = service.taskDefinition as string;
  const target = await resolveTarget(inputs, service, deps);
  const report: DeployReport = {
    result: 'unchanged', cluster: inputs.cluster, service: inputs.service, taskDefinitionArn: target.arn, previousTaskDefinitionArn: previousArn,
    deploymentId: '', rolloutState: '', images: containerImages(target.definition), durationMs: 0, events: [],
  };
  try {
    await deploy(inputs, report, { target, service, deadline: started + inputs.timeoutMs, cancelWindow }, deps);
  } catch (error) {
    // A revision may be registered and the service updated by now: the outputs and the job summary must still say
    // what is known, so the failure is reported rather than thrown.
    report.result = deps.signal?.aborted ? 'cancelled' : 'failed';
    report.reason = errorMessage(error);
  }
  return { ...report, durationMs: deps.clock.now() - started };
}
