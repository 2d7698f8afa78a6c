import {
  DescribeTaskDefinitionCommand, DescribeTasksCommand, ECSClient, ExecuteCommandCommand, paginateListTasks, RegisterTaskDefinitionCommand,
  RunTaskCommand, StopTaskCommand, type Failure, type ListTasksCommandInput, type RegisterTaskDefinitionCommandInput,
  type RunTaskCommandInput, type Service, type Tag, type Task, type TaskDefinition,
} from '@aws-sdk/client-ecs';
import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { awsClientConfig, THROTTLING_ERROR_NAMES } from '../../common/src/aws.js';
import { retry } from '../../common/src/backoff.js';
import { type Clock, systemClock } from '../../common/src/clock.js';
import { describeOneService } from '../../common/src/ecs.js';
import { withStep } from '../../common/src/errors.js';
import type { JsonObject } from '../../common/src/taskdef.js';
import type { LogsApi } from './log-follower.js';

export interface ExecSessionInfo {
  sessionId: string;
  streamUrl: string;
  tokenValue: string;
}

/** What db-migrate asks of ECS, and nothing more: run.ts is tested against fakes of this. */
export interface EcsApi {
  describeService(cluster: string, service: string): Promise<Service | undefined>;
  describeTaskDefinition(ref: string): Promise<DescribedTaskDefinition>;
  /**
   * One revision, registered at most once: ECS has no idempotency token for RegisterTaskDefinition, so only a
   * throttled call (which ECS refused, so it did nothing) is tried again; any other failure is thrown as is (the
   * caller names the step). Returns the new revision's ARN.
   */
  registerTaskDefinition(definition: JsonObject): Promise<string>;
  /** With the SDK's retries: the request carries a clientToken, so a retried call cannot start a second task. */
  runTask(input: RunTaskCommandInput): Promise<{ tasks: Task[]; failures: Failure[] }>;
  listTasks(input: Pick<ListTasksCommandInput, 'cluster' | 'family' | 'serviceName' | 'desiredStatus'>): Promise<string[]>;
  describeTasks(cluster: string, taskArns: string[]): Promise<Task[]>;
  stopTask(cluster: string, taskArn: string, reason: string): Promise<void>;
  executeCommand(input: { cluster: string; task: string; container: string; command: string }): Promise<ExecSessionInfo>;
}

export interface DescribedTaskDefinition {
  definition: TaskDefinition;
  /** The task definition's own tags, which a revision registered from it keeps. */
  tags: Tag[];
}

const isThrottling = (error: unknown): boolean => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return THROTTLING_ERROR_NAMES.includes(e.name ?? '') || e.$metadata?.httpStatusCode === 429;
};

export function createEcsApi(region: string, clock: Clock = systemClock): EcsApi {
  const ecs = new ECSClient(awsClientConfig(region, 'db-migrate'));
  // The SDK would also retry a reset connection or a 5xx, after which the revision may exist already: a second one
  // would be registered. Those fail the step instead; see registerTaskDefinition below.
  const registerClient = new ECSClient(awsClientConfig(region, 'db-migrate', 1));
  return {
    describeService: (cluster, service) => describeOneService(ecs, cluster, service),
    async describeTaskDefinition(ref) {
      try {
        const out = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: ref, include: ['TAGS'] }));
        if (!out.taskDefinition) throw new Error('DescribeTaskDefinition returned no task definition');
        return { definition: out.taskDefinition, tags: out.tags ?? [] };
      } catch (error) {
        throw withStep(`Could not describe task definition ${ref}`, error);
      }
    },
    async registerTaskDefinition(definition) {
      const out = await retry(() => registerClient.send(new RegisterTaskDefinitionCommand(definition as unknown as RegisterTaskDefinitionCommandInput)), {
        policy: { initialMs: 1000, maxMs: 8000, factor: 2 }, clock, retryable: isThrottling, attempts: 5,
      });
      const arn = out.taskDefinition?.taskDefinitionArn;
      if (!arn) throw new Error('RegisterTaskDefinition returned no taskDefinitionArn');
      return arn;
    },
    async runTask(input) {
      try {
        const out = await ecs.send(new RunTaskCommand(input));
        return { tasks: out.tasks ?? [], failures: out.failures ?? [] };
      } catch (error) {
        throw withStep(`Could not run a task of ${input.taskDefinition} in cluster ${input.cluster}`, error);
      }
    },
    async listTasks(input) {
      try {
        const arns: string[] = [];
        for await (const page of paginateListTasks({ client: ecs }, input)) arns.push(...(page.taskArns ?? []));
        return arns;
      } catch (error) {
        throw withStep(`Could not list tasks in cluster ${input.cluster}`, error);
      }
    },
    async describeTasks(cluster, taskArns) {
      const tasks: Task[] = [];
      for (let at = 0; at < taskArns.length; at += 100) {
        const out = await ecs.send(new DescribeTasksCommand({ cluster, tasks: taskArns.slice(at, at + 100) }));
        tasks.push(...(out.tasks ?? []));
      }
      return tasks;
    },
    async stopTask(cluster, taskArn, reason) {
      try {
        await ecs.send(new StopTaskCommand({ cluster, task: taskArn, reason }));
      } catch (error) {
        throw withStep(`Could not stop task ${taskArn}`, error);
      }
    },
    async executeCommand({ cluster, task, container, command }) {
      try {
        const out = await ecs.send(new ExecuteCommandCommand({ cluster, task, container, command, interactive: true }));
        const session = out.session;
        if (!session?.streamUrl || !session.tokenValue) throw new Error('ExecuteCommand returned no session');
        return { sessionId: session.sessionId ?? '', streamUrl: session.streamUrl, tokenValue: session.tokenValue };
      } catch (error) {
        throw withStep(`Could not execute a command in task ${task} (container ${container})`, error);
      }
    },
  };
}

/** GetLogEvents in the stream's own region (awslogs-region may differ from the cluster's). */
export function createLogsApi(region: string): LogsApi & { forRegion(region: string): LogsApi } {
  const clients = new Map<string, CloudWatchLogsClient>();
  const clientFor = (r: string) => {
    let client = clients.get(r);
    if (!client) clients.set(r, (client = new CloudWatchLogsClient(awsClientConfig(r, 'db-migrate'))));
    return client;
  };
  const api = (r: string): LogsApi => ({
    async page(group, stream, token) {
      const out = await clientFor(r).send(new GetLogEventsCommand({ logGroupName: group, logStreamName: stream, startFromHead: true, nextToken: token }));
      return { events: out.events ?? [], nextForwardToken: out.nextForwardToken };
    },
  });
  return { ...api(region), forRegion: api };
}
