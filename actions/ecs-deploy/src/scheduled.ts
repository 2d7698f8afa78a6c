import { errorMessage } from '../../common/src/errors.js';
import type { Logger } from '../../common/src/logger.js';
import { type ScheduledTaskRef, scheduledTaskLabel } from './input-rules.js';

/**
 * `scheduled-tasks`: EventBridge rules and Scheduler schedules whose ECS targets run the deployed family move to the
 * new revision once the services succeeded (a scheduled task left on the old revision runs old code against the new
 * schema). A target of another family is someone else's and is left alone. The planner is pure; the moves go through
 * ScheduledTasksApi.
 */

/** One ECS target of a rule (its target Id) or a schedule (its one target). */
export interface ScheduledTarget {
  id: string;
  /** Absent for a target that is not an ECS task. */
  taskDefinitionArn?: string;
}

export interface ScheduledTasksApi {
  ruleTargets(rule: string): Promise<ScheduledTarget[]>;
  /** PutTargets of these targets, as they are, with EcsParameters.TaskDefinitionArn set to `taskDefinitionArn`. */
  moveRuleTargets(rule: string, targetIds: string[], taskDefinitionArn: string): Promise<void>;
  scheduleTarget(group: string, name: string): Promise<ScheduledTarget>;
  /** UpdateSchedule with everything as it is but the target's EcsParameters.TaskDefinitionArn. */
  moveSchedule(group: string, name: string, taskDefinitionArn: string): Promise<void>;
}

/** `api` of `arn:aws:ecs:…:task-definition/api:3`, `api:3` or a family ARN without revision. */
export function familyOf(taskDefinition: string): string {
  return (taskDefinition.split('/').pop() as string).replace(/:\d+$/, '');
}

export interface TargetPlan {
  move: string[];
  /** Targets left as they are, with why (already on the revision, another family, not an ECS task). */
  keep: string[];
}

export function planTargetMoves(targets: ScheduledTarget[], family: string, taskDefinitionArn: string): TargetPlan {
  const plan: TargetPlan = { move: [], keep: [] };
  for (const target of targets) {
    if (!target.taskDefinitionArn) plan.keep.push(`${target.id} (not an ECS task)`);
    else if (target.taskDefinitionArn === taskDefinitionArn) plan.keep.push(`${target.id} (already on the new revision)`);
    else if (familyOf(target.taskDefinitionArn) !== family) plan.keep.push(`${target.id} (runs family ${familyOf(target.taskDefinitionArn)})`);
    else plan.move.push(target.id);
  }
  return plan;
}

export interface ScheduledMoveReport {
  /** `rule/targetId` and `schedule/group/name` of every target moved. */
  moved: string[];
  /** One line per rule or schedule: what was moved or kept. */
  lines: string[];
  /** Rules and schedules that could not be read or moved, or had no target of the family. */
  problems: string[];
}

export async function moveScheduledTasks(refs: ScheduledTaskRef[], taskDefinitionArn: string, api: ScheduledTasksApi, logger: Logger): Promise<ScheduledMoveReport> {
  const family = familyOf(taskDefinitionArn);
  const report: ScheduledMoveReport = { moved: [], lines: [], problems: [] };
  for (const ref of refs) {
    const label = scheduledTaskLabel(ref);
    try {
      const targets = ref.kind === 'rule' ? await api.ruleTargets(ref.name) : [await api.scheduleTarget(ref.group, ref.name)];
      const plan = planTargetMoves(targets, family, taskDefinitionArn);
      const ofFamily = targets.filter((t) => t.taskDefinitionArn && familyOf(t.taskDefinitionArn) === family);
      if (ofFamily.length === 0) {
        report.problems.push(`${label}: no ECS target runs family ${family} (${plan.keep.join(', ') || 'no targets'})`);
        continue;
      }
      if (plan.move.length) {
        if (ref.kind === 'rule') await api.moveRuleTargets(ref.name, plan.move, taskDefinitionArn);
        else await api.moveSchedule(ref.group, ref.name, taskDefinitionArn);
        report.moved.push(...(ref.kind === 'rule' ? plan.move.map((id) => `${label}/${id}`) : [label]));
      }
      const line = `${label}: ${plan.move.length ? `moved ${ref.kind === 'rule' ? plan.move.join(', ') : 'its target'} to ${taskDefinitionArn}` : 'nothing to move'}` +
        (plan.keep.length ? `; left alone: ${plan.keep.join(', ')}` : '');
      report.lines.push(line);
      logger.info(`scheduled-tasks: ${line}`);
    } catch (error) {
      report.problems.push(`${label}: ${errorMessage(error)}`);
    }
  }
  for (const problem of report.problems) logger.info(`scheduled-tasks: ${problem}`);
  return report;
}
