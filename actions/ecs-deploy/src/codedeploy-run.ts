import type { Service } from '@aws-sdk/client-ecs';
import { withinDeadline } from '../../common/src/deadline.js';
import { errorMessage } from '../../common/src/errors.js';
import { type CodeDeployState, assessCodeDeploy, codeDeployBudgetMs, codeDeployFailure, lifecycleLine } from './codedeploy.js';
import { type AppSpecServiceView, appSpecContent, buildAppSpec, containerPorts, defaultCodeDeployNames, patchAppSpec } from './codedeploy-appspec.js';
import { type DeployContext, explain } from './explain.js';
import type { Inputs } from './inputs.js';
import type { JsonObject } from './render.js';
import { failureResult, follow, pruneRevisions } from './service-deploy.js';
import { DeployError, type Deps, type DeployReport, need } from './types.js';
import type { Judge } from './wait.js';

/**
 * A service on the CODE_DEPLOY controller: ECS refuses UpdateService of its task definition, so the new revision goes
 * out as a CodeDeploy ECS blue/green deployment (what the console's "deploy" does), followed to Succeeded, Failed or
 * Stopped. On a cancel the deployment is stopped with rollback first (a deployment left running blocks the group's
 * next one), and explained after.
 */

/** The parts of the service an AppSpec needs; a CodeDeploy service keeps some of them on its task sets. */
export function appSpecView(service: Service): AppSpecServiceView {
  const primary = service.taskSets?.find((t) => t.status === 'PRIMARY') ?? service.taskSets?.[0];
  const vpc = service.networkConfiguration?.awsvpcConfiguration ?? primary?.networkConfiguration?.awsvpcConfiguration;
  const strategy = service.capacityProviderStrategy?.length ? service.capacityProviderStrategy : primary?.capacityProviderStrategy ?? [];
  return {
    serviceName: service.serviceName ?? '',
    loadBalancers: (service.loadBalancers?.length ? service.loadBalancers : primary?.loadBalancers ?? []).map((l) => ({ containerName: l.containerName, containerPort: l.containerPort })),
    platformVersion: service.platformVersion ?? primary?.platformVersion,
    awsvpc: vpc && { subnets: vpc.subnets ?? [], securityGroups: vpc.securityGroups ?? [], assignPublicIp: vpc.assignPublicIp },
    capacityProviderStrategy: strategy.map((s) => ({ capacityProvider: s.capacityProvider ?? '', weight: s.weight, base: s.base })),
  };
}

/** The AppSpec for `taskDefinitionArn`: the user's file patched, or one built from the service. Throws ConfigurationError. */
export function appSpecFor(inputs: Inputs, service: Service, taskDefinitionArn: string, definition: JsonObject): JsonObject {
  const file = inputs.codeDeploy.appspec;
  return file ? patchAppSpec(file.content, taskDefinitionArn, containerPorts(definition)) : buildAppSpec(taskDefinitionArn, appSpecView(service));
}

function codeDeployJudge(id: string, states: { last?: CodeDeployState }, deps: Deps): Judge {
  const api = need(deps.codedeploy, 'CodeDeploy');
  return async (_service, _placementFailures, signal) => {
    const state = await api.deployment(id, signal);
    states.last = state;
    return { assessment: assessCodeDeploy(state), progress: lifecycleLine(state) };
  };
}

const FINAL = ['Succeeded', 'Failed', 'Stopped'];

/** After a stop with rollback (not on a cancel): how the deployment ended. */
async function awaitStopped(id: string, until: number, deps: Deps): Promise<{ text: string; rolledBack: boolean }> {
  const api = need(deps.codedeploy, 'CodeDeploy');
  try {
    for (;;) {
      const state = await api.deployment(id, deps.signal);
      if (FINAL.includes(state.status)) {
        const rolledBack = state.status !== 'Succeeded';
        return { text: `CodeDeploy deployment ${id} ended ${state.status}${rolledBack ? '; the traffic is back on the original task set' : ''}`, rolledBack };
      }
      if (deps.signal?.aborted || deps.clock.now() >= until) return { text: `requested a stop with rollback of ${id}; it was still ${state.status} when the step stopped waiting`, rolledBack: false };
      await deps.clock.sleep(2_000, deps.signal);
    }
  } catch (error) {
    return { text: `the stop of ${id} could not be followed: ${errorMessage(error)}`, rolledBack: false };
  }
}

export async function deployWithCodeDeploy(inputs: Inputs, report: DeployReport, context: DeployContext, deps: Deps): Promise<void> {
  const { target, service, cancelWindow } = context;
  const api = need(deps.codedeploy, 'CodeDeploy');
  if (target.arn === service.taskDefinition && !inputs.forceNewDeployment) {
    report.reason = `${target.arn} is already the service's task definition`;
    return;
  }
  if (deps.signal?.aborted) {
    report.result = 'cancelled';
    report.reason = `the workflow was cancelled before the CodeDeploy deployment was created; the service still runs ${report.previousTaskDefinitionArn}`;
    return;
  }
  const defaults = defaultCodeDeployNames(inputs.cluster, inputs.service);
  const application = inputs.codeDeploy.application ?? defaults.application;
  const group = inputs.codeDeploy.deploymentGroup ?? defaults.deploymentGroup;
  const groupView = await withinDeadline(cancelWindow, (signal) => api.deploymentGroup(application, group, signal));
  const appspec = appSpecContent(appSpecFor(inputs, service, target.arn, target.definition));
  const knownEventIds = (service.events ?? []).map((e) => e.id ?? '');
  const description = `ecs-deploy: ${inputs.service} to ${target.arn}`;
  const id = await withinDeadline(cancelWindow, (signal) => api.createDeployment({ application, group, appspec, description }, signal))
    .catch((error: unknown) => {
      throw new DeployError(errorMessage(error));
    });
  report.deploymentId = id;
  report.codeDeployDeploymentId = id;
  deps.logger.info(`CodeDeploy deployment ${id} started in ${application}/${group}: ${report.previousTaskDefinitionArn} → ${target.arn}`);
  if (inputs.waitUntil === 'none') {
    report.result = 'started';
    return;
  }
  const deadline = context.started + codeDeployBudgetMs(inputs.timeoutMs, groupView);
  const states: { last?: CodeDeployState } = {};
  const outcome = await follow({
    cluster: inputs.cluster, service: inputs.service, target: { deploymentId: id, taskDefinitionArn: target.arn },
    waitUntil: inputs.waitUntil, deadline, failFast: false, knownEventIds, judge: codeDeployJudge(id, states, deps),
  }, deps);
  report.rolloutState = states.last?.status ?? '';
  report.events = outcome.events.map((e) => e.message ?? '');
  if (outcome.result.state === 'deployed') {
    report.result = 'deployed';
    if (inputs.keepRevisions) await pruneRevisions(inputs, String(target.definition.family), [target.arn, report.previousTaskDefinitionArn], deps);
    return;
  }
  report.result = failureResult(outcome);
  report.reason = 'reason' in outcome.result ? outcome.result.reason : outcome.result.state;
  report.controllerNotes = states.last ? codeDeployFailure(states.last) : [];
  deps.logger.info(`CodeDeploy deployment ${id} ${report.result}: ${report.reason}`);
  // Act first: on a cancel always, on a timeout when asked, a deployment still running is stopped with rollback.
  const running = !states.last || !FINAL.includes(states.last.status);
  const stop = running && (deps.signal?.aborted || (inputs.rollbackOnFailure && report.result === 'timed-out'));
  if (stop) {
    try {
      const answer = await withinDeadline(cancelWindow, (signal) => api.stopWithRollback(id, signal));
      report.rollback = `requested StopDeployment with rollback of ${id} (${answer})${deps.signal?.aborted ? ' on the cancel; the step did not wait for it' : ''}`;
    } catch (error) {
      report.rollback = `StopDeployment of ${id} failed: ${errorMessage(error)}`;
    }
    deps.logger.info(`CodeDeploy: ${report.rollback}`);
  }
  await explain(inputs, report, { ...context, outcome }, deps);
  for (const line of report.controllerNotes) deps.logger.info(`CodeDeploy: ${line}`);
  if (stop && !deps.signal?.aborted && !report.rollback?.startsWith('StopDeployment of')) {
    const ended = await awaitStopped(id, deps.clock.now() + 10 * 60_000, deps);
    report.rollback = ended.text;
    if (ended.rolledBack) report.result = 'rolled-back';
    deps.logger.info(`CodeDeploy: ${report.rollback}`);
  }
}
