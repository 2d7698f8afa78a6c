import { finishServiceDeployment, serviceDeploymentOf } from './deployments.js';
import type { ServiceRecord } from './model.js';
import type { Scheduler } from './scenario.js';

/**
 * Failed tasks that fail a deployment. ECS's default (BOUNDED_PERCENT 50) is half the service's desired count,
 * clamped to [3, 200]; COUNT uses the value as is. Rounding up is an assumption: AWS documents the formula
 * (0.5 × desired count) and the bounds but not the rounding.
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeploymentCircuitBreaker.html
 */
export function circuitBreakerThreshold(service: ServiceRecord): number {
  const config = service.deploymentConfiguration.deploymentCircuitBreaker.thresholdConfiguration ?? { type: 'BOUNDED_PERCENT', value: 50 };
  if (config.type === 'COUNT') return Math.max(1, config.value);
  const scaled = Math.ceil((service.desiredCount * config.value) / 100);
  if (config.type === 'UNBOUNDED_PERCENT') return Math.max(1, scaled);
  return Math.min(200, Math.max(3, scaled));
}

/**
 * Fails the PRIMARY deployment once its failedTasks reach the threshold and, with rollback on, starts a new
 * deployment of the last COMPLETED one's task definition. Wording of reasons and events as ECS writes them
 * (seen in public DescribeServices output): "ECS deployment circuit breaker: tasks failed to start.",
 * "(service S) (deployment D) deployment failed: tasks failed to start.", "(service S) rolling back to deployment D.".
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html
 */
export function applyCircuitBreaker(service: ServiceRecord, scheduler: Scheduler): void {
  const primary = service.deployments[0];
  const breaker = service.deploymentConfiguration.deploymentCircuitBreaker;
  if (!primary || !breaker.enable || primary.rolloutState !== 'IN_PROGRESS') return;
  if (service.deploymentController.type !== 'ECS' || service.status !== 'ACTIVE') return;
  if (primary.failedTasks < circuitBreakerThreshold(service)) return;

  primary.rolloutState = 'FAILED';
  primary.rolloutStateReason = 'ECS deployment circuit breaker: tasks failed to start.';
  primary.updatedAt = scheduler.at;
  scheduler.event(`(service ${service.name}) (deployment ${primary.id}) deployment failed: tasks failed to start.`);
  const record = serviceDeploymentOf(service, primary);
  if (record) record.failureCount = primary.failedTasks;

  // Without a COMPLETED deployment to return to, a failed deployment just stalls: it launches nothing more.
  const target = service.lastCompleted;
  if (!breaker.rollback || !target) {
    if (record) finishServiceDeployment(record, scheduler.at, 'STOPPED', primary.rolloutStateReason);
    return;
  }
  // The deployment rolled back to is IN_PROGRESS again, so it is no rollback target until it completes.
  service.lastCompleted = undefined;
  const rollback = scheduler.startDeployment(target.taskDefinitionArn, {
    rollbackOf: target.deploymentId,
    rolloutStateReason: `ECS deployment circuit breaker: rolling back to deploymentId ${target.deploymentId}.`,
    revisionArn: target.revisionArn,
    noServiceDeployment: true,
  });
  scheduler.event(`(service ${service.name}) rolling back to deployment ${target.deploymentId}.`);
  if (record) {
    record.status = 'ROLLBACK_IN_PROGRESS';
    record.statusReason = primary.rolloutStateReason;
    record.updatedAt = scheduler.at;
    record.rollbackDeploymentId = rollback.id;
    record.rollback = { reason: primary.rolloutStateReason, startedAt: scheduler.at, serviceRevisionArn: target.revisionArn };
  }
}
