/**
 * ECS as the planners see it: our own narrow shapes of what DescribeServices, DescribeTasks and DescribeTaskDefinition
 * answer, and of the requests the planners build. Only the adapters (common/src/ecs.ts, each action's aws.ts) import
 * the SDK; its output is assignable to these as it is (every field here is one of the SDK's, optional, with the same
 * meaning), so an adapter passes it through unchanged. A field a planner starts to read is added here.
 * https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Service.html
 */
import type { JsonObject } from './taskdef.js';

export interface EcsServiceEvent {
  id?: string;
  createdAt?: Date;
  message?: string;
}

export interface EcsDeployment {
  id?: string;
  /** PRIMARY, ACTIVE or INACTIVE. */
  status?: string;
  taskDefinition?: string;
  desiredCount?: number;
  pendingCount?: number;
  runningCount?: number;
  failedTasks?: number;
  /** IN_PROGRESS, COMPLETED or FAILED (the rolling update's own view). */
  rolloutState?: string;
  rolloutStateReason?: string;
  createdAt?: Date;
  updatedAt?: Date;
}

export interface EcsAwsvpcConfiguration {
  subnets?: string[];
  securityGroups?: string[];
  assignPublicIp?: string;
}

export interface EcsCapacityProviderItem {
  capacityProvider?: string;
  weight?: number;
  base?: number;
}

export interface EcsLoadBalancer {
  containerName?: string;
  containerPort?: number;
}

export interface EcsTaskSet {
  status?: string;
  taskDefinition?: string;
  loadBalancers?: EcsLoadBalancer[];
  networkConfiguration?: { awsvpcConfiguration?: EcsAwsvpcConfiguration };
  capacityProviderStrategy?: EcsCapacityProviderItem[];
  platformVersion?: string;
}

export interface EcsService {
  serviceName?: string;
  serviceArn?: string;
  /** ACTIVE, DRAINING or INACTIVE. */
  status?: string;
  taskDefinition?: string;
  desiredCount?: number;
  runningCount?: number;
  pendingCount?: number;
  deployments?: EcsDeployment[];
  /** Newest first, as ECS lists them. */
  events?: EcsServiceEvent[];
  deploymentController?: { type?: string };
  /** ROLLING (default), BLUE_GREEN, LINEAR or CANARY; bakeTimeInMinutes for the last three. */
  deploymentConfiguration?: { deploymentCircuitBreaker?: { enable?: boolean; rollback?: boolean }; strategy?: string; bakeTimeInMinutes?: number };
  /** The service deployment the last UpdateService started (ECS's service-deployment API). */
  currentServiceDeployment?: string;
  loadBalancers?: EcsLoadBalancer[];
  /** CODE_DEPLOY and EXTERNAL services: their task sets (the network settings may live there). */
  taskSets?: EcsTaskSet[];
  enableExecuteCommand?: boolean;
  networkConfiguration?: { awsvpcConfiguration?: EcsAwsvpcConfiguration };
  capacityProviderStrategy?: EcsCapacityProviderItem[];
  launchType?: string;
  platformVersion?: string;
}

export interface EcsManagedAgent {
  name?: string;
  lastStatus?: string;
  reason?: string;
}

export interface EcsContainer {
  name?: string;
  lastStatus?: string;
  exitCode?: number;
  reason?: string;
  healthStatus?: string;
  managedAgents?: EcsManagedAgent[];
}

export interface EcsTask {
  taskArn?: string;
  taskDefinitionArn?: string;
  lastStatus?: string;
  desiredStatus?: string;
  stopCode?: string;
  stoppedReason?: string;
  startedBy?: string;
  enableExecuteCommand?: boolean;
  createdAt?: Date;
  startedAt?: Date;
  stoppedAt?: Date;
  containers?: EcsContainer[];
}

export interface EcsLogConfiguration {
  logDriver?: string;
  options?: Record<string, string>;
}

export interface EcsContainerDefinition {
  name?: string;
  image?: string;
  essential?: boolean;
  entryPoint?: string[];
  command?: string[];
  logConfiguration?: EcsLogConfiguration;
}

export interface EcsTaskDefinition {
  taskDefinitionArn?: string;
  family?: string;
  revision?: number;
  networkMode?: string;
  containerDefinitions?: EcsContainerDefinition[];
}

export interface TaskDefinitionTag {
  key?: string;
  value?: string;
}

/** DescribeTaskDefinition's answer: the definition as JSON (what rendering and registering work on), its ARN and tags. */
export interface DescribedTaskDefinition {
  definition: JsonObject;
  arn: string;
  /** The task definition's own tags (asked for with include TAGS), which a revision registered from it keeps. */
  tags: TaskDefinitionTag[];
}

/**
 * A described definition, typed where the planners read it. The JSON is DescribeTaskDefinition's own answer (or a
 * file in its shape, checked by validateDefinition before it is registered), so its fields have these types.
 */
export const taskDefinitionView = (definition: JsonObject): EcsTaskDefinition => definition as EcsTaskDefinition;

/** What a task-definition adapter does: both actions register through common/src/register.ts with one of these. */
export interface TaskDefinitionApi {
  /** DescribeTaskDefinition with its tags; given a family, ECS describes its newest ACTIVE revision. */
  describeTaskDefinition(ref: string, signal?: AbortSignal): Promise<DescribedTaskDefinition>;
  /**
   * One RegisterTaskDefinition call, without the SDK's retries: ECS has no idempotency token for it, so whether a
   * retry is safe is decided by registerOnce (common/src/register.ts). Resolves to the new revision's ARN.
   */
  registerTaskDefinition(definition: JsonObject, signal?: AbortSignal): Promise<string>;
}

export interface UpdateServiceRequest {
  cluster: string;
  service: string;
  taskDefinition?: string;
  desiredCount?: number;
  forceNewDeployment?: boolean;
  propagateTags?: 'SERVICE' | 'TASK_DEFINITION' | 'NONE';
  enableECSManagedTags?: boolean;
  /** ServiceVolumeConfiguration objects, checked by the caller ({name, managedEBSVolume}). */
  volumeConfigurations?: JsonObject[];
}

export interface RunTaskRequest {
  cluster: string;
  taskDefinition?: string;
  count: number;
  startedBy: string;
  /** RunTask's idempotency token: the SDK's retries of one request cannot start a second task. */
  clientToken?: string;
  /** EC2, FARGATE, EXTERNAL or MANAGED_INSTANCES (as the input or the service gives it). */
  launchType?: string;
  capacityProviderStrategy?: EcsCapacityProviderItem[];
  platformVersion?: string;
  networkConfiguration?: { awsvpcConfiguration: EcsAwsvpcConfiguration };
  overrides?: { containerOverrides: Array<{ name: string; command?: string[]; environment?: Array<{ name: string; value: string }> }> };
}

export interface ListTasksRequest {
  cluster: string;
  family?: string;
  serviceName?: string;
  desiredStatus?: 'RUNNING' | 'PENDING' | 'STOPPED';
}

/**
 * Why a described service cannot be used, or undefined. ECS goes on describing a deleted service for a while, with
 * status INACTIVE; to a user that is the same as one it answers MISSING for: not found. Here, not in the adapter
 * (ecs.ts), so the planners use it without loading the SDK.
 */
export function serviceNotFound(service: EcsService | undefined, name: string, cluster: string): string | undefined {
  return !service || service.status === 'INACTIVE' ? `Service ${name} was not found in cluster ${cluster}` : undefined;
}
