import type { EcsState, ServiceRecord } from '../ecs/model.js';
import type { ApplicationRecord, CdDeploymentRecord, DeploymentGroupRecord, Json } from './model.js';

const date = (ms: number | undefined): Date | undefined => (ms === undefined ? undefined : new Date(ms));

export function applicationView(app: ApplicationRecord): Json {
  return { applicationId: app.id, applicationName: app.name, createTime: date(app.createTime), linkedToGitHub: false, computePlatform: app.computePlatform };
}

export function deploymentGroupView(group: DeploymentGroupRecord, app: ApplicationRecord): Json {
  const last = (info: DeploymentGroupRecord['lastAttempted']): Json | undefined => info && {
    deploymentId: info.deploymentId, status: info.status, endTime: date(info.endTime), createTime: date(info.createTime),
  };
  return {
    applicationName: group.applicationName,
    deploymentGroupId: group.id,
    deploymentGroupName: group.name,
    deploymentConfigName: group.deploymentConfigName,
    ec2TagFilters: [],
    onPremisesInstanceTagFilters: [],
    autoScalingGroups: [],
    serviceRoleArn: group.serviceRoleArn,
    triggerConfigurations: [],
    alarmConfiguration: group.alarmConfiguration ?? { enabled: false, ignorePollAlarmFailure: false, alarms: [] },
    autoRollbackConfiguration: group.autoRollbackConfiguration ?? { enabled: false, events: [] },
    deploymentStyle: group.deploymentStyle,
    outdatedInstancesStrategy: 'UPDATE',
    blueGreenDeploymentConfiguration: group.blueGreenDeploymentConfiguration,
    loadBalancerInfo: group.loadBalancerInfo,
    lastSuccessfulDeployment: last(group.lastSuccessful),
    lastAttemptedDeployment: last(group.lastAttempted),
    computePlatform: app.computePlatform,
    ecsServices: group.ecsServices,
    terminationHookEnabled: false,
  };
}

const TERMINAL = ['Succeeded', 'Failed', 'Stopped'];

export function deploymentView(d: CdDeploymentRecord, group: DeploymentGroupRecord | undefined): Json {
  const targetStatus = targetStatusOf(d);
  return {
    applicationName: d.applicationName,
    deploymentGroupName: d.groupName,
    deploymentConfigName: d.configName,
    deploymentId: d.id,
    revision: d.revision,
    status: d.status,
    errorInformation: d.errorInformation,
    createTime: date(d.createTime),
    startTime: date(d.startTime),
    completeTime: date(d.completeTime),
    deploymentOverview: {
      Pending: targetStatus === 'Pending' ? 1 : 0,
      InProgress: targetStatus === 'InProgress' ? 1 : 0,
      Succeeded: targetStatus === 'Succeeded' ? 1 : 0,
      Failed: targetStatus === 'Failed' ? 1 : 0,
      Skipped: targetStatus === 'Skipped' ? 1 : 0,
      Ready: targetStatus === 'Ready' ? 1 : 0,
    },
    description: d.description,
    creator: d.creator,
    ignoreApplicationStopFailures: false,
    autoRollbackConfiguration: d.autoRollback,
    updateOutdatedInstancesOnly: false,
    rollbackInfo: d.rollbackInfo,
    deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
    instanceTerminationWaitTimeStarted: d.terminateAt !== undefined,
    blueGreenDeploymentConfiguration: group?.blueGreenDeploymentConfiguration,
    loadBalancerInfo: group?.loadBalancerInfo,
    fileExistsBehavior: 'DISALLOW',
    deploymentStatusMessages: [],
    computePlatform: 'ECS',
  };
}

function targetStatusOf(d: CdDeploymentRecord): string {
  if (d.status === 'Created' || d.status === 'Queued') return 'Pending';
  if (d.status === 'Ready') return 'Ready';
  if (d.status === 'Stopped') return d.stopRequest ? 'Failed' : 'Skipped';
  return TERMINAL.includes(d.status) ? d.status : 'InProgress';
}

export function targetView(d: CdDeploymentRecord, service: ServiceRecord | undefined, ecs: EcsState, group: DeploymentGroupRecord | undefined): Json {
  const pair = group?.loadBalancerInfo?.targetGroupPairInfoList?.[0];
  const targetGroups = pair?.targetGroups ?? [];
  const tasks = [...ecs.tasks.values()].filter((t) => t.serviceName === d.service && t.clusterName === d.cluster && t.desiredStatus === 'RUNNING');
  const taskSet = (id: string | undefined, label: 'Blue' | 'Green', weight: number, groupIndex: number): Json | undefined => {
    const deployment = service?.deployments.find((x) => x.id === id);
    if (!deployment || !id) return undefined;
    const own = tasks.filter((t) => t.deploymentId === id);
    const running = own.filter((t) => t.lastStatus === 'RUNNING').length;
    return {
      identifer: id, desiredCount: deployment.desiredCount, pendingCount: own.length - running, runningCount: running,
      status: deployment.status, trafficWeight: weight, targetGroup: targetGroups[groupIndex], taskSetLabel: label,
    };
  };
  const green = d.creator === 'autoRollback' ? 100 - d.trafficWeight : d.trafficWeight;
  return {
    deploymentTargetType: 'ECSTarget',
    ecsTarget: {
      deploymentId: d.id,
      targetId: `${d.cluster}:${d.service}`,
      targetArn: d.serviceArn,
      lastUpdatedAt: date(Math.max(d.createTime, ...d.events.map((e) => e.endTime ?? e.startTime ?? 0))),
      lifecycleEvents: d.events.map((e) => ({
        lifecycleEventName: e.name, status: e.status, startTime: date(e.startTime), endTime: date(e.endTime), diagnostics: e.diagnostics,
      })),
      status: targetStatusOf(d),
      taskSetsInfo: [taskSet(d.blueId, 'Blue', 100 - green, 0), taskSet(d.greenId, 'Green', green, 1)].filter((x) => x !== undefined),
    },
  };
}
