import { invalidParameter, SimError } from '../../core/errors.js';
import { requireCluster } from './clusters.js';
import { circuitBreakerThreshold } from './circuit-breaker.js';
import { isTrafficShiftService } from './deployments.js';
import { ecsArn, toDate, type EcsState, type Json, type ServiceDeploymentRecord, type ServiceRecord } from './model.js';
import { tasksOfService } from './scheduler.js';
import { requireService } from './services.js';

/**
 * The service-deployment API (ListServiceDeployments, DescribeServiceDeployments, StopServiceDeployment,
 * ContinueServiceDeployment), shapes per the ECS API reference (ServiceDeployment, ServiceDeploymentBrief,
 * ServiceRevisionSummary). Every UpdateService/CreateService deployment is one; a circuit breaker's rollback is
 * part of the deployment that failed (status ROLLBACK_IN_PROGRESS, then ROLLBACK_SUCCESSFUL).
 */
const STATUSES = ['PENDING', 'SUCCESSFUL', 'STOPPED', 'STOP_REQUESTED', 'IN_PROGRESS', 'ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS', 'ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED'];

export function listServiceDeployments(state: EcsState, input: Json): Json {
  const cluster = requireCluster(state, input.cluster);
  const service = requireService(state, cluster.name, input.service);
  const statuses = Array.isArray(input.status) ? (input.status as string[]) : undefined;
  for (const status of statuses ?? []) {
    if (!STATUSES.includes(status)) throw invalidParameter(`Invalid status value: ${status}.`);
  }
  const createdAt = (input.createdAt ?? {}) as { before?: number; after?: number };
  const max = input.maxResults === undefined ? 20 : Number(input.maxResults);
  if (!Number.isInteger(max) || max < 1 || max > 100) throw invalidParameter('maxResults must be between 1 and 100.');
  const matching = service.serviceDeployments.filter((d) =>
    (statuses === undefined || statuses.includes(d.status))
    && (createdAt.before === undefined || d.createdAt < createdAt.before * 1000)
    && (createdAt.after === undefined || d.createdAt > createdAt.after * 1000));
  const offset = input.nextToken === undefined ? 0 : Number(Buffer.from(String(input.nextToken), 'base64').toString('utf8'));
  if (!Number.isInteger(offset) || offset < 0) throw invalidParameter('Invalid nextToken.');
  const page = matching.slice(offset, offset + max);
  const out: Json = {
    serviceDeployments: page.map((d) => ({
      serviceDeploymentArn: d.arn,
      serviceArn: service.arn,
      clusterArn: ecsArn(state, `cluster/${service.clusterName}`),
      startedAt: toDate(d.startedAt),
      createdAt: toDate(d.createdAt),
      finishedAt: toDate(d.finishedAt ?? d.stoppedAt),
      targetServiceRevisionArn: d.targetRevisionArn,
      status: d.status,
      statusReason: d.statusReason,
    })),
  };
  if (offset + max < matching.length) out.nextToken = Buffer.from(String(offset + max)).toString('base64');
  return out;
}

export function describeServiceDeployments(state: EcsState, input: Json): Json {
  const arns = Array.isArray(input.serviceDeploymentArns) ? (input.serviceDeploymentArns as string[]) : [];
  if (arns.length === 0) throw invalidParameter('serviceDeploymentArns cannot be empty.');
  if (arns.length > 20) throw invalidParameter('serviceDeploymentArns can have at most 20 items.');
  const serviceDeployments: Json[] = [];
  const failures: Json[] = [];
  for (const arn of arns) {
    const found = findServiceDeployment(state, arn);
    if (found) serviceDeployments.push(serviceDeploymentView(state, found.service, found.record));
    else failures.push({ arn, reason: 'MISSING' });
  }
  return { serviceDeployments, failures };
}

/** stopType ROLLBACK (the only one ECS takes for service deployments): traffic goes back to the source revision. */
export function stopServiceDeployment(state: EcsState, input: Json): Json {
  const found = requireServiceDeployment(state, input.serviceDeploymentArn);
  const stopType = input.stopType ?? 'ROLLBACK';
  if (stopType !== 'ROLLBACK') throw invalidParameter(`Invalid stopType: ${String(stopType)}. Valid value: ROLLBACK.`);
  const { record, service } = found;
  // Not confirmed: ECS's message for a deployment that already ended.
  if (record.status !== 'IN_PROGRESS' && record.status !== 'PENDING') {
    throw new SimError('ConflictException', `The service deployment is in ${record.status} status and cannot be stopped.`);
  }
  if (!isTrafficShiftService(service)) {
    throw invalidParameter('StopServiceDeployment is only supported for services that use the BLUE_GREEN, LINEAR or CANARY deployment strategy.');
  }
  record.status = 'ROLLBACK_REQUESTED';
  record.statusReason = 'Service deployment rollback requested by user.';
  return { serviceDeploymentArn: record.arn };
}

/** A PAUSE hook waiting in AWAITING_ACTION continues (CONTINUE) or fails the deployment into a rollback (ROLLBACK). */
export function continueServiceDeployment(state: EcsState, input: Json, now: number): Json {
  const { record } = requireServiceDeployment(state, input.serviceDeploymentArn);
  const hook = record.hooks.find((h) => h.hookId === input.hookId);
  if (!hook || hook.status !== 'AWAITING_ACTION') throw invalidParameter(`No lifecycle hook ${String(input.hookId)} is awaiting action.`);
  const action = input.action ?? 'CONTINUE';
  if (action !== 'CONTINUE' && action !== 'ROLLBACK') throw invalidParameter(`Invalid action: ${String(action)}.`);
  hook.outcome = action === 'CONTINUE' ? 'SUCCEEDED' : 'FAILED';
  hook.status = 'IN_PROGRESS';
  hook.doneAt = now;
  return { serviceDeploymentArn: record.arn };
}

function requireServiceDeployment(state: EcsState, arn: unknown): { service: ServiceRecord; record: ServiceDeploymentRecord } {
  const found = typeof arn === 'string' ? findServiceDeployment(state, arn) : undefined;
  if (!found) throw new SimError('ServiceDeploymentNotFoundException', 'The service deployment does not exist.');
  return found;
}

function findServiceDeployment(state: EcsState, arn: string): { service: ServiceRecord; record: ServiceDeploymentRecord } | undefined {
  for (const service of state.services.values()) {
    const record = service.serviceDeployments.find((d) => d.arn === arn);
    if (record) return { service, record };
  }
  return undefined;
}

export function serviceDeploymentView(state: EcsState, service: ServiceRecord, record: ServiceDeploymentRecord): Json {
  const tasks = tasksOfService(state, service).filter((t) => t.desiredStatus === 'RUNNING');
  const summary = (deploymentId: string, arn: string, requested: number, production: number, test: number): Json => {
    const own = tasks.filter((t) => t.deploymentId === deploymentId);
    const view: Json = {
      arn,
      requestedTaskCount: requested,
      runningTaskCount: own.filter((t) => t.lastStatus === 'RUNNING').length,
      pendingTaskCount: own.filter((t) => t.lastStatus !== 'RUNNING').length,
    };
    if (record.strategy !== 'ROLLING') Object.assign(view, { requestedProductionTrafficWeight: production, requestedTestTrafficWeight: test });
    return view;
  };
  const deployment = service.deployments.find((d) => d.id === record.deploymentId);
  const breaker = record.configuration.deploymentCircuitBreaker;
  const ended = !['IN_PROGRESS', 'PENDING', 'ROLLBACK_IN_PROGRESS', 'ROLLBACK_REQUESTED'].includes(record.status);
  const alarms = record.configuration.alarms as { enable?: boolean; alarmNames?: string[] } | undefined;
  return {
    serviceDeploymentArn: record.arn,
    serviceArn: service.arn,
    clusterArn: ecsArn(state, `cluster/${service.clusterName}`),
    createdAt: toDate(record.createdAt),
    startedAt: toDate(record.startedAt),
    finishedAt: toDate(record.finishedAt),
    stoppedAt: toDate(record.stoppedAt),
    updatedAt: toDate(record.updatedAt),
    sourceServiceRevisions: record.sources.map((s) =>
      summary(s.deploymentId, s.revisionArn, ended && record.status === 'SUCCESSFUL' ? 0 : service.desiredCount, 100 - record.productionWeight, 100 - record.testWeight)),
    targetServiceRevision: summary(record.deploymentId, record.targetRevisionArn, deployment?.desiredCount ?? 0, record.productionWeight, record.testWeight),
    status: record.status,
    statusReason: record.statusReason,
    lifecycleStage: record.strategy === 'ROLLING' ? undefined : record.lifecycleStage,
    lifecycleHookDetails: record.hooks.length === 0 ? undefined : record.hooks.map((h) => ({
      hookId: h.hookId, targetType: h.targetType, targetArn: h.targetArn, status: h.status, expiresAt: toDate(h.expiresAt),
    })),
    deploymentConfiguration: record.configuration,
    rollback: record.rollback && { ...record.rollback, startedAt: toDate(record.rollback.startedAt) },
    deploymentCircuitBreaker: breaker.enable
      ? { status: ended ? 'MONITORING_COMPLETE' : record.status.startsWith('ROLLBACK') ? 'TRIGGERED' : 'MONITORING', failureCount: record.failureCount, threshold: circuitBreakerThreshold(service) }
      : { status: 'DISABLED', failureCount: 0, threshold: 0 },
    alarms: alarms?.enable
      ? { status: ended ? 'MONITORING_COMPLETE' : 'MONITORING', alarmNames: alarms.alarmNames ?? [], triggeredAlarmNames: [] }
      : { status: 'DISABLED' },
  };
}
