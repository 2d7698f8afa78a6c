import type { Service } from '@aws-sdk/client-ecs';
import { withinDeadline } from '../../common/src/deadline.js';
import { errorMessage } from '../../common/src/errors.js';
import { assessServiceDeployment, inFlight, type ServiceDeploymentState, stageLine } from './bluegreen.js';
import type { Inputs, WaitUntil } from './inputs.js';
import { type DeployContext, explain } from './explain.js';
import { DeployError, type Deps, type DeployReport, need } from './types.js';
import type { Judge, WaitOutcome } from './wait.js';

/**
 * ECS blue/green, linear and canary services: which service deployment is ours, how each poll is judged, and what a
 * failure does (a stop with rollback while it is still in flight, then the same diagnosis as a rolling update).
 */

/** UpdateService names the service deployment it started (currentServiceDeployment); else the newest one since the update. */
export async function findServiceDeployment(inputs: Inputs, updated: Service, since: Date, deps: Deps): Promise<string> {
  if (updated.currentServiceDeployment) return updated.currentServiceDeployment;
  const arn = await need(deps.serviceDeployments, 'service-deployment').newest(inputs.cluster, inputs.service, since);
  if (!arn) throw new DeployError(`UpdateService started no service deployment of ${inputs.service} to follow`);
  return arn;
}

/** Each DescribeServices poll (for the events) is followed by DescribeServiceDeployments of ours; `states.last` keeps the newest. */
export function blueGreenJudge(arn: string, waitUntil: WaitUntil, states: { last?: ServiceDeploymentState }, deps: Deps): Judge {
  const api = need(deps.serviceDeployments, 'service-deployment');
  return async (service, _placementFailures, signal) => {
    const state = await api.describe(arn, signal);
    if (!state) return { assessment: { state: 'failed', reason: `service deployment ${arn} is not known to ECS`, ecsRollingBack: false }, progress: `service deployment ${arn} not found` };
    states.last = state;
    const deployments = service.deployments ?? [];
    const stable = deployments.length === 1 && service.runningCount === service.desiredCount;
    return { assessment: assessServiceDeployment(state, stable, waitUntil === 'stable' ? 'stable' : 'deployed'), progress: stageLine(state) };
  };
}

const ROLLBACK_POLL_MS = 2_000;

/** Waits (not on a cancel) for ECS's rollback of our service deployment to end; says how it ended. */
async function awaitStop(arn: string, until: number, deps: Deps): Promise<string> {
  const api = need(deps.serviceDeployments, 'service-deployment');
  try {
    for (;;) {
      const state = await api.describe(arn, deps.signal);
      if (state?.status === 'ROLLBACK_SUCCESSFUL') return `rolled back: service deployment ${arn} ROLLBACK_SUCCESSFUL`;
      if (state && ['ROLLBACK_FAILED', 'STOPPED', 'SUCCESSFUL'].includes(state.status)) return `the stop with rollback ended ${state.status}${state.statusReason ? `: ${state.statusReason}` : ''}`;
      if (deps.signal?.aborted || deps.clock.now() >= until) return `requested a stop with rollback of ${arn}; it was still ${state?.status ?? 'unknown'} when the step stopped waiting`;
      await deps.clock.sleep(ROLLBACK_POLL_MS, deps.signal);
    }
  } catch (error) {
    return `the stop with rollback of ${arn} could not be followed: ${errorMessage(error)}`;
  }
}

/**
 * A failed blue/green deployment: ECS rolls it back itself (its circuit breaker, alarms, lifecycle hooks). One still
 * in flight (the timeout, a cancel) is stopped with rollback when `rollback-on-failure` asks, before the diagnosis.
 */
export async function settleBlueGreen(inputs: Inputs, report: DeployReport, context: DeployContext & { outcome: WaitOutcome; serviceDeploymentArn: string; state?: ServiceDeploymentState }, deps: Deps): Promise<void> {
  const arn = context.serviceDeploymentArn;
  let stopped = false;
  if (inputs.rollbackOnFailure && inFlight(context.state)) {
    try {
      await withinDeadline(context.cancelWindow, (signal) => need(deps.serviceDeployments, 'service-deployment').stopWithRollback(arn, signal));
      stopped = true;
      report.rollback = deps.signal?.aborted
        ? `requested a stop with rollback of service deployment ${arn} on the cancel; ECS shifts the traffic back, the step did not wait for it`
        : `requested a stop with rollback of service deployment ${arn}`;
    } catch (error) {
      report.rollback = `the stop with rollback of ${arn} failed: ${errorMessage(error)}`;
    }
    deps.logger.info(`rollback-on-failure: ${report.rollback}`);
  }
  await explain(inputs, report, context, deps);
  if (stopped && !deps.signal?.aborted) {
    report.rollback = await awaitStop(arn, deps.clock.now() + 10 * 60_000, deps);
    if (report.rollback.startsWith('rolled back')) report.result = 'rolled-back';
    deps.logger.info(`rollback-on-failure: ${report.rollback}`);
  }
}
