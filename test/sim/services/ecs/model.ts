import type { TaskPlan } from './scenario.js';

/** In-memory ECS resources. Times are sim epoch ms; views convert them to Dates for the wire. */
export type Json = Record<string, unknown>;

export interface Tag {
  key: string;
  value: string;
}

export interface TaskDefinitionRecord {
  arn: string;
  family: string;
  revision: number;
  status: 'ACTIVE' | 'INACTIVE';
  registeredAt: number;
  deregisteredAt?: number;
  registeredBy?: string;
  /** Everything DescribeTaskDefinition returns except arn/family/revision/status/timestamps. */
  body: Json;
  cpu?: string;
  memory?: string;
  tags: Tag[];
}

export interface ClusterRecord {
  name: string;
  arn: string;
  status: 'ACTIVE';
  createdAt: number;
  tags: Tag[];
}

export type RolloutState = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';

export interface DeploymentRecord {
  id: string;
  /** Order of creation within the simulator (scenarios target deployments started after they were set). */
  sequence: number;
  /** Set on a deployment the circuit breaker started: the id of the COMPLETED deployment it returns to. */
  rollbackOf?: string;
  status: 'PRIMARY' | 'ACTIVE';
  taskDefinitionArn: string;
  desiredCount: number;
  failedTasks: number;
  createdAt: number;
  updatedAt: number;
  launchType: string;
  platformVersion?: string;
  networkConfiguration?: unknown;
  rolloutState: RolloutState;
  rolloutStateReason: string;
  /** The service deployment (ListServiceDeployments) this deployment is the target of; none for a rollback's. */
  serviceDeploymentArn?: string;
  /** The service revision this deployment runs. */
  revisionArn: string;
  volumeConfigurations?: unknown[];
}

export interface ServiceEventRecord {
  id: string;
  createdAt: number;
  message: string;
}

export type DeploymentControllerType = 'ECS' | 'CODE_DEPLOY' | 'EXTERNAL';

export interface ServiceRecord {
  name: string;
  arn: string;
  clusterName: string;
  status: 'ACTIVE' | 'DRAINING' | 'INACTIVE';
  desiredCount: number;
  taskDefinitionArn: string;
  launchType: string;
  platformVersion?: string;
  deploymentConfiguration: DeploymentConfiguration;
  deploymentController: { type: DeploymentControllerType };
  /** The newest deployment that reached COMPLETED and is not being rolled back to: the circuit breaker's target. */
  lastCompleted?: { deploymentId: string; taskDefinitionArn: string; revisionArn: string };
  /** Sim time before which the scheduler does not retry placing tasks (after a placement failure). */
  placementRetryAt?: number;
  /** Since when the service has been settled (see TaskTimings.steadyStateMs). */
  settledSince?: number;
  /** A sim time at which the rollout policy asked to reconcile again. */
  wakeAt?: number;
  /** PRIMARY first, then older ACTIVE deployments newest first. */
  deployments: DeploymentRecord[];
  /** Every service deployment (the service-deployment API's view), newest first. */
  serviceDeployments: ServiceDeploymentRecord[];
  volumeConfigurations?: unknown[];
  /** CODE_DEPLOY services: their task sets (CodeDeploy makes and replaces them). */
  taskSets: TaskSetRecord[];
  /** Newest first, capped like ECS. */
  events: ServiceEventRecord[];
  createdAt: number;
  createdBy?: string;
  networkConfiguration?: unknown;
  loadBalancers: unknown[];
  serviceRegistries: unknown[];
  healthCheckGracePeriodSeconds?: number;
  enableExecuteCommand: boolean;
  enableECSManagedTags: boolean;
  propagateTags: string;
  tags: Tag[];
  /** Whether the "reached a steady state" event has been sent since the last change. */
  steady: boolean;
  /** Sim time up to which this service's tasks and deployments have been evolved. */
  evolvedTo: number;
}

export interface DeploymentCircuitBreakerConfig {
  enable: boolean;
  rollback: boolean;
  /** Default true: a task reaching a healthy state resets the deployment's failedTasks to 0. */
  resetOnHealthyTask?: boolean;
  thresholdConfiguration?: { type: 'COUNT' | 'BOUNDED_PERCENT' | 'UNBOUNDED_PERCENT'; value: number };
}

export interface DeploymentConfiguration {
  deploymentCircuitBreaker: DeploymentCircuitBreakerConfig;
  maximumPercent: number;
  minimumHealthyPercent: number;
  alarms?: unknown;
  /** ROLLING (default), BLUE_GREEN, LINEAR or CANARY; see blue-green.ts. */
  strategy?: string;
  bakeTimeInMinutes?: number;
  lifecycleHooks?: DeploymentLifecycleHookConfig[];
  linearConfiguration?: { stepPercent?: number; stepBakeTimeInMinutes?: number };
  canaryConfiguration?: { canaryPercent?: number; canaryBakeTimeInMinutes?: number };
}

export interface DeploymentLifecycleHookConfig {
  targetType?: 'AWS_LAMBDA' | 'PAUSE';
  hookTargetArn?: string;
  roleArn?: string;
  lifecycleStages: string[];
  hookDetails?: unknown;
  timeoutConfiguration?: { timeoutInMinutes?: number };
}

export type ServiceDeploymentStatus =
  | 'PENDING' | 'IN_PROGRESS' | 'SUCCESSFUL' | 'STOPPED' | 'STOP_REQUESTED'
  | 'ROLLBACK_REQUESTED' | 'ROLLBACK_IN_PROGRESS' | 'ROLLBACK_SUCCESSFUL' | 'ROLLBACK_FAILED';

/** One run of a lifecycle hook at the stage the deployment is in. */
export interface HookRunRecord {
  hookId: string;
  targetType: 'AWS_LAMBDA' | 'PAUSE';
  targetArn?: string;
  status: 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'AWAITING_ACTION';
  /** Sim time the hook answers (AWS_LAMBDA); undefined while a PAUSE hook waits for ContinueServiceDeployment. */
  doneAt?: number;
  expiresAt?: number;
  outcome: 'SUCCEEDED' | 'FAILED';
}

/** What ListServiceDeployments / DescribeServiceDeployments report; lives on after its deployment is gone. */
export interface ServiceDeploymentRecord {
  arn: string;
  /** The ECS deployment (DescribeServices' deployments[].id) being rolled out. */
  deploymentId: string;
  targetRevisionArn: string;
  taskDefinitionArn: string;
  /** The deployments serving when this one started (blue), with their revisions. */
  sources: Array<{ deploymentId: string; revisionArn: string; taskDefinitionArn: string }>;
  status: ServiceDeploymentStatus;
  statusReason?: string;
  createdAt: number;
  startedAt: number;
  updatedAt: number;
  finishedAt?: number;
  stoppedAt?: number;
  strategy: string;
  configuration: DeploymentConfiguration;
  /** Native blue/green, linear, canary: where the deployment is. */
  lifecycleStage?: string;
  stageStartedAt?: number;
  /** Hooks of the current stage, in the order configured. */
  hooks: HookRunRecord[];
  /** Percent of production / test traffic on the target revision. */
  productionWeight: number;
  testWeight: number;
  /** LINEAR / CANARY: production traffic shift steps done, and when the current step's bake ends. */
  shiftStepAt?: number;
  rollback?: { reason: string; startedAt: number; serviceRevisionArn: string };
  /** Rolling update: the deployment the circuit breaker started to roll back to. */
  rollbackDeploymentId?: string;
  failureCount: number;
}

/** A CODE_DEPLOY service's task set (CreateTaskSet is CodeDeploy's to call; the simulator makes them itself). */
export interface TaskSetRecord {
  id: string;
  arn: string;
  /** The ECS deployment that runs this task set's tasks. */
  deploymentId: string;
  taskDefinitionArn: string;
  status: 'PRIMARY' | 'ACTIVE' | 'DRAINING';
  createdAt: number;
  updatedAt: number;
  scale: number;
  /** The CodeDeploy deployment that created it. */
  externalId?: string;
}

export type TaskLastStatus =
  | 'PROVISIONING' | 'PENDING' | 'ACTIVATING' | 'RUNNING' | 'DEACTIVATING' | 'STOPPING' | 'DEPROVISIONING' | 'STOPPED';

export type HealthStatus = 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN';

export interface TaskContainerRecord {
  name: string;
  image: string;
  containerId: string;
  essential: boolean;
  /** The container has a health check (in its definition, or because the scenario makes it fail one). */
  healthChecked: boolean;
  healthStatus: HealthStatus;
  exitCode?: number;
  reason?: string;
  /** Set when this container stopped before its task did (an essential container that exited). */
  stoppedEarly?: boolean;
  /** awslogs destination, when the container definition uses that driver. */
  awslogs?: { group: string; stream: string };
  /** RunTask containerOverrides entry for this container (name, command, environment...), as given. */
  override?: Json;
}

/** The ENI ECS attaches to an awsvpc task (RunTask only; service tasks do not model one). */
export interface TaskNetworkInterface {
  attachmentId: string;
  eniId: string;
  subnetId: string;
  privateIpv4Address: string;
  macAddress: string;
}

export interface TaskRecord {
  id: string;
  arn: string;
  clusterName: string;
  taskDefinitionArn: string;
  group: string;
  startedBy?: string;
  serviceName?: string;
  deploymentId?: string;
  launchType: string;
  platformVersion?: string;
  cpu?: string;
  memory?: string;
  containers: TaskContainerRecord[];
  lastStatus: TaskLastStatus;
  desiredStatus: 'RUNNING' | 'STOPPED';
  createdAt: number;
  pullStartedAt?: number;
  pullStoppedAt?: number;
  startedAt?: number;
  stoppingAt?: number;
  stoppedAt?: number;
  executionStoppedAt?: number;
  stopCode?: string;
  stoppedReason?: string;
  version: number;
  healthStatus: HealthStatus;
  /** What the scenario planned for this task (failure, log lines); see scenario.ts. */
  plan: TaskPlan;
  /** Log lines of `plan.logs` already written. */
  logsWritten: number;
  /** Absolute sim times of the transitions still ahead of this task; undefined = never. */
  timeline: { pendingAt: number; runningAt?: number; failAt?: number; deprovisioningAt?: number; stoppedAt?: number };
  /** ECS Exec: the task runs the ExecuteCommandAgent in each container (RunTask param or the service's setting). */
  enableExecuteCommand?: boolean;
  /** RunTask only: `overrides` beyond the container overrides (taskRoleArn, cpu...), as given. */
  overrides?: Json;
  capacityProviderName?: string;
  networkInterface?: TaskNetworkInterface;
  tags?: Tag[];
}

/** A RunTask clientToken already used in a cluster: what it launched and with which parameters. */
export interface RunTaskTokenRecord {
  /** Canonical JSON of the request without its clientToken: a reuse with other parameters is a conflict. */
  fingerprint: string;
  taskArns: string[];
  usedAt: number;
}

export interface EcsState {
  region: string;
  accountId: string;
  /** Revisions per family, index = revision - 1. */
  taskDefinitions: Map<string, TaskDefinitionRecord[]>;
  clusters: Map<string, ClusterRecord>;
  /** Keyed by `${cluster}/${service}`. */
  services: Map<string, ServiceRecord>;
  tasks: Map<string, TaskRecord>;
  /** Sequence number of the last deployment created. */
  deploymentSequence: number;
  /** Keyed by `${cluster}/${clientToken}`. */
  runTaskTokens: Map<string, RunTaskTokenRecord>;
}

export function createEcsState(region: string, accountId: string, now: number): EcsState {
  const state: EcsState = {
    region, accountId, taskDefinitions: new Map(), clusters: new Map(), services: new Map(), tasks: new Map(),
    deploymentSequence: 0, runTaskTokens: new Map(),
  };
  // Every account has a `default` cluster that calls without `cluster` go to.
  state.clusters.set('default', { name: 'default', arn: ecsArn(state, 'cluster/default'), status: 'ACTIVE', createdAt: now, tags: [] });
  return state;
}

export function ecsArn(state: Pick<EcsState, 'region' | 'accountId'>, resource: string): string {
  return `arn:aws:ecs:${state.region}:${state.accountId}:${resource}`;
}

/** Accepts a plain name or an ARN whose resource part is `<type>/...`; returns the last path segment. */
export function nameFromNameOrArn(value: string): string {
  if (!value.startsWith('arn:')) return value;
  const resource = value.split(':').slice(5).join(':');
  const parts = resource.split('/');
  return parts[parts.length - 1] ?? '';
}

export const toDate = (ms: number | undefined): Date | undefined => (ms === undefined ? undefined : new Date(ms));
