import {
  DescribeTasksCommand, ECSClient, ExecuteCommandCommand, paginateListTasks, RunTaskCommand, type RunTaskCommandInput, StopTaskCommand,
} from '@aws-sdk/client-ecs';
import { awsClientConfig } from '../../common/src/aws-client.js';
import { describeOneService, taskDefinitionApi } from '../../common/src/ecs.js';
import type { EcsService, EcsTask, ListTasksRequest, RunTaskRequest, TaskDefinitionApi } from '../../common/src/ecs-types.js';
import { withStep } from '../../common/src/errors.js';

export interface ExecSessionInfo {
  sessionId: string;
  streamUrl: string;
  tokenValue: string;
}

/**
 * What db-migrate asks of ECS, and nothing more: run.ts is tested against fakes of this. A `signal` aborts the call
 * (the SDK's retry waits included): the cancel path gives each call a deadline this way.
 */
export interface EcsApi extends TaskDefinitionApi {
  describeService(cluster: string, service: string): Promise<EcsService | undefined>;
  /** With the SDK's retries: the request carries a clientToken, so a retried call cannot start a second task. */
  runTask(input: RunTaskRequest, signal?: AbortSignal): Promise<{ tasks: EcsTask[]; failures: RunTaskFailure[] }>;
  listTasks(input: ListTasksRequest, signal?: AbortSignal): Promise<string[]>;
  describeTasks(cluster: string, taskArns: string[], signal?: AbortSignal): Promise<EcsTask[]>;
  /** One attempt, without the SDK's retries: stop.ts retries it on its own, short, schedule within a deadline. */
  stopTask(cluster: string, taskArn: string, reason: string, signal?: AbortSignal): Promise<void>;
  executeCommand(input: { cluster: string; task: string; container: string; command: string }): Promise<ExecSessionInfo>;
}

/** A task RunTask could not start, and why (RESOURCE:MEMORY, a missing capacity provider, …). */
export interface RunTaskFailure {
  arn?: string;
  reason?: string;
  detail?: string;
}

export function createEcsApi(region: string): EcsApi {
  const ecs = new ECSClient(awsClientConfig(region, 'db-migrate'));
  // One attempt per call, for the calls whose retries are decided here: a retried registration may add a second
  // revision (see common/register.ts), and StopTask on cancellation must be retried within the runner's 7.5 s,
  // which the SDK's backoff overruns (one attempt also means standard mode: see awsClientConfig).
  const oneAttempt = new ECSClient(awsClientConfig(region, 'db-migrate', 1));
  return {
    describeService: (cluster, service) => describeOneService(ecs, cluster, service),
    ...taskDefinitionApi(ecs, oneAttempt),
    async runTask(input, signal) {
      try {
        // Our request's fields are RunTask's; the SDK's enum types are wider unions of the same strings.
        const out = await ecs.send(new RunTaskCommand(input as RunTaskCommandInput), { abortSignal: signal });
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
      const tasks: EcsTask[] = [];
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
