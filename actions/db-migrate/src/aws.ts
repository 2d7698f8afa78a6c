import {
  DescribeTaskDefinitionCommand, DescribeTasksCommand, ECSClient, ExecuteCommandCommand, paginateListTasks, RegisterTaskDefinitionCommand,
  RunTaskCommand, StopTaskCommand, type Failure, type ListTasksCommandInput, type RegisterTaskDefinitionCommandInput,
  type RunTaskCommandInput, type Service, type Tag, type Task, type TaskDefinition,
} from '@aws-sdk/client-ecs';
import { CloudWatchLogsClient, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { awsClientConfig } from '../../common/src/aws.js';
import { describeOneService } from '../../common/src/ecs.js';
import { withStep } from '../../common/src/errors.js';
import type { JsonObject } from '../../common/src/taskdef.js';
import type { LogsApi } from './log-follower.js';

export interface ExecSessionInfo {
  sessionId: string;
  streamUrl: string;
  tokenValue: string;
}

/**
 * What db-migrate asks of ECS, and nothing more: run.ts is tested against fakes of this. A `signal` aborts the call
 * (the SDK's retry waits included): the cancel path gives each call a deadline this way.
 */
export interface EcsApi {
  describeService(cluster: string, service: string): Promise<Service | undefined>;
  describeTaskDefinition(ref: string, signal?: AbortSignal): Promise<DescribedTaskDefinition>;
  /**
   * One attempt, without the SDK's retries: ECS has no idempotency token for RegisterTaskDefinition, so whether a
   * retry is safe is decided by common/register.ts (a check for this run's tag first). Returns the new ARN.
   */
  registerTaskDefinition(definition: JsonObject, signal?: AbortSignal): Promise<string>;
  /** With the SDK's retries: the request carries a clientToken, so a retried call cannot start a second task. */
  runTask(input: RunTaskCommandInput, signal?: AbortSignal): Promise<{ tasks: Task[]; failures: Failure[] }>;
  listTasks(input: Pick<ListTasksCommandInput, 'cluster' | 'family' | 'serviceName' | 'desiredStatus'>, signal?: AbortSignal): Promise<string[]>;
  describeTasks(cluster: string, taskArns: string[], signal?: AbortSignal): Promise<Task[]>;
  /** One attempt, without the SDK's retries: stop.ts retries it on its own, short, schedule within a deadline. */
  stopTask(cluster: string, taskArn: string, reason: string, signal?: AbortSignal): Promise<void>;
  executeCommand(input: { cluster: string; task: string; container: string; command: string }): Promise<ExecSessionInfo>;
}

export interface DescribedTaskDefinition {
  definition: TaskDefinition;
  /** The task definition's own tags, which a revision registered from it keeps. */
  tags: Tag[];
}

export function createEcsApi(region: string): EcsApi {
  const ecs = new ECSClient(awsClientConfig(region, 'db-migrate'));
  // One attempt per call, for the calls whose retries are decided here: a retried registration may add a second
  // revision (see common/register.ts), and StopTask on cancellation must be retried within the runner's 7.5 s,
  // which the SDK's backoff overruns (one attempt also means standard mode: see awsClientConfig).
  const oneAttempt = new ECSClient(awsClientConfig(region, 'db-migrate', 1));
  return {
    describeService: (cluster, service) => describeOneService(ecs, cluster, service),
    async describeTaskDefinition(ref, signal) {
      try {
        const out = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: ref, include: ['TAGS'] }), { abortSignal: signal });
        if (!out.taskDefinition) throw new Error('DescribeTaskDefinition returned no task definition');
        return { definition: out.taskDefinition, tags: out.tags ?? [] };
      } catch (error) {
        throw withStep(`Could not describe task definition ${ref}`, error);
      }
    },
    async registerTaskDefinition(definition, signal) {
      const input = definition as unknown as RegisterTaskDefinitionCommandInput;
      const out = await oneAttempt.send(new RegisterTaskDefinitionCommand(input), { abortSignal: signal });
      const arn = out.taskDefinition?.taskDefinitionArn;
      if (!arn) throw new Error('RegisterTaskDefinition returned no taskDefinitionArn');
      return arn;
    },
    async runTask(input, signal) {
      try {
        const out = await ecs.send(new RunTaskCommand(input), { abortSignal: signal });
        return { tasks: out.tasks ?? [], failures: out.failures ?? [] };
      } catch (error) {
        throw withStep(`Could not run a task of ${input.taskDefinition} in cluster ${input.cluster}`, error);
      }
    },
    async listTasks(input, signal) {
      try {
        const arns: string[] = [];
        for await (const page of paginateListTasks({ client: ecs }, input, { abortSignal: signal })) arns.push(...(page.taskArns ?? []));
        return arns;
      } catch (error) {
        throw withStep(`Could not list tasks in cluster ${input.cluster}`, error);
      }
    },
    async describeTasks(cluster, taskArns, signal) {
      const tasks: Task[] = [];
      for (let at = 0; at < taskArns.length; at += 100) {
        const out = await ecs.send(new DescribeTasksCommand({ cluster, tasks: taskArns.slice(at, at + 100) }), { abortSignal: signal });
        tasks.push(...(out.tasks ?? []));
      }
      return tasks;
    },
    async stopTask(cluster, taskArn, reason, signal) {
      // Not wrapped: stop.ts decides on retries by the error itself, and names the step.
      await oneAttempt.send(new StopTaskCommand({ cluster, task: taskArn, reason }), { abortSignal: signal });
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
    async page(group, stream, token, signal) {
      const input = { logGroupName: group, logStreamName: stream, startFromHead: true, nextToken: token };
      const out = await clientFor(r).send(new GetLogEventsCommand(input), { abortSignal: signal });
      return { events: out.events ?? [], nextForwardToken: out.nextForwardToken };
    },
  });
  return { ...api(region), forRegion: api };
}
