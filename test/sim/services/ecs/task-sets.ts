import { ecsArn, toDate, type DeploymentRecord, type EcsState, type Json, type ServiceRecord, type TaskRecord } from './model.js';
import type { Scheduler } from './scenario.js';
import { isServing } from './task-lifecycle.js';
import { scalingStop } from './deployments.js';

/**
 * CODE_DEPLOY services run task sets: each deployment keeps its own desired count, and CodeDeploy (a controller
 * attached to the service, see services/codedeploy) creates the replacement, moves the PRIMARY and scales the
 * original to zero. Without a controller the service just keeps its PRIMARY task set at the desired count.
 */
export interface ExternalController {
  /** Called on every reconcile of the service (at each task transition and at asked-for wake-ups). */
  step(service: ServiceRecord, scheduler: Scheduler): void;
}

const controllers = new WeakMap<ServiceRecord, ExternalController>();

export function attachController(service: ServiceRecord, controller: ExternalController | undefined): void {
  if (controller) controllers.set(service, controller);
  else controllers.delete(service);
}

export function reconcileTaskSets(service: ServiceRecord, scheduler: Scheduler): void {
  const primary = service.deployments.find((d) => d.status === 'PRIMARY');
  if (primary) primary.desiredCount = service.status === 'ACTIVE' ? service.desiredCount : 0;
  for (const deployment of service.deployments) keepSize(scheduler, deployment);
  controllers.get(service)?.step(service, scheduler);
  const done = (d: DeploymentRecord): boolean => scheduler.allTasks().every((t) => t.deploymentId !== d.id || t.lastStatus === 'STOPPED');
  service.deployments = service.deployments.filter((d) => d.status === 'PRIMARY' || d.desiredCount > 0 || !done(d));
  const live = primary ? scheduler.liveTasks(primary.id) : [];
  const settled = service.deployments.length === 1 && live.length === service.desiredCount && live.every(isServing);
  if (!settled) {
    service.steady = false;
  } else if (!service.steady) {
    service.steady = true;
    scheduler.event(`(service ${service.name}) has reached a steady state.`);
  }
}

/** A task set replaces its failed tasks and sheds extra ones, like any ECS deployment. */
export function keepSize(scheduler: Scheduler, deployment: DeploymentRecord): void {
  const live = scheduler.liveTasks(deployment.id);
  if (live.length > deployment.desiredCount) scheduler.stop(live.slice(0, live.length - deployment.desiredCount), scalingStop(deployment));
  else if (live.length < deployment.desiredCount) scheduler.launch(deployment, deployment.desiredCount - live.length);
}

/** DescribeServices' taskSets for a CODE_DEPLOY service. */
export function taskSetsView(state: EcsState, service: ServiceRecord, live: TaskRecord[]): Json[] {
  return service.deployments.map((d) => {
    const own = live.filter((t) => t.deploymentId === d.id);
    const running = own.filter((t) => t.lastStatus === 'RUNNING').length;
    return {
      id: d.id,
      taskSetArn: ecsArn(state, `task-set/${service.clusterName}/${service.name}/${d.id}`),
      serviceArn: service.arn,
      clusterArn: ecsArn(state, `cluster/${service.clusterName}`),
      externalId: d.externalId,
      startedBy: d.externalId === undefined ? undefined : 'CodeDeploy',
      status: d.status,
      taskDefinition: d.taskDefinitionArn,
      computedDesiredCount: d.desiredCount,
      pendingCount: own.length - running,
      runningCount: running,
      createdAt: toDate(d.createdAt),
      updatedAt: toDate(d.updatedAt),
      launchType: d.launchType,
      platformVersion: d.platformVersion,
      networkConfiguration: d.networkConfiguration,
      loadBalancers: service.loadBalancers,
      scale: { value: d.desiredCount > 0 ? 100 : 0, unit: 'PERCENT' },
      stabilityStatus: own.length === d.desiredCount && own.every(isServing) ? 'STEADY_STATE' : 'STABILIZING',
    };
  });
}
