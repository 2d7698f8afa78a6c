import { createHash } from 'node:crypto';
import { awsClientConfig } from '../../common/src/aws-client.js';
import { withStep } from '../../common/src/errors.js';
import type { CodeDeployState, DeploymentGroupView, LifecycleEvent } from './codedeploy.js';
import { loadCodeDeploy } from './lazy.js';

/**
 * What the CodeDeploy path asks of CodeDeploy, in the planner's terms. The client is loaded on the first call: only
 * services on the CODE_DEPLOY controller need it.
 */
export interface CodeDeployApi {
  deploymentGroup(application: string, group: string, signal?: AbortSignal): Promise<DeploymentGroupView>;
  createDeployment(request: { application: string; group: string; appspec: string; description: string }, signal?: AbortSignal): Promise<string>;
  /** GetDeployment, and the ECS target's lifecycle events where CodeDeploy has them. */
  deployment(id: string, signal?: AbortSignal): Promise<CodeDeployState>;
  /** StopDeployment with autoRollbackEnabled: the traffic goes back to the original task set. Returns CodeDeploy's message. */
  stopWithRollback(id: string, signal?: AbortSignal): Promise<string>;
}

export function createCodeDeployApi(region: string): CodeDeployApi {
  let module: ReturnType<typeof loadCodeDeploy> | undefined;
  const sdk = () => (module ??= loadCodeDeploy());
  let client: Promise<InstanceType<Awaited<ReturnType<typeof loadCodeDeploy>>['CodeDeployClient']>> | undefined;
  const codedeploy = () => (client ??= sdk().then(({ CodeDeployClient }) => new CodeDeployClient(awsClientConfig(region, 'ecs-deploy'))));
  /** The deployment's target ids, once CodeDeploy has listed them (an ECS deployment has one: cluster:service). */
  const targets = new Map<string, string[]>();

  async function lifecycle(id: string, signal?: AbortSignal): Promise<LifecycleEvent[]> {
    const { ListDeploymentTargetsCommand, GetDeploymentTargetCommand } = await sdk();
    const c = await codedeploy();
    let ids = targets.get(id);
    if (!ids?.length) {
      ids = (await c.send(new ListDeploymentTargetsCommand({ deploymentId: id }), { abortSignal: signal })).targetIds ?? [];
      targets.set(id, ids);
    }
    const events: LifecycleEvent[] = [];
    // An ECS deployment has one target (cluster:service); GetDeploymentTarget is its one call.
    for (const targetId of ids) {
      const out = await c.send(new GetDeploymentTargetCommand({ deploymentId: id, targetId }), { abortSignal: signal });
      for (const e of out.deploymentTarget?.ecsTarget?.lifecycleEvents ?? []) {
        events.push({
          name: e.lifecycleEventName ?? '?',
          status: e.status ?? 'Unknown',
          diagnostic: e.diagnostics && { code: e.diagnostics.errorCode, message: e.diagnostics.message, logTail: e.diagnostics.logTail },
        });
      }
    }
    return events;
  }

  return {
    async deploymentGroup(application, group, signal) {
      const { GetDeploymentGroupCommand } = await sdk();
      try {
        const out = await (await codedeploy()).send(new GetDeploymentGroupCommand({ applicationName: application, deploymentGroupName: group }), { abortSignal: signal });
        const info = out.deploymentGroupInfo;
        const blueGreen = info?.blueGreenDeploymentConfiguration;
        const ready = blueGreen?.deploymentReadyOption;
        return {
          terminationWaitMinutes: blueGreen?.terminateBlueInstancesOnDeploymentSuccess?.terminationWaitTimeInMinutes ?? 0,
          readyWaitMinutes: ready?.actionOnTimeout === 'STOP_DEPLOYMENT' ? ready.waitTimeInMinutes ?? 0 : 0,
          autoRollback: info?.autoRollbackConfiguration?.enabled === true,
        };
      } catch (error) {
        throw withStep(`Could not read CodeDeploy deployment group ${group} of application ${application}`, error);
      }
    },
    async createDeployment({ application, group, appspec, description }, signal) {
      const { CreateDeploymentCommand } = await sdk();
      try {
        const out = await (await codedeploy()).send(new CreateDeploymentCommand({
          applicationName: application, deploymentGroupName: group, description,
          revision: { revisionType: 'AppSpecContent', appSpecContent: { content: appspec, sha256: createHash('sha256').update(appspec).digest('hex') } },
        }), { abortSignal: signal });
        if (!out.deploymentId) throw new Error('CreateDeployment returned no deploymentId');
        return out.deploymentId;
      } catch (error) {
        throw withStep(`Could not create a CodeDeploy deployment in ${application}/${group}`, error);
      }
    },
    async deployment(id, signal) {
      const { GetDeploymentCommand } = await sdk();
      let info;
      try {
        info = (await (await codedeploy()).send(new GetDeploymentCommand({ deploymentId: id }), { abortSignal: signal })).deploymentInfo;
      } catch (error) {
        throw withStep(`Could not get CodeDeploy deployment ${id}`, error);
      }
      const state: CodeDeployState = {
        id, status: info?.status ?? 'Created', lifecycle: [],
        error: info?.errorInformation && { code: info.errorInformation.code, message: info.errorInformation.message },
        rollback: info?.rollbackInfo && { deploymentId: info.rollbackInfo.rollbackDeploymentId, message: info.rollbackInfo.rollbackMessage },
      };
      try {
        state.lifecycle = await lifecycle(id, signal);
      } catch {
        // The lifecycle events only add detail to the log and the diagnosis; the verdict stands on GetDeployment.
      }
      return state;
    },
    async stopWithRollback(id, signal) {
      const { StopDeploymentCommand } = await sdk();
      try {
        const out = await (await codedeploy()).send(new StopDeploymentCommand({ deploymentId: id, autoRollbackEnabled: true }), { abortSignal: signal });
        return `${out.status ?? 'requested'}${out.statusMessage ? `: ${out.statusMessage}` : ''}`;
      } catch (error) {
        throw withStep(`Could not stop CodeDeploy deployment ${id}`, error);
      }
    },
  };
}
