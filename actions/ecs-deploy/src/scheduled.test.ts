import { describe, expect, it } from '@jest/globals';
import { MemoryLogger } from '../../common/src/logger.js';
import { familyOf, moveScheduledTasks, planTargetMoves, type ScheduledTarget, type ScheduledTasksApi } from './scheduled.js';

const TD = (family: string, n: number) => `arn:aws:ecs:us-east-1:123456789012:task-definition/${family}:${n}`;

describe('planTargetMoves', () => {
  it('moves targets of the family, leaves others, and names why', () => {
    const targets: ScheduledTarget[] = [
      { id: 'report', taskDefinitionArn: TD('api', 3) }, { id: 'other', taskDefinitionArn: TD('billing', 3) },
      { id: 'lambda' }, { id: 'done', taskDefinitionArn: TD('api', 4) }, { id: 'latest', taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/api' },
    ];
    expect(planTargetMoves(targets, 'api', TD('api', 4))).toEqual({
      move: ['report', 'latest'], keep: ['other (runs family billing)', 'lambda (not an ECS task)', 'done (already on the new revision)'],
    });
    expect(familyOf('api:3')).toBe('api');
  });
});

class FakeScheduled implements ScheduledTasksApi {
  rules: Record<string, ScheduledTarget[]> = { nightly: [{ id: 'a', taskDefinitionArn: TD('api', 1) }, { id: 'b', taskDefinitionArn: TD('billing', 1) }], foreign: [{ id: 'x', taskDefinitionArn: TD('billing', 1) }] };
  schedules: Record<string, ScheduledTarget> = { 'jobs/cleanup': { id: 'target', taskDefinitionArn: TD('api', 1) } };
  readonly writes: string[] = [];
  async ruleTargets(rule: string) {
    if (!this.rules[rule]) throw new Error(`ResourceNotFoundException: Rule ${rule} does not exist.`);
    return this.rules[rule];
  }
  async moveRuleTargets(rule: string, ids: string[], arn: string) {
    this.writes.push(`${rule}:${ids.join(',')}→${arn}`);
  }
  async scheduleTarget(group: string, name: string) {
    return this.schedules[`${group}/${name}`] as ScheduledTarget;
  }
  async moveSchedule(group: string, name: string, arn: string) {
    this.writes.push(`schedule ${group}/${name}→${arn}`);
  }
}

describe('moveScheduledTasks', () => {
  it('moves rule and schedule targets of the family; a rule without one, or missing, is a problem', async () => {
    const api = new FakeScheduled();
    const logger = new MemoryLogger();
    const report = await moveScheduledTasks([
      { kind: 'rule', name: 'nightly' }, { kind: 'schedule', group: 'jobs', name: 'cleanup' }, { kind: 'rule', name: 'foreign' }, { kind: 'rule', name: 'gone' },
    ], TD('api', 2), api, logger);
    expect(api.writes).toEqual([`nightly:a→${TD('api', 2)}`, `schedule jobs/cleanup→${TD('api', 2)}`]);
    expect(report.moved).toEqual(['nightly/a', 'schedule/jobs/cleanup']);
    expect(report.problems).toEqual([
      'foreign: no ECS target runs family api (x (runs family billing))',
      'gone: ResourceNotFoundException: Rule gone does not exist.',
    ]);
    expect(logger.text()).toContain(`scheduled-tasks: nightly: moved a to ${TD('api', 2)}; left alone: b (runs family billing)`);
  });
});
