import type { Prng } from '../../core/prng.js';
import { ecsArn, type DeploymentRecord, type EcsState, type ServiceDeploymentRecord, type ServiceRecord } from './model.js';

/** Strategies ECS runs as blue/green-style deployments (a second revision at full size, then traffic shifts). */
export const TRAFFIC_SHIFT_STRATEGIES: readonly string[] = ['BLUE_GREEN', 'LINEAR', 'CANARY'];

export function isTrafficShiftService(service: ServiceRecord): boolean {
  return service.deploymentController.type === 'ECS' && TRAFFIC_SHIFT_STRATEGIES.includes(service.deploymentConfiguration.strategy ?? 'ROLLING');
}

export interface StartDeploymentFields extends Partial<Pick<DeploymentRecord, 'rollbackOf' | 'rolloutStateReason' | 'revisionArn'>> {
  /** The deployment is a step of another one (a rollback) and gets no service deployment of its own. */
  noServiceDeployment?: boolean;
}

/**
 * Makes a new PRIMARY deployment of `taskDefinitionArn` (UpdateService, CreateService, or the circuit
 * breaker's rollback); the deployments before it become ACTIVE and are drained by the rollout policy.
 * Each deployment is a new service revision and, unless it is a rollback, a new service deployment.
 */
export function startDeployment(
  state: EcsState, service: ServiceRecord, taskDefinitionArn: string, at: number, ids: Prng, fields: StartDeploymentFields = {},
): DeploymentRecord {
  const id = `ecs-svc/${ids.digits(19)}`;
  state.deploymentSequence++;
  const deployment: DeploymentRecord = {
    id,
    sequence: state.deploymentSequence,
    status: 'PRIMARY',
    taskDefinitionArn,
    desiredCount: service.desiredCount,
    failedTasks: 0,
    createdAt: at,
    updatedAt: at,
    launchType: service.launchType,
    platformVersion: service.platformVersion,
    networkConfiguration: service.networkConfiguration,
    rolloutState: 'IN_PROGRESS',
    rolloutStateReason: fields.rolloutStateReason ?? `ECS deployment ${id} in progress.`,
    // A rollback returns to the revision it rolls back to.
    revisionArn: fields.revisionArn ?? ecsArn(state, `service-revision/${service.clusterName}/${service.name}/${ids.digits(19)}`),
  };
  if (service.volumeConfigurations !== undefined) deployment.volumeConfigurations = service.volumeConfigurations;
  if (fields.rollbackOf !== undefined) deployment.rollbackOf = fields.rollbackOf;
  const sources = service.deployments.map((d) => ({ deploymentId: d.id, revisionArn: d.revisionArn, taskDefinitionArn: d.taskDefinitionArn }));
  for (const older of service.deployments) older.status = 'ACTIVE';
  if (!fields.noServiceDeployment) {
    // A deployment started while another is under way supersedes it (not confirmed: the reason's wording).
    for (const running of service.serviceDeployments) {
      if (running.status === 'IN_PROGRESS' || running.status === 'PENDING') {
        finishServiceDeployment(running, at, 'STOPPED', 'Service deployment was superseded by a newer service deployment.');
      }
    }
    const record = newServiceDeployment(state, service, deployment, sources, at, ids);
    deployment.serviceDeploymentArn = record.arn;
    service.serviceDeployments.unshift(record);
  }
  service.deployments.unshift(deployment);
  service.taskDefinitionArn = taskDefinitionArn;
  service.steady = false;
  service.placementRetryAt = undefined;
  return deployment;
}

function newServiceDeployment(
  state: EcsState, service: ServiceRecord, deployment: DeploymentRecord, sources: ServiceDeploymentRecord['sources'], at: number, ids: Prng,
): ServiceDeploymentRecord {
  const strategy = service.deploymentController.type === 'ECS' ? service.deploymentConfiguration.strategy ?? 'ROLLING' : 'ROLLING';
  return {
    arn: ecsArn(state, `service-deployment/${service.clusterName}/${service.name}/${base62(ids, 21)}`),
    deploymentId: deployment.id,
    targetRevisionArn: deployment.revisionArn,
    taskDefinitionArn: deployment.taskDefinitionArn,
    sources,
    status: 'IN_PROGRESS',
    createdAt: at,
    startedAt: at,
    updatedAt: at,
    strategy,
    configuration: structuredClone(service.deploymentConfiguration),
    hooks: [],
    productionWeight: sources.length === 0 ? 100 : 0,
    testWeight: sources.length === 0 ? 100 : 0,
    failureCount: 0,
  };
}

export function finishServiceDeployment(record: ServiceDeploymentRecord, at: number, status: ServiceDeploymentRecord['status'], reason?: string): void {
  record.status = status;
  if (reason !== undefined) record.statusReason = reason;
  record.updatedAt = at;
  if (status === 'STOPPED') record.stoppedAt = at;
  else record.finishedAt = at;
  record.hooks = [];
}

export function serviceDeploymentOf(service: ServiceRecord, deployment: DeploymentRecord | undefined): ServiceDeploymentRecord | undefined {
  if (!deployment?.serviceDeploymentArn) return undefined;
  return service.serviceDeployments.find((d) => d.arn === deployment.serviceDeploymentArn);
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function base62(ids: Prng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += BASE62[ids.int(62)];
  return out;
}

/** How the scheduler reports the tasks a deployment's progress stops. */
export function scalingStop(deployment: DeploymentRecord): { stopCode: string; reason: string } {
  return { stopCode: 'ServiceSchedulerInitiated', reason: `Scaling activity initiated by (deployment ${deployment.id})` };
}
