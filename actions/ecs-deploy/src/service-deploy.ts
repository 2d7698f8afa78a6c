import type { Service, UpdateServiceCommandInput } from '@aws-sdk/client-ecs';
import { DeadlineError, withinDeadline } from '../../common/src/deadline.js';
import { errorMessage } from '../../common/src/errors.js';
import { blueGreenJudge, findServiceDeployment, settleBlueGreen } from './bluegreen-run.js';
import { blueGreenBudgetMs } from './bluegreen.js';
import { type DeployContext, explain } from './explain.js';
import type { Inputs } from './inputs.js';
import { revisionsToDeregister } from './revisions.js';
import { awaitRollback, requestRollback, type RollbackRequest } from './rollback.js';
import type { TargetDefinition } from './taskdef.js';
import { DeployError, type Deps, type DeployReport, type Result } from './types.js';
import { type WaitOutcome, waitForRollout } from './wait.js';

/**
 * One service on the ECS controller: UpdateService, then follow our deployment — by deployments[] for a rolling
 * update, by its service deployment for blue/green, linear and canary — and settle a failure (rollback, diagnosis).
 */

export function failureResult(outcome: WaitOutcome): Result {
  const r = outcome.result;
  if (r.state === 'rolled-back' || (r.state === 'failed' && r.ecsRollingBack)) return 'rolled-back';
  if (r.state === 'timed-out' || r.state === 'cancelled') return r.state;
  return 'failed';
}

/** The UpdateService fields the inputs pass through as given; absent ones leave the service's own. */
export function passThrough(inputs: Inputs): Partial<UpdateServiceCommandInput> {
  const fields: Partial<UpdateServiceCommandInput> = {};
  if (inputs.propagateTags) fields.propagateTags = inputs.propagateTags;
  if (inputs.enableEcsManagedTags !== undefined) fields.enableECSManagedTags = inputs.enableEcsManagedTags;
  if (inputs.volumeConfigurations) fields.volumeConfigurations = inputs.volumeConfigurations as unknown as UpdateServiceCommandInput['volumeConfigurations'];
  return fields;
}

export async function pruneRevisions(inputs: Inputs, family: string, keep: string[], deps: Deps): Promise<void> {
  try {
    const stale = revisionsToDeregister(await deps.ecs.activeRevisions(family), inputs.keepRevisions as number, keep);
    for (const arn of stale) await deps.ecs.deregisterTaskDefinition(arn);
    if (stale.length) deps.logger.info(`keep-revisions: deregistered ${stale.length} older revision(s) of ${family}`);
  } catch (error) {
    deps.logger.warning(`keep-revisions: could not deregister older revisions of ${family}: ${errorMessage(error)}`);
  }
}

/** A wait that gives up (DescribeServices failing again and again) is a failed rollout: it still gets the rollback and the diagnosis. */
export async function follow(request: Parameters<typeof waitForRollout>[0], deps: Deps): Promise<WaitOutcome> {
  try {
    return await waitForRollout(request, deps);
  } catch (error) {
    return { result: { state: 'failed', reason: `could not follow deployment ${request.target.deploymentId}: ${errorMessage(error)}`, ecsRollingBack: false }, events: [] };
  }
}

/** Updates the service, follows the rollout and settles a failure; fills in `report` as it learns. */
export async function deployEcsService(inputs: Inputs, report: DeployReport, context: DeployContext, deps: Deps): Promise<void> {
  const { target, service } = context;
  const blueGreen = report.kind === 'ecs-blue-green';
  const previousArn = report.previousTaskDefinitionArn;
  if (target.arn === service.taskDefinition && !inputs.forceNewDeployment) {
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
  const updateSent = new Date(deps.clock.now() - 1_000);
  // A cancel while this is in flight ends it at the cancel's deadline, and then whether ECS applied it is unknown.
  const updated = await withinDeadline(context.cancelWindow, (signal) => deps.ecs.updateService({
    cluster: inputs.cluster, service: inputs.service, taskDefinition: target.arn,
    forceNewDeployment: inputs.forceNewDeployment || undefined, desiredCount: inputs.desiredCount, ...passThrough(inputs),
  }, signal)).catch((error: unknown) => {
    if (!(error instanceof DeadlineError)) throw error;
    throw new DeployError(`UpdateService to ${target.arn} had no answer (${error.message}); whether ECS applied it is unknown`);
  });
  const ours = updated.deployments?.find((d) => d.status === 'PRIMARY' && d.taskDefinition === target.arn);
  let serviceDeploymentArn: string | undefined;
  if (blueGreen) {
    serviceDeploymentArn = await findServiceDeployment(inputs, updated, updateSent, deps);
    report.serviceDeploymentArn = serviceDeploymentArn;
  }
  const deploymentId = ours?.id ?? serviceDeploymentArn;
  if (!deploymentId) throw new DeployError(`UpdateService did not start a deployment of ${target.arn}`);
  report.deploymentId = deploymentId;
  report.rolloutState = ours?.rolloutState ?? '';
  deps.logger.info(`Deployment ${deploymentId} started: ${previousArn} → ${target.arn}` + (serviceDeploymentArn ? ` (service deployment ${serviceDeploymentArn})` : ''));
  if (inputs.waitUntil === 'none') {
    report.result = 'started';
    return;
  }

  const bakeMinutes = service.deploymentConfiguration?.bakeTimeInMinutes;
  const deadline = context.started + (blueGreen ? blueGreenBudgetMs(inputs.timeoutMs, bakeMinutes) : inputs.timeoutMs);
  const states: { last?: Awaited<ReturnType<NonNullable<Deps['serviceDeployments']>['describe']>> } = {};
  const outcome = await follow({
    cluster: inputs.cluster, service: inputs.service, target: { deploymentId, taskDefinitionArn: target.arn },
    waitUntil: inputs.waitUntil, deadline, failFast: inputs.failFast, knownEventIds,
    judge: serviceDeploymentArn ? blueGreenJudge(serviceDeploymentArn, inputs.waitUntil, states, deps) : undefined,
  }, deps);
  const last = outcome.service?.deployments?.find((d) => d.id === deploymentId);
  report.rolloutState = states.last?.status ?? last?.rolloutState ?? (outcome.result.state === 'rolled-back' ? 'GONE' : report.rolloutState);
  report.events = outcome.events.map((e) => e.message ?? '');
  if (outcome.result.state === 'deployed') {
    report.result = 'deployed';
    if (inputs.keepRevisions) await pruneRevisions(inputs, String(target.definition.family), [target.arn, previousArn], deps);
    return;
  }
  report.result = failureResult(outcome);
  report.reason = 'reason' in outcome.result ? outcome.result.reason : outcome.result.state;
  // A plain log line: the step's one ::error:: annotation is main.ts's setFailed, which carries the diagnosis too.
  deps.logger.info(`Deployment ${deploymentId} ${report.result}: ${report.reason}`);
  if (serviceDeploymentArn) {
    await settleBlueGreen(inputs, report, { ...context, outcome, serviceDeploymentArn, state: states.last }, deps);
    return;
  }
  await settleFailure(inputs, report, { ...context, deadline, outcome, knownEventIds }, deps);
}

/**
 * Act first, explain after. The rollback is requested before the diagnosis: on a cancel the runner kills the step
 * 10 s after SIGINT, and a diagnosis with DescribeTasks throttled takes longer than that. The diagnosis gets the time
 * left; only a run that was not cancelled then waits for the rollback to complete.
 */
async function settleFailure(inputs: Inputs, report: DeployReport, context: DeployContext & { deadline: number; outcome: WaitOutcome; knownEventIds: string[] }, deps: Deps): Promise<void> {
  const { target, outcome, cancelWindow } = context;
  const previousArn = report.previousTaskDefinitionArn;
  let rollback: RollbackRequest | undefined;
  if (inputs.rollbackOnFailure && report.result !== 'rolled-back' && previousArn !== target.arn) {
    rollback = await requestRollback(inputs, previousArn, cancelWindow, deps);
    report.rollback = rollback.text;
    deps.logger.info(`rollback-on-failure: ${report.rollback}`);
  }
  await explain(inputs, report, context, deps);
  if (rollback?.deploymentId && !deps.signal?.aborted) {
    const seen = [...context.knownEventIds, ...outcome.events.map((e) => e.id ?? '')];
    report.rollback = await awaitRollback(inputs, previousArn, rollback.deploymentId, Math.max(context.deadline, deps.clock.now() + 10 * 60_000), seen, deps);
    if (report.rollback.startsWith('rolled back')) report.result = 'rolled-back';
    deps.logger.info(`rollback-on-failure: ${report.rollback}`);
  }
}
