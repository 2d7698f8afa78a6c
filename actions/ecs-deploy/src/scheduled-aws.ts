import { awsClientConfig } from '../../common/src/aws-client.js';
import { withStep } from '../../common/src/errors.js';
import { loadEventBridge, loadScheduler } from './lazy.js';
import type { ScheduledTarget, ScheduledTasksApi } from './scheduled.js';

/**
 * EventBridge (rules on the default bus) and EventBridge Scheduler, loaded on first use: only `scheduled-tasks`
 * needs them. A target is written back whole (PutTargets and UpdateSchedule replace it), with only
 * EcsParameters.TaskDefinitionArn changed.
 */
export function createScheduledTasksApi(region: string): ScheduledTasksApi {
  let events: ReturnType<typeof eventBridge> | undefined;
  let scheduler: ReturnType<typeof schedulerClient> | undefined;
  const eb = () => (events ??= eventBridge(region));
  const sc = () => (scheduler ??= schedulerClient(region));

  async function listTargets(rule: string) {
    const { sdk, client } = await eb();
    const targets = [];
    let token: string | undefined;
    do {
      const out = await client.send(new sdk.ListTargetsByRuleCommand({ Rule: rule, NextToken: token }));
      targets.push(...(out.Targets ?? []));
      token = out.NextToken;
    } while (token);
    return targets;
  }

  return {
    async ruleTargets(rule) {
      try {
        return (await listTargets(rule)).map((t): ScheduledTarget => ({ id: t.Id ?? '', taskDefinitionArn: t.EcsParameters?.TaskDefinitionArn }));
      } catch (error) {
        throw withStep(`Could not list the targets of rule ${rule}`, error);
      }
    },
    async moveRuleTargets(rule, targetIds, taskDefinitionArn) {
      try {
        const { sdk, client } = await eb();
        const moved = (await listTargets(rule))
          .filter((t) => t.Id && targetIds.includes(t.Id) && t.EcsParameters)
          .map((t) => ({ ...t, EcsParameters: { ...t.EcsParameters, TaskDefinitionArn: taskDefinitionArn } }));
        const out = await client.send(new sdk.PutTargetsCommand({ Rule: rule, Targets: moved }));
        const failed = out.FailedEntries ?? [];
        if ((out.FailedEntryCount ?? failed.length) > 0) {
          throw new Error(failed.map((f) => `target ${f.TargetId}: ${f.ErrorCode ?? ''} ${f.ErrorMessage ?? ''}`.trim()).join('; ') || 'PutTargets failed');
        }
      } catch (error) {
        throw withStep(`Could not move the targets of rule ${rule}`, error);
      }
    },
    async scheduleTarget(group, name) {
      try {
        const { sdk, client } = await sc();
        const out = await client.send(new sdk.GetScheduleCommand({ GroupName: group, Name: name }));
        return { id: 'target', taskDefinitionArn: out.Target?.EcsParameters?.TaskDefinitionArn };
      } catch (error) {
        throw withStep(`Could not read schedule ${name} of group ${group}`, error);
      }
    },
    async moveSchedule(group, name, taskDefinitionArn) {
      try {
        const { sdk, client } = await sc();
        const s = await client.send(new sdk.GetScheduleCommand({ GroupName: group, Name: name }));
        if (!s.Target?.EcsParameters || !s.ScheduleExpression || !s.FlexibleTimeWindow) throw new Error('the schedule has no ECS target');
        await client.send(new sdk.UpdateScheduleCommand({
          Name: name, GroupName: group, ScheduleExpression: s.ScheduleExpression, ScheduleExpressionTimezone: s.ScheduleExpressionTimezone,
          StartDate: s.StartDate, EndDate: s.EndDate, Description: s.Description, State: s.State, KmsKeyArn: s.KmsKeyArn,
          FlexibleTimeWindow: s.FlexibleTimeWindow, ActionAfterCompletion: s.ActionAfterCompletion,
          Target: { ...s.Target, EcsParameters: { ...s.Target.EcsParameters, TaskDefinitionArn: taskDefinitionArn } },
        }));
      } catch (error) {
        throw withStep(`Could not move schedule ${name} of group ${group}`, error);
      }
    },
  };
}

async function eventBridge(region: string) {
  const sdk = await loadEventBridge();
  return { sdk, client: new sdk.EventBridgeClient(awsClientConfig(region, 'ecs-deploy')) };
}

async function schedulerClient(region: string) {
  const sdk = await loadScheduler();
  return { sdk, client: new sdk.SchedulerClient(awsClientConfig(region, 'ecs-deploy')) };
}
