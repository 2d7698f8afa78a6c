import type { Service } from '@aws-sdk/client-ecs';
import { diagnose, formatDiagnosis } from './diagnosis.js';
import type { Inputs } from './inputs.js';
import type { TargetDefinition } from './taskdef.js';
import type { Deps, DeployReport } from './types.js';
import type { WaitOutcome } from './wait.js';

export interface DeployContext {
  target: TargetDefinition;
  service: Service;
  /** When the step started (clock ms): the timeout counts from it. */
  started: number;
  /** Aborts CANCEL_WINDOW.budgetMs after a cancel: the deadline of every call on the cancel path. */
  cancelWindow: AbortSignal;
}

/** The diagnosis every failure gets: the verdict, the service's events, the new revision's stopped tasks and their logs. */
export async function explain(inputs: Inputs, report: DeployReport, context: DeployContext & { outcome: Pick<WaitOutcome, 'service' | 'events'> }, deps: Deps): Promise<void> {
  report.diagnosis = await diagnose({
    region: inputs.region, cluster: inputs.cluster, service: inputs.service, verdict: `${report.result}: ${report.reason}`,
    serviceState: context.outcome.service, events: context.outcome.events, taskDefinitionArn: context.target.arn, definition: context.target.definition,
    signal: context.cancelWindow,
  }, deps);
  deps.logger.info(formatDiagnosis(report.diagnosis));
}

