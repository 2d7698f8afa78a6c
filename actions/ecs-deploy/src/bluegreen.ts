import type { Assessment } from './verdict.js';

/**
 * The verdict on an ECS blue/green, linear or canary deployment (deploymentConfiguration.strategy), from the
 * service deployment this step started (DescribeServiceDeployments). Its `status` says how it ends; its
 * `lifecycleStage` says where it is (scale-up, test and production traffic shifts, bake time, clean-up).
 * SUCCESSFUL comes only after the bake time and the clean-up of the blue revision, so `deployed` waits through both.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-deployment.html  Pure.
 */
export interface ServiceDeploymentState {
  arn: string;
  /** PENDING, IN_PROGRESS, SUCCESSFUL, STOP_REQUESTED, STOPPED, ROLLBACK_REQUESTED, ROLLBACK_IN_PROGRESS, ROLLBACK_SUCCESSFUL, ROLLBACK_FAILED */
  status: string;
  statusReason?: string;
  lifecycleStage?: string;
  strategy?: string;
  bakeTimeInMinutes?: number;
  /** The green revision's tasks, and the production traffic it takes (percent). */
  target?: { requested?: number; running?: number; pending?: number; productionTrafficWeight?: number };
  rollbackReason?: string;
  circuitBreaker?: { status?: string; failureCount?: number; threshold?: number };
  triggeredAlarms: string[];
}

const ROLLING_BACK = ['ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS', 'ROLLBACK_SUCCESSFUL'];
const STOPPED = ['STOP_REQUESTED', 'STOPPED'];

/** Why ECS gave up on it: the rollback's reason, the status reason, a tripped breaker or alarm. */
export function failureReason(state: ServiceDeploymentState): string {
  const parts = [state.rollbackReason, state.statusReason].filter((p): p is string => !!p);
  const unique = parts.filter((p, i) => parts.indexOf(p) === i);
  if (state.circuitBreaker?.status === 'TRIGGERED') unique.push(`circuit breaker triggered (${state.circuitBreaker.failureCount ?? '?'} of ${state.circuitBreaker.threshold ?? '?'} tasks failed)`);
  if (state.triggeredAlarms.length) unique.push(`alarms in ALARM: ${state.triggeredAlarms.join(', ')}`);
  return unique.join('; ') || `the service deployment ended ${state.status}`;
}

/**
 * `stable` asks also that the service is down to one deployment running its desired count, which SUCCESSFUL
 * (after CLEAN_UP) normally already means.
 */
export function assessServiceDeployment(state: ServiceDeploymentState, serviceStable: boolean, waitUntil: 'deployed' | 'stable'): Assessment {
  if (state.status === 'SUCCESSFUL') {
    return waitUntil === 'stable' && !serviceStable ? { state: 'waiting' } : { state: 'deployed' };
  }
  if (ROLLING_BACK.includes(state.status)) {
    return { state: 'rolled-back', reason: `service deployment ${state.status}: ${failureReason(state)}` };
  }
  if (state.status === 'ROLLBACK_FAILED') {
    return { state: 'failed', reason: `the service deployment failed and so did ECS's rollback: ${failureReason(state)}`, ecsRollingBack: false };
  }
  if (STOPPED.includes(state.status)) {
    return { state: 'failed', reason: `the service deployment was stopped (${state.status}): ${failureReason(state)}`, ecsRollingBack: false };
  }
  return { state: 'waiting' };
}

/** `BLUE_GREEN stage BAKE_TIME (IN_PROGRESS): green running 2/2, production traffic 100%, bake time 5 min` */
export function stageLine(state: ServiceDeploymentState): string {
  const t = state.target;
  const tasks = t ? `green running ${t.running ?? 0}/${t.requested ?? 0}${t.pending ? `, pending ${t.pending}` : ''}` : 'green revision not started';
  const traffic = t?.productionTrafficWeight !== undefined ? `, production traffic ${t.productionTrafficWeight}%` : '';
  const bake = state.lifecycleStage === 'BAKE_TIME' && state.bakeTimeInMinutes !== undefined ? `, bake time ${state.bakeTimeInMinutes} min` : '';
  return `${state.strategy ?? 'BLUE_GREEN'} stage ${state.lifecycleStage ?? 'not started'} (${state.status}): ${tasks}${traffic}${bake}`;
}

/** Whether a stop with rollback can still change its course (it has not ended yet). */
export function inFlight(state: ServiceDeploymentState | undefined): boolean {
  return !!state && ['PENDING', 'IN_PROGRESS'].includes(state.status);
}

/** The time budget of the wait: the `timeout` input plus the bake time, which a blue/green rollout always spends. */
export function blueGreenBudgetMs(timeoutMs: number, bakeTimeInMinutes: number | undefined): number {
  return timeoutMs + (bakeTimeInMinutes ?? 0) * 60_000;
}
