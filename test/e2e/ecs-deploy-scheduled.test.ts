import { beforeAll, describe, expect, it } from '@jest/globals';
import type * as EventBridge from '@aws-sdk/client-eventbridge';
import type { CreateScheduleCommandInput, GetScheduleCommandOutput } from '@aws-sdk/client-scheduler';
import { errorsOf, image, revisionArn, theError, useEcsDeployFixture } from './ecs-fixtures.js';
import type { SimApiClient } from './sim-action-bed.js';

// `scheduled-tasks`: EventBridge rules and Scheduler schedules whose ECS targets run the family move to the new
// revision once the service succeeded.
const fx = useEcsDeployFixture({ seed: 43 });
const CLUSTER_ARN = 'arn:aws:ecs:us-east-1:123456789012:cluster/prod';
const ROLE = 'arn:aws:iam::123456789012:role/ecsEventsRole';
const BILLING = 'arn:aws:ecs:us-east-1:123456789012:task-definition/billing:4';
/** The EventBridge operations the test calls itself (sim-action-bed's SimApi). */
interface EventsOperations {
  [operation: string]: [object, object];
  ListTargetsByRule: [EventBridge.ListTargetsByRuleCommandInput, EventBridge.ListTargetsByRuleCommandOutput];
  PutRule: [EventBridge.PutRuleCommandInput, EventBridge.PutRuleCommandOutput];
  PutTargets: [EventBridge.PutTargetsCommandInput, EventBridge.PutTargetsCommandOutput];
}
let events: SimApiClient<EventsOperations>;

beforeAll(() => {
  events = fx.api.json<EventsOperations>('events');
});

/** EventBridge Scheduler speaks REST-JSON: the schedule's name and group in the path, the rest in the body. */
const createSchedule = ({ Name, ...body }: CreateScheduleCommandInput) => fx.api.restJson('scheduler', 'POST', `/schedules/${Name}`, body);
const getSchedule = (name: string, group: string) => fx.api.restJson<GetScheduleCommandOutput>('scheduler', 'GET', `/schedules/${name}?groupName=${group}`);

const ecsTarget = (id: string, taskDefinitionArn: string): EventBridge.Target => ({
  Id: id, Arn: CLUSTER_ARN, RoleArn: ROLE, Input: '{"containerOverrides":[{"name":"api","command":["report"]}]}',
  EcsParameters: { TaskDefinitionArn: taskDefinitionArn, TaskCount: 1, LaunchType: 'FARGATE', NetworkConfiguration: { awsvpcConfiguration: { Subnets: ['subnet-1'] } } },
});

/** Service api on api:1; rule nightly-report with a target of api and one of billing; schedule jobs/cleanup on api:1. */
async function setUp(options: Parameters<typeof fx.startService>[0] = {}): Promise<void> {
  await fx.startService(options);
  await events.send('PutRule', { Name: 'nightly-report', ScheduleExpression: 'cron(0 3 * * ? *)' });
  await events.send('PutTargets', { Rule: 'nightly-report', Targets: [ecsTarget('report', revisionArn(1)), ecsTarget('billing-export', BILLING)] });
  await createSchedule({
    Name: 'cleanup', GroupName: 'default', ScheduleExpression: 'rate(1 hour)', FlexibleTimeWindow: { Mode: 'OFF' }, Description: 'hourly cleanup',
    Target: { Arn: CLUSTER_ARN, RoleArn: ROLE, EcsParameters: { TaskDefinitionArn: revisionArn(1), TaskCount: 1 } },
  });
  fx.countCallsFromHere();
}

const ruleTargets = async () => (await events.send('ListTargetsByRule', { Rule: 'nightly-report' })).Targets ?? [];

describe('ecs-deploy dist against the simulator: scheduled tasks', () => {
  it('moves the rule and schedule targets of the family after the service deployed; a target of another family stays', async () => {
    await setUp();
    const result = await fx.deploy({ image: image('v2'), 'scheduled-tasks': 'nightly-report\nschedule/default/cleanup' });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ result: 'deployed', 'scheduled-tasks-moved': 'nightly-report/report\nschedule/default/cleanup' });
    const targets = await ruleTargets();
    expect(targets.find((t) => t.Id === 'report')).toEqual(expect.objectContaining({ ...ecsTarget('report', revisionArn(2)), EcsParameters: expect.objectContaining({ TaskDefinitionArn: revisionArn(2), LaunchType: 'FARGATE' }) }));
    expect(targets.find((t) => t.Id === 'billing-export')?.EcsParameters?.TaskDefinitionArn).toBe(BILLING);
    const schedule = await getSchedule('cleanup', 'default');
    expect(schedule).toMatchObject({ ScheduleExpression: 'rate(1 hour)', Description: 'hourly cleanup', Target: { EcsParameters: { TaskDefinitionArn: revisionArn(2), TaskCount: 1 } } });
    // After the service: the first PutTargets came after the last DescribeServices of the wait.
    const lastPoll = Math.max(...fx.calls('DescribeServices').map((c) => c.seq));
    expect(fx.calls('PutTargets', 'events')[0]!.seq).toBeGreaterThan(lastPoll);
    expect(result.log).toContain(`scheduled-tasks: nightly-report: moved report to ${revisionArn(2)}; left alone: billing-export (runs family billing)`);
    expect(result.summary).toContain('#### Scheduled tasks');
  });

  it('moves nothing when the service deployment fails', async () => {
    await setUp({ circuitBreaker: { rollback: true } });
    fx.setOutcomes([{ outcome: 'fail-to-start' }]);
    const result = await fx.deploy({ image: image('v2'), 'scheduled-tasks': 'nightly-report\nschedule/default/cleanup' });
    expect(result.outputs).toMatchObject({ result: 'rolled-back', 'scheduled-tasks-moved': '' });
    expect(fx.calls('PutTargets', 'events')).toEqual([]);
    expect(fx.calls('UpdateSchedule', 'scheduler')).toEqual([]);
    expect((await ruleTargets()).find((t) => t.Id === 'report')?.EcsParameters?.TaskDefinitionArn).toBe(revisionArn(1));
    expect(result.log).toContain('scheduled-tasks: not moved, as the services did not all succeed (rolled-back)');
  });

  it('a rule that does not exist fails the step after the others moved, naming it', async () => {
    await setUp();
    const result = await fx.deploy({ image: image('v2'), 'scheduled-tasks': 'nightly-reports\nnightly-report' });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs).toMatchObject({ result: 'failed', 'scheduled-tasks-moved': 'nightly-report/report' });
    expect(theError(result)).toMatch(/the services are deployed, but scheduled-tasks failed: nightly-reports: Could not list the targets of rule nightly-reports: ResourceNotFoundException: Rule nightly-reports does not exist/);
    expect((await fx.service()).taskDefinition).toBe(revisionArn(2));
  });
});
