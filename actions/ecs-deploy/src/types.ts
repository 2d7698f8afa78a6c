import type { Clock } from '../../common/src/clock.js';
import type { Logger } from '../../common/src/logger.js';
import type { EcsApi, LogsApi } from './aws.js';
import type { CodeDeployApi } from './codedeploy-aws.js';
import type { Diagnosis } from './diagnosis.js';
import type { ScheduledMoveReport, ScheduledTasksApi } from './scheduled.js';
import type { ServiceDeploymentsApi } from './service-deployments.js';
import type { RolloutKind } from './verdict.js';

export type Result = 'deployed' | 'unchanged' | 'started' | 'failed' | 'rolled-back' | 'timed-out' | 'cancelled';

/** What happened to one service. */
export interface DeployReport {
  result: Result;
  cluster: string;
  service: string;
  /** How the service rolls out: an ECS rolling update, ECS blue/green (linear, canary), or CodeDeploy. */
  kind?: RolloutKind;
  taskDefinitionArn: string;
  previousTaskDefinitionArn: string;
  /** The ECS deployment id (rolling, ECS blue/green) or the CodeDeploy deployment id. */
  deploymentId: string;
  /** ECS blue/green: the service deployment followed. */
  serviceDeploymentArn?: string;
  codeDeployDeploymentId?: string;
  rolloutState: string;
  images: Array<[string, string]>;
  durationMs: number;
  reason?: string;
  diagnosis?: Diagnosis;
  events: string[];
  /** What the rollback-on-failure step (or the stop on a cancel) did, if it ran. */
  rollback?: string;
  /** The controller's own account of a failure (CodeDeploy's error, failed lifecycle hooks): outside text. */
  controllerNotes?: string[];
}

/**
 * The step's report. With one service it is that service's report; with several, `result` is the worst and the
 * per-service reports are in `services`. `scheduled` says which scheduled tasks moved.
 */
export interface RunReport extends DeployReport {
  services: DeployReport[];
  scheduled?: ScheduledMoveReport;
}

export interface Deps {
  ecs: EcsApi;
  logs: LogsApi;
  /** ECS's service-deployment API: blue/green, linear and canary services. */
  serviceDeployments?: ServiceDeploymentsApi;
  /** Services on the CODE_DEPLOY controller. */
  codedeploy?: CodeDeployApi;
  scheduled?: ScheduledTasksApi;
  clock: Clock;
  logger: Logger;
  random: () => number;
  signal?: AbortSignal;
  /** How long the cancel path may take after the signal [CANCEL_WINDOW.budgetMs]; tests shorten it. */
  cancelBudgetMs?: number;
}

export class DeployError extends Error {}

/** An adapter a path needs: main.ts gives them all; a test that leaves one out and takes that path fails here. */
export function need<T>(adapter: T | undefined, what: string): T {
  if (!adapter) throw new DeployError(`no ${what} adapter was given`);
  return adapter;
}
