import {
  DescribeServiceDeploymentsCommand, ECSClient, ListServiceDeploymentsCommand, type ServiceDeployment, StopServiceDeploymentCommand,
} from '@aws-sdk/client-ecs';
import { awsClientConfig } from '../../common/src/aws-client.js';
import { withStep } from '../../common/src/errors.js';
import type { ServiceDeploymentState } from './bluegreen.js';

/**
 * ECS's service-deployment API (2024), the record of a blue/green, linear or canary rollout: what bluegreen-run.ts
 * asks of it, in the planner's terms (no SDK types past this file).
 */
export interface ServiceDeploymentsApi {
  describe(arn: string, signal?: AbortSignal): Promise<ServiceDeploymentState | undefined>;
  /** The newest service deployment of the service created at or after `after`, for when UpdateService did not name it. */
  newest(cluster: string, service: string, after: Date, signal?: AbortSignal): Promise<string | undefined>;
  /** StopServiceDeployment with stopType ROLLBACK: ECS shifts traffic back to the blue revision. */
  stopWithRollback(arn: string, signal?: AbortSignal): Promise<void>;
}

export function toState(d: ServiceDeployment): ServiceDeploymentState {
  const target = d.targetServiceRevision;
  return {
    arn: d.serviceDeploymentArn ?? '',
    status: d.status ?? 'PENDING',
    statusReason: d.statusReason,
    lifecycleStage: d.lifecycleStage,
    strategy: d.deploymentConfiguration?.strategy,
    bakeTimeInMinutes: d.deploymentConfiguration?.bakeTimeInMinutes,
    target: target && {
      requested: target.requestedTaskCount, running: target.runningTaskCount, pending: target.pendingTaskCount,
      productionTrafficWeight: target.requestedProductionTrafficWeight,
    },
    rollbackReason: d.rollback?.reason,
    circuitBreaker: d.deploymentCircuitBreaker && { status: d.deploymentCircuitBreaker.status, failureCount: d.deploymentCircuitBreaker.failureCount, threshold: d.deploymentCircuitBreaker.threshold },
    triggeredAlarms: d.alarms?.triggeredAlarmNames ?? [],
  };
}

export function createServiceDeploymentsApi(region: string): ServiceDeploymentsApi {
  const ecs = new ECSClient(awsClientConfig(region, 'ecs-deploy'));
  return {
    async describe(arn, signal) {
      try {
        const out = await ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] }), { abortSignal: signal });
        const found = out.serviceDeployments?.[0];
        return found ? toState(found) : undefined;
      } catch (error) {
        throw withStep(`Could not describe service deployment ${arn}`, error);
      }
    },
    async newest(cluster, service, after, signal) {
      try {
        const out = await ecs.send(new ListServiceDeploymentsCommand({ cluster, service, createdAt: { after } }), { abortSignal: signal });
        const newestFirst = [...(out.serviceDeployments ?? [])].sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
        return newestFirst[0]?.serviceDeploymentArn;
      } catch (error) {
        throw withStep(`Could not list the service deployments of ${service}`, error);
      }
    },
    async stopWithRollback(arn, signal) {
      try {
        await ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' }), { abortSignal: signal });
      } catch (error) {
        throw withStep(`Could not stop service deployment ${arn}`, error);
      }
    },
  };
}
