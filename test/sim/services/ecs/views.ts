import { managedAgentsView } from './managed-agents.js';
import {
  ecsArn, toDate, type DeploymentRecord, type EcsState, type Json, type ServiceRecord, type TaskNetworkInterface, type TaskRecord,
} from './model.js';
import { tasksOfService } from './scheduler.js';

/** Service as DescribeServices/CreateService/UpdateService return it. */
export function serviceView(state: EcsState, service: ServiceRecord, includeTags = false): Json {
  const live = tasksOfService(state, service).filter((t) => t.desiredStatus === 'RUNNING');
  const count = (tasks: TaskRecord[]): { runningCount: number; pendingCount: number } => ({
    runningCount: tasks.filter((t) => t.lastStatus === 'RUNNING').length,
    pendingCount: tasks.filter((t) => t.lastStatus !== 'RUNNING').length,
  });
  const view: Json = {
    serviceArn: service.arn,
    serviceName: service.name,
    clusterArn: ecsArn(state, `cluster/${service.clusterName}`),
    loadBalancers: service.loadBalancers,
    serviceRegistries: service.serviceRegistries,
    status: service.status,
    desiredCount: service.desiredCount,
    ...count(live),
    launchType: service.launchType,
    platformVersion: service.platformVersion,
    platformFamily: service.launchType === 'FARGATE' ? 'Linux' : undefined,
    taskDefinition: service.taskDefinitionArn,
    deploymentConfiguration: service.deploymentConfiguration,
    deployments: service.deployments.map((d) => deploymentView(service, d, count(live.filter((t) => t.deploymentId === d.id)))),
    currentServiceDeployment: service.serviceDeployments[0]?.arn,
    currentServiceRevisions: currentRevisions(service, live),
    events: service.events.map((e) => ({ id: e.id, createdAt: toDate(e.createdAt), message: e.message })),
    createdAt: toDate(service.createdAt),
    placementConstraints: [],
    placementStrategy: [],
    networkConfiguration: service.networkConfiguration,
    healthCheckGracePeriodSeconds: service.healthCheckGracePeriodSeconds,
    schedulingStrategy: 'REPLICA',
    deploymentController: { ...service.deploymentController },
    createdBy: service.createdBy,
    enableECSManagedTags: service.enableECSManagedTags,
    propagateTags: service.propagateTags,
    enableExecuteCommand: service.enableExecuteCommand,
  };
  if (includeTags) view.tags = service.tags;
  return view;
}

/** The revisions with tasks running or asked for: each deployment still listed. */
function currentRevisions(service: ServiceRecord, live: TaskRecord[]): Json[] {
  return service.deployments.map((d) => {
    const own = live.filter((t) => t.deploymentId === d.id);
    return {
      arn: d.revisionArn,
      requestedTaskCount: d.desiredCount,
      runningTaskCount: own.filter((t) => t.lastStatus === 'RUNNING').length,
      pendingTaskCount: own.filter((t) => t.lastStatus !== 'RUNNING').length,
    };
  });
}

function deploymentView(service: ServiceRecord, deployment: DeploymentRecord, counts: { runningCount: number; pendingCount: number }): Json {
  // rolloutState is only reported for the rolling update (ECS) deployment controller.
  const rollout = service.deploymentController.type === 'ECS';
  return {
    id: deployment.id,
    status: deployment.status,
    taskDefinition: deployment.taskDefinitionArn,
    desiredCount: deployment.desiredCount,
    pendingCount: counts.pendingCount,
    runningCount: counts.runningCount,
    failedTasks: deployment.failedTasks,
    createdAt: toDate(deployment.createdAt),
    updatedAt: toDate(deployment.updatedAt),
    launchType: deployment.launchType,
    platformVersion: deployment.platformVersion,
    platformFamily: deployment.launchType === 'FARGATE' ? 'Linux' : undefined,
    networkConfiguration: deployment.networkConfiguration,
    volumeConfigurations: deployment.volumeConfigurations,
    rolloutState: rollout ? deployment.rolloutState : undefined,
    rolloutStateReason: rollout ? deployment.rolloutStateReason : undefined,
  };
}

/** Task as DescribeTasks/StopTask/RunTask return it. */
export function taskView(state: EcsState, task: TaskRecord): Json {
  const eni = task.networkInterface;
  return {
    attachments: eni ? [eniAttachmentView(task, eni)] : [],
    attributes: [],
    availabilityZone: `${state.region}a`,
    capacityProviderName: task.capacityProviderName,
    clusterArn: ecsArn(state, `cluster/${task.clusterName}`),
    connectivity: task.lastStatus === 'PROVISIONING' ? undefined : 'CONNECTED',
    connectivityAt: toDate(task.pullStartedAt),
    containers: task.containers.map((c) => ({
      containerArn: ecsArn(state, `container/${task.clusterName}/${task.id}/${c.containerId}`),
      taskArn: task.arn,
      name: c.name,
      image: c.image,
      lastStatus: c.stoppedEarly ? 'STOPPED' : containerStatus(task),
      exitCode: c.exitCode,
      reason: c.reason,
      networkBindings: [],
      networkInterfaces: eni ? [{ attachmentId: eni.attachmentId, privateIpv4Address: eni.privateIpv4Address }] : [],
      healthStatus: c.healthStatus,
      managedAgents: managedAgentsView(task),
    })),
    cpu: task.cpu,
    createdAt: toDate(task.createdAt),
    desiredStatus: task.desiredStatus,
    enableExecuteCommand: task.enableExecuteCommand === true,
    executionStoppedAt: toDate(task.executionStoppedAt),
    group: task.group,
    healthStatus: task.healthStatus,
    lastStatus: task.lastStatus,
    launchType: task.launchType,
    memory: task.memory,
    overrides: {
      ...task.overrides,
      containerOverrides: task.containers.map((c) => ({ ...c.override, name: c.name })),
      inferenceAcceleratorOverrides: [],
    },
    platformVersion: task.platformVersion,
    platformFamily: task.launchType === 'FARGATE' ? 'Linux' : undefined,
    pullStartedAt: toDate(task.pullStartedAt),
    pullStoppedAt: toDate(task.pullStoppedAt),
    startedAt: toDate(task.startedAt),
    startedBy: task.startedBy,
    stopCode: task.stopCode,
    stoppedAt: toDate(task.stoppedAt),
    stoppedReason: task.stoppedReason,
    stoppingAt: toDate(task.stoppingAt),
    tags: task.tags ?? [],
    taskArn: task.arn,
    taskDefinitionArn: task.taskDefinitionArn,
    version: task.version,
  };
}

/** Containers run while their task does; a stopping task's containers are being stopped, then are stopped. */
function containerStatus(task: TaskRecord): string {
  switch (task.lastStatus) {
    case 'RUNNING':
    case 'STOPPING':
      return 'RUNNING';
    case 'DEPROVISIONING':
    case 'STOPPED':
      return 'STOPPED';
    default:
      return 'PENDING';
  }
}

function eniAttachmentView(task: TaskRecord, eni: TaskNetworkInterface): Json {
  const status = task.lastStatus === 'PROVISIONING' ? 'PRECREATED'
    : task.lastStatus === 'STOPPED' ? 'DELETED' : task.lastStatus === 'DEPROVISIONING' ? 'DETACHING' : 'ATTACHED';
  return {
    id: eni.attachmentId,
    type: 'ElasticNetworkInterface',
    status,
    details: [
      { name: 'subnetId', value: eni.subnetId },
      { name: 'networkInterfaceId', value: eni.eniId },
      { name: 'macAddress', value: eni.macAddress },
      { name: 'privateDnsName', value: `ip-${eni.privateIpv4Address.replaceAll('.', '-')}.ec2.internal` },
      { name: 'privateIPv4Address', value: eni.privateIpv4Address },
    ],
  };
}
