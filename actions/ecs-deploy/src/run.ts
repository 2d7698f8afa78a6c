import { CANCEL_WINDOW, CancelClock, withinDeadline } from '../../common/src/deadline.js';
import { type EcsService as Service, serviceNotFound } from '../../common/src/ecs-types.js';
import { errorMessage } from '../../common/src/errors.js';
import { appSpecFor, deployWithCodeDeploy } from './codedeploy-run.js';
import type { DeployContext } from './explain.js';
import { checkVolumeNames } from './input-rules.js';
import type { Inputs } from './inputs.js';
import { containerImages, type JsonObject } from './render.js';
import { moveScheduledTasks } from './scheduled.js';
import { deployEcsService } from './service-deploy.js';
import { combineReports } from './services.js';
import { resolveTarget } from './taskdef.js';
import { DeployError, type Deps, type DeployReport, need, type RunReport } from './types.js';
import { rolloutKind, type RolloutKind } from './verdict.js';

export { DeployError, type Deps, type DeployReport, type Result, type RunReport } from './types.js';

interface ServiceToDeploy {
  name: string;
  service: Service;
  kind: RolloutKind;
}

async function currentService(inputs: Inputs, name: string, deps: Deps, cancelWindow: AbortSignal): Promise<ServiceToDeploy> {
  const service = await withinDeadline(cancelWindow, (signal) => deps.ecs.describeService(inputs.cluster, name, signal));
  const missing = serviceNotFound(service, name, inputs.cluster);
  if (missing || !service) throw new DeployError(missing);
  if (service.status !== 'ACTIVE') throw new DeployError(`Service ${name} is ${service.status}; it must be ACTIVE to deploy`);
  const kind = rolloutKind(service);
  if (typeof kind !== 'string') throw new DeployError(kind.refused);
  return { name, service, kind };
}

/** What must hold of the definition before it is registered, for every service it goes to. */
function checkBeforeRegister(inputs: Inputs, targets: ServiceToDeploy[]) {
  return (definition: JsonObject) => {
    checkVolumeNames(inputs.volumeConfigurations, definition);
    // The AppSpec is built with a placeholder ARN only to check its container and port against the definition.
    for (const t of targets) if (t.kind === 'codedeploy') appSpecFor({ ...inputs, service: t.name }, t.service, 'arn:check', definition);
  };
}

export async function run(inputs: Inputs, deps: Deps): Promise<RunReport> {
  // Started now, so that the budget counts from the signal whenever it comes. Real time, not deps.clock: what the
  // deadline ends is an SDK request, which runs in real time.
  const cancelWindow = new CancelClock(deps.signal).afterCancel(deps.cancelBudgetMs ?? CANCEL_WINDOW.budgetMs);
  try {
    return await deployAll(inputs, cancelWindow.signal, deps);
  } finally {
    // Its timer would otherwise hold a finished step until the budget ran out.
    cancelWindow.dispose();
  }
}

async function deployAll(inputs: Inputs, cancelWindow: AbortSignal, deps: Deps): Promise<RunReport> {
  const started = deps.clock.now();
  // Every service is checked before anything is registered: one missing service fails the step before any write.
  const targets = await Promise.all(inputs.services.map((name) => currentService(inputs, name, deps, cancelWindow)));
  const first = targets[0] as ServiceToDeploy;
  const target = await resolveTarget({ ...inputs, service: first.name }, first.service, deps, checkBeforeRegister(inputs, targets));
  const reports = await Promise.all(targets.map(async ({ name, service, kind }): Promise<DeployReport> => {
    const report: DeployReport = {
      result: 'unchanged', cluster: inputs.cluster, service: name, kind, taskDefinitionArn: target.arn, previousTaskDefinitionArn: service.taskDefinition as string,
      deploymentId: '', rolloutState: '', images: containerImages(target.definition), durationMs: 0, events: [],
    };
    const context: DeployContext = { target, service, started, cancelWindow };
    const forService = { ...inputs, service: name };
    try {
      if (kind === 'codedeploy') await deployWithCodeDeploy(forService, report, context, deps);
      else await deployEcsService(forService, report, context, deps);
    } catch (error) {
      // A revision may be registered and the service updated by now: the outputs and the job summary must still say
      // what is known, so the failure is reported rather than thrown.
      report.result = deps.signal?.aborted ? 'cancelled' : 'failed';
      report.reason = errorMessage(error);
    }
    return { ...report, durationMs: deps.clock.now() - started };
  }));
  const combined = combineReports(reports, deps.clock.now() - started);
  if (inputs.scheduledTasks.length > 0) {
    if (['deployed', 'unchanged'].includes(combined.result)) {
      combined.scheduled = await moveScheduledTasks(inputs.scheduledTasks, target.arn, need(deps.scheduled, 'scheduled-tasks'), deps.logger);
      if (combined.scheduled.problems.length) {
        combined.result = 'failed';
        combined.reason = `the services are deployed, but scheduled-tasks failed: ${combined.scheduled.problems.join('; ')}`;
      }
    } else {
      combined.scheduled = { moved: [], lines: [], problems: [] };
      deps.logger.info(`scheduled-tasks: not moved, as the services did not all succeed (${combined.result})`);
    }
  }
  return combined;
}
