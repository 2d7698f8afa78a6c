import type { Service } from '@aws-sdk/client-ecs';
import type { Clock } from '../../common/src/clock.js';
import { errorMessage } from '../../common/src/errors.js';
import type { Logger } from '../../common/src/logger.js';
import type { EcsApi, LogsApi } from './aws.js';
import { type Diagnosis, diagnose, formatDiagnosis } from './diagnosis.js';
import type { Inputs } from './inputs.js';
import { containerImages } from './render.js';
import { revisionsToDeregister } from './revisions.js';
import { resolveTarget } from './taskdef.js';
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
  logs: LogsApi;
  clock: Clock;
  logger: Logger;
  random: () => number;
  signal?: AbortSignal;
}

export class DeployError extends Error {}

async function currentService(inputs: Inputs, deps: Deps): Promise<Service> {
  const service = await deps.ecs.describeService(inputs.cluster, inputs.service);
  if (!service || service.status === 'INACTIVE') throw new DeployError(`Service ${inputs.service} was not found in cluster ${inputs.cluster}`);
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

/** rollback-on-failure: put the previous revision back and wait for it, within what is left of the budget. */
async function rollBack(inputs: Inputs, previousArn: string, deadline: number, knownEventIds: string[], deps: Deps): Promise<string> {
  deps.logger.info(`rollback-on-failure: updating ${inputs.service} back to ${previousArn}`);
  const updated = await deps.ecs.updateService({ cluster: inputs.cluster, service: inputs.service, taskDefinition: previousArn });
  const deployment = updated.deployments?.find((d) => d.status === 'PRIMARY');
  if (!deployment?.id || deps.signal?.aborted) return `requested rollback to ${previousArn} (deployment ${deployment?.id ?? 'unknown'}); not waited for`;
  const outcome = await waitForRollout({
    cluster: inputs.cluster, service: inputs.service, target: { deploymentId: deployment.id, taskDefinitionArn: previousArn },
    waitUntil: 'deployed', deadline, failFast: inputs.failFast, knownEventIds,
  }, deps);
  return outcome.result.state === 'deployed'
    ? `rolled back to ${previousArn} (deployment ${deployment.id} completed)`
    : `rollback to ${previousArn} did not complete: ${'reason' in outcome.result ? outcome.result.reason : outcome.result.state}`;
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

export async function run(inputs: Inputs, deps: Deps): Promise<DeployReport> {
  const started = deps.clock.now();
  const deadline = started + inputs.timeoutMs;
  const service = await currentService(inputs, deps);
  const previousArn = service.taskDefinition as string;
  const target = await resolveTarget(inputs, service, deps);
  const report: DeployReport = {
    result: 'unchanged', cluster: inputs.cluster, service: inputs.service, taskDefinitionArn: target.arn, previousTaskDefinitionArn: previousArn,
    deploymentId: '', rolloutState: '', images: containerImages(target.definition), durationMs: 0, events: [],
  };
  const finish = () => ({ ...report, durationMs: deps.clock.now() - started });
  if (target.unchangedFromCurrent && !inputs.forceNewDeployment) {
    if (inputs.desiredCount !== undefined && inputs.desiredCount !== service.desiredCount) {
      await deps.ecs.updateService({ cluster: inputs.cluster, service: inputs.service, desiredCount: inputs.desiredCount });
      deps.logger.info(`Task definition unchanged; desired count set to ${inputs.desiredCount}`);
    }
    report.reason = `${target.arn} is already the service's task definition`;
    return finish();
  }
  const knownEventIds = (service.events ?? []).map((e) => e.id ?? '');
  const updated = await deps.ecs.updateService({
    cluster: inputs.cluster, service: inputs.service, taskDefinition: target.arn,
    forceNewDeployment: inputs.forceNewDeployment || undefined, desiredCount: inputs.desiredCount,
  });
  const ours = updated.deployments?.find((d) => d.status === 'PRIMARY' && d.taskDefinition === target.arn);
  if (!ours?.id) throw new DeployError(`UpdateService did not start a deployment of ${target.arn}`);
  report.deploymentId = ours.id;
  report.rolloutState = ours.rolloutState ?? '';
  deps.logger.info(`Deployment ${ours.id} started: ${previousArn} → ${target.arn}`);
  if (inputs.waitUntil === 'none') return { ...finish(), result: 'started' };

  const outcome = await waitForRollout({
    cluster: inputs.cluster, service: inputs.service, target: { deploymentId: ours.id, taskDefinitionArn: target.arn },
    waitUntil: inputs.waitUntil, deadline, failFast: inputs.failFast, knownEventIds,
  }, deps);
  const last = outcome.service?.deployments?.find((d) => d.id === ours.id);
  report.rolloutState = last?.rolloutState ?? (outcome.result.state === 'rolled-back' ? 'GONE' : report.rolloutState);
  report.events = outcome.events.map((e) => e.message ?? '');
  if (outcome.result.state === 'deployed') {
    report.result = 'deployed';
    if (inputs.keepRevisions) await pruneRevisions(inputs, String(target.definition.family), [target.arn, previousArn], deps);
    return finish();
  }
  report.result = failureResult(outcome);
  report.reason = 'reason' in outcome.result ? outcome.result.reason : outcome.result.state;
  // A plain log line: the step's one ::error:: annotation is main.ts's setFailed, which carries the diagnosis too.
  deps.logger.info(`Deployment ${ours.id} ${report.result}: ${report.reason}`);
  report.diagnosis = await diagnose({
    region: inputs.region, cluster: inputs.cluster, service: inputs.service, verdict: `${report.result}: ${report.reason}`,
    serviceState: outcome.service, events: outcome.events, taskDefinitionArn: target.arn, definition: target.definition,
  }, deps);
  deps.logger.info(formatDiagnosis(report.diagnosis));
  if (inputs.rollbackOnFailure && report.result !== 'rolled-back' && previousArn !== target.arn) {
    try {
      const seen = [...knownEventIds, ...outcome.events.map((e) => e.id ?? '')];
      report.rollback = await rollBack(inputs, previousArn, Math.max(deadline, deps.clock.now() + 10 * 60_000), seen, deps);
      if (report.rollback.startsWith('rolled back')) report.result = 'rolled-back';
    } catch (error) {
      report.rollback = `rollback to ${previousArn} failed: ${errorMessage(error)}`;
    }
    deps.logger.info(`rollback-on-failure: ${report.rollback}`);
  }
  return finish();
}
