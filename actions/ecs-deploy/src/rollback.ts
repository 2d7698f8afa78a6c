import { withinDeadline } from '../../common/src/deadline.js';
import { errorMessage } from '../../common/src/errors.js';
import type { Inputs } from './inputs.js';
import { waitForRollout, type WaitDeps } from './wait.js';

/** rollback-on-failure's first step, and what the report says of it until the rollout is awaited. */
export interface RollbackRequest {
  text: string;
  /** The deployment UpdateService started for the previous revision; undefined when it started none or failed. */
  deploymentId?: string;
}

/**
 * UpdateService back to the previous revision. `deadline` aborts it (with the SDK's retries) once a cancelled step's
 * time is up; on a normal run it never fires.
 */
export async function requestRollback(inputs: Inputs, previousArn: string, deadline: AbortSignal, deps: WaitDeps): Promise<RollbackRequest> {
  const cancelled = deps.signal?.aborted === true;
  deps.logger.info(`rollback-on-failure: updating ${inputs.service} back to ${previousArn}` +
    (cancelled ? ' first, as the workflow was cancelled; the diagnosis follows with the time left' : ''));
  try {
    const updated = await withinDeadline(deadline, (signal) =>
      deps.ecs.updateService({ cluster: inputs.cluster, service: inputs.service, taskDefinition: previousArn }, signal));
    const deployment = updated.deployments?.find((d) => d.status === 'PRIMARY' && d.taskDefinition === previousArn);
    if (!deployment?.id) return { text: `requested rollback to ${previousArn}, but UpdateService started no deployment of it` };
    const text = cancelled
      ? `requested rollback to ${previousArn} (deployment ${deployment.id}) on the cancel; ECS rolls it out, the step did not wait for it`
      : `requested rollback to ${previousArn} (deployment ${deployment.id})`;
    return { text, deploymentId: deployment.id };
  } catch (error) {
    return { text: `rollback to ${previousArn} failed: ${errorMessage(error)}` };
  }
}

/** Waits for the rollback's deployment, within `deadline` (clock ms); says how it ended. */
export async function awaitRollback(inputs: Inputs, previousArn: string, deploymentId: string, deadline: number, knownEventIds: string[], deps: WaitDeps): Promise<string> {
  try {
    const outcome = await waitForRollout({
      cluster: inputs.cluster, service: inputs.service, target: { deploymentId, taskDefinitionArn: previousArn },
      waitUntil: 'deployed', deadline, failFast: inputs.failFast, knownEventIds,
    }, deps);
    return outcome.result.state === 'deployed'
      ? `rolled back to ${previousArn} (deployment ${deploymentId} completed)`
      : `rollback to ${previousArn} did not complete: ${'reason' in outcome.result ? outcome.result.reason : outcome.result.state}`;
  } catch (error) {
    return `rollback to ${previousArn} (deployment ${deploymentId}) could not be followed: ${errorMessage(error)}`;
  }
}
