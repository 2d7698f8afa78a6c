import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  DeleteRuleCommand, DescribeRuleCommand, EventBridgeClient, ListTargetsByRuleCommand, PutRuleCommand, PutTargetsCommand, RemoveTargetsCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-eventbridge';
import {
  ConflictException, CreateScheduleCommand, CreateScheduleGroupCommand, GetScheduleCommand, ResourceNotFoundException as ScheduleNotFound,
  SchedulerClient, UpdateScheduleCommand, type CreateScheduleCommandInput,
} from '@aws-sdk/client-scheduler';
import { withSimulator } from './sdk-env.js';

const aws = withSimulator({ clients: { events: () => new EventBridgeClient({}), scheduler: () => new SchedulerClient({}) } });
const CLUSTER = 'arn:aws:ecs:us-east-1:123456789012:cluster/jobs';
const ROLE = 'arn:aws:iam::123456789012:role/events-ecs';
const td = (n: number): string => `arn:aws:ecs:us-east-1:123456789012:task-definition/report:${n}`;

beforeEach(() => aws.sim.control.reset());

describe('EventBridge rules with ECS targets', () => {
  it('stores a scheduled rule, its ECS target, an update of the target and its removal', async () => {
    const put = await aws.events.send(new PutRuleCommand({ Name: 'nightly-report', ScheduleExpression: 'cron(0 3 * * ? *)', State: 'ENABLED' }));
    expect(put.RuleArn).toBe('arn:aws:events:us-east-1:123456789012:rule/nightly-report');
    const rule = await aws.events.send(new DescribeRuleCommand({ Name: 'nightly-report' }));
    expect(rule).toMatchObject({ Name: 'nightly-report', ScheduleExpression: 'cron(0 3 * * ? *)', State: 'ENABLED', EventBusName: 'default' });
    const target = {
      Id: 'report', Arn: CLUSTER, RoleArn: ROLE,
      EcsParameters: {
        TaskDefinitionArn: td(1), TaskCount: 1, LaunchType: 'FARGATE' as const,
        NetworkConfiguration: { awsvpcConfiguration: { Subnets: ['subnet-1'], AssignPublicIp: 'DISABLED' as const } },
      },
    };
    expect(await aws.events.send(new PutTargetsCommand({ Rule: 'nightly-report', Targets: [target] }))).toMatchObject({ FailedEntryCount: 0 });
    await aws.events.send(new PutTargetsCommand({ Rule: 'nightly-report', Targets: [{ ...target, EcsParameters: { ...target.EcsParameters, TaskDefinitionArn: td(2) } }] }));
    const listed = await aws.events.send(new ListTargetsByRuleCommand({ Rule: 'nightly-report' }));
    expect(listed.Targets).toHaveLength(1);
    expect(listed.Targets![0]!.EcsParameters).toMatchObject({ TaskDefinitionArn: td(2), NetworkConfiguration: { awsvpcConfiguration: { Subnets: ['subnet-1'] } } });
    await expect(aws.events.send(new DeleteRuleCommand({ Name: 'nightly-report' }))).rejects.toThrow("Rule can't be deleted since it has targets.");
    await aws.events.send(new RemoveTargetsCommand({ Rule: 'nightly-report', Ids: ['report'] }));
    expect((await aws.events.send(new ListTargetsByRuleCommand({ Rule: 'nightly-report' }))).Targets).toEqual([]);
  });

  it('reports bad targets in FailedEntries and unknown rules as ResourceNotFoundException', async () => {
    await aws.events.send(new PutRuleCommand({ Name: 'r', ScheduleExpression: 'rate(5 minutes)' }));
    const out = await aws.events.send(new PutTargetsCommand({ Rule: 'r', Targets: [{ Id: 'x', Arn: CLUSTER, EcsParameters: { TaskDefinitionArn: td(1) } }] }));
    expect(out.FailedEntryCount).toBe(1);
    expect(out.FailedEntries![0]).toMatchObject({ TargetId: 'x', ErrorCode: 'ValidationException' });
    await expect(aws.events.send(new DescribeRuleCommand({ Name: 'ghost' }))).rejects.toThrow(ResourceNotFoundException);
    await expect(aws.events.send(new PutRuleCommand({ Name: 'bad', ScheduleExpression: 'every 5 minutes' }))).rejects.toMatchObject({ name: 'ValidationException', message: 'Parameter ScheduleExpression is not valid.' });
  });
});

describe('EventBridge Scheduler', () => {
  const schedule = (taskDefinitionArn: string, group?: string): CreateScheduleCommandInput => ({
    Name: 'hourly-sync', GroupName: group, ScheduleExpression: 'rate(1 hour)', FlexibleTimeWindow: { Mode: 'OFF' },
    Target: { Arn: CLUSTER, RoleArn: ROLE, EcsParameters: { TaskDefinitionArn: taskDefinitionArn, TaskCount: 1, LaunchType: 'FARGATE' } },
  });

  it('creates, reads and replaces a schedule in the default group and in a created group', async () => {
    const created = await aws.scheduler.send(new CreateScheduleCommand(schedule(td(1))));
    expect(created.ScheduleArn).toBe('arn:aws:scheduler:us-east-1:123456789012:schedule/default/hourly-sync');
    await expect(aws.scheduler.send(new CreateScheduleCommand(schedule(td(1))))).rejects.toThrow(ConflictException);
    await aws.scheduler.send(new UpdateScheduleCommand(schedule(td(2))));
    const got = await aws.scheduler.send(new GetScheduleCommand({ Name: 'hourly-sync' }));
    expect(got).toMatchObject({ GroupName: 'default', State: 'ENABLED', Target: { EcsParameters: { TaskDefinitionArn: td(2) } } });
    expect(got.CreationDate).toBeInstanceOf(Date);

    await expect(aws.scheduler.send(new CreateScheduleCommand(schedule(td(1), 'jobs')))).rejects.toThrow(ScheduleNotFound);
    await aws.scheduler.send(new CreateScheduleGroupCommand({ Name: 'jobs' }));
    await aws.scheduler.send(new CreateScheduleCommand(schedule(td(3), 'jobs')));
    const inGroup = await aws.scheduler.send(new GetScheduleCommand({ Name: 'hourly-sync', GroupName: 'jobs' }));
    expect(inGroup.Target?.EcsParameters?.TaskDefinitionArn).toBe(td(3));
    await expect(aws.scheduler.send(new GetScheduleCommand({ Name: 'ghost' }))).rejects.toThrow(ScheduleNotFound);
  });
});
