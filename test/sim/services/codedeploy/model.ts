import type { EcsAppSpec } from './appspec.js';

export type Json = Record<string, unknown>;

export interface ApplicationRecord {
  id: string;
  name: string;
  computePlatform: string;
  createTime: number;
}

export interface DeploymentGroupRecord {
  id: string;
  applicationName: string;
  name: string;
  deploymentConfigName: string;
  serviceRoleArn: string;
  ecsServices: Array<{ serviceName: string; clusterName: string }>;
  blueGreenDeploymentConfiguration: {
    deploymentReadyOption: { actionOnTimeout: string; waitTimeInMinutes: number };
    terminateBlueInstancesOnDeploymentSuccess: { action: string; terminationWaitTimeInMinutes: number };
  };
  loadBalancerInfo?: { targetGroupPairInfoList?: Array<{ targetGroups?: Array<{ name?: string }>; prodTrafficRoute?: unknown; testTrafficRoute?: unknown }> };
  autoRollbackConfiguration?: { enabled?: boolean; events?: string[] };
  deploymentStyle: { deploymentType: string; deploymentOption: string };
  alarmConfiguration?: unknown;
  lastAttempted?: { deploymentId: string; status: string; endTime?: number; createTime: number };
  lastSuccessful?: { deploymentId: string; status: string; endTime?: number; createTime: number };
}

/** ECS blue/green lifecycle events, in order (AppSpec 'hooks' section for an Amazon ECS deployment). */
export const ECS_EVENTS = [
  'BeforeInstall', 'Install', 'AfterInstall', 'AllowTestTraffic', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AllowTraffic', 'AfterAllowTraffic',
] as const;
export type EcsEventName = (typeof ECS_EVENTS)[number];

export interface LifecycleEventRecord {
  name: EcsEventName;
  status: 'Pending' | 'InProgress' | 'Succeeded' | 'Failed' | 'Skipped';
  startTime?: number;
  endTime?: number;
  diagnostics?: { errorCode: string; scriptName: string; message: string; logTail: string };
}

export type CdStatus = 'Created' | 'Queued' | 'InProgress' | 'Baking' | 'Succeeded' | 'Failed' | 'Stopped' | 'Ready';

export interface CdDeploymentRecord {
  id: string;
  applicationName: string;
  groupName: string;
  configName: string;
  description?: string;
  status: CdStatus;
  creator: 'user' | 'autoRollback';
  createTime: number;
  startTime?: number;
  completeTime?: number;
  revision: unknown;
  appSpec: EcsAppSpec;
  /** The task definition ARN it deploys (the AppSpec's, or for a rollback the original's). */
  taskDefinitionArn: string;
  cluster: string;
  service: string;
  serviceArn: string;
  autoRollback: { enabled: boolean; events: string[] };
  events: LifecycleEventRecord[];
  /** Index in `events` of the event under way. */
  current: number;
  /** Sim time the current event (hook or traffic step) ends; undefined = waiting on ECS. */
  eventDoneAt?: number;
  eventOutcome?: 'Succeeded' | 'Failed';
  /** ECS deployments (task sets) of the original and replacement. */
  blueId?: string;
  greenId?: string;
  /** Percent of production traffic on the replacement task set. */
  trafficWeight: number;
  readyUntil?: number;
  terminateAt?: number;
  errorInformation?: { code: string; message: string };
  rollbackInfo?: { rollbackDeploymentId?: string; rollbackTriggeringDeploymentId?: string; rollbackMessage?: string };
  stopRequest?: { autoRollbackEnabled: boolean };
  continueRequested?: boolean;
}

/** What the scenario makes CodeDeploy's ECS deployments do (sim ms). */
export interface CodeDeployScenario {
  /** A lifecycle hook's Lambda answers after this long [1000]. */
  hookMs: number;
  /** One traffic shift (or one linear/canary step) takes this long [5000]. */
  trafficShiftMs: number;
  /** Replacement tasks that fail (fail-to-start, crash, unhealthy) before the deployment fails it [3]. */
  failedTaskThreshold: number;
  /** Hook answers, first match wins; none = Succeeded after hookMs. */
  hooks: CodeDeployHookRule[];
}

export interface CodeDeployHookRule {
  /** BeforeInstall, AfterInstall, AfterAllowTestTraffic, BeforeAllowTraffic or AfterAllowTraffic; omitted = any. */
  event?: string;
  status: 'Succeeded' | 'Failed';
  afterMs?: number;
  limit?: number;
  used?: number;
}
