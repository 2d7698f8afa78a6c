import type { Prng } from '../../core/prng.js';
import type { DeploymentRecord, EcsState, ServiceRecord } from './model.js';

/**
 * Makes a new PRIMARY deployment of `taskDefinitionArn` (UpdateService, CreateService, or the circuit
 * breaker's rollback); the deployments before it become ACTIVE and are drained by the rollout policy.
 */
export function startDeployment(
  state: EcsState, service: ServiceRecord, taskDefinitionArn: string, at: number, ids: Prng,
  fields: Partial<Pick<DeploymentRecord, 'rollbackOf' | 'rolloutStateReason'>> = {},
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
  };
  if (fields.rollbackOf !== undefined) deployment.rollbackOf = fields.rollbackOf;
  for (const older of service.deployments) older.status = 'ACTIVE';
  service.deployments.unshift(deployment);
  service.taskDefinitionArn = taskDefinitionArn;
  service.steady = false;
  service.placementRetryAt = undefined;
  return deployment;
}
