import {
  DeregisterTaskDefinitionCommand, DescribeTaskDefinitionCommand, DescribeTasksCommand, ECSClient,
  ListTasksCommand, RegisterTaskDefinitionCommand, UpdateServiceCommand, paginateListTaskDefinitions,
  type RegisterTaskDefinitionCommandInput, type Service, type Tag, type Task, type UpdateServiceCommandInput,
} from '@aws-sdk/client-ecs';
import { awsClientConfig } from '../../common/src/aws.js';
import { describeOneService } from '../../common/src/ecs.js';
import { withStep } from '../../common/src/errors.js';
import type { JsonObject } from './render.js';

/**
 * What ecs-deploy asks of ECS, and nothing more: run.ts is tested against fakes of this. A `signal` aborts the call
 * and the SDK's retries: the calls a cancel may leave running take one.
 */
export interface EcsApi {
  describeService(cluster: string, service: string, signal?: AbortSignal): Promise<Service | undefined>;
  describeTaskDefinition(ref: string): Promise<{ definition: JsonObject; arn: string; tags: Tag[] }>;
  /** One attempt, no SDK retry: run.ts decides whether a retry is safe (a lost response may have registered). */
  registerTaskDefinition(definition: JsonObject): Promise<string>;
  updateService(input: UpdateServiceCommandInput, signal?: AbortSignal): Promise<Service>;
  stoppedTasks(cluster: string, service: string, taskDefinitionArn: string, limit: number, signal?: AbortSignal): Promise<Task[]>;
  activeRevisions(family: string): Promise<string[]>;
  deregisterTaskDefinition(arn: string): Promise<void>;
}

export interface LogsApi {
  /** The last `limit` lines of a stream, oldest first. */
  tail(group: string, stream: string, limit: number, signal?: AbortSignal): Promise<string[]>;
}

export function createEcsApi(region: string): EcsApi {
  const ecs = new ECSClient(awsClientConfig(region, 'ecs-deploy'));
  const registerOnce = new ECSClient(awsClientConfig(region, 'ecs-deploy', 1));
  return {
    describeService: (cluster, service, signal) => describeOneService(ecs, cluster, service, signal),
    async describeTaskDefinition(ref) {
      try {
        const out = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: ref, include: ['TAGS'] }));
        const definition = out.taskDefinition as unknown as JsonObject;
        return { definition, arn: out.taskDefinition?.taskDefinitionArn ?? ref, tags: out.tags ?? [] };
      } catch (error) {
        throw withStep(`Could not describe task definition ${ref}`, error);
      }
    },
    async registerTaskDefinition(definition) {
      const out = await registerOnce.send(new RegisterTaskDefinitionCommand(definition as unknown as RegisterTaskDefinitionCommandInput));
      const arn = out.taskDefinition?.taskDefinitionArn;
      if (!arn) throw new Error('RegisterTaskDefinition returned no taskDefinitionArn');
      return arn;
    },
    async updateService(input, signal) {
      try {
        const out = await ecs.send(new UpdateServiceCommand(input), { abortSignal: signal });
        if (!out.service) throw new Error('UpdateService returned no service');
        return out.service;
      } catch (error) {
        throw withStep(`Could not update service ${input.service}`, error);
      }
    },
    async stoppedTasks(cluster, service, taskDefinitionArn, limit, signal) {
      const listed = await ecs.send(new ListTasksCommand({ cluster, serviceName: service, desiredStatus: 'STOPPED', maxResults: 100 }), { abortSignal: signal });
      const arns = listed.taskArns ?? [];
      if (arns.length === 0) return [];
      const described = await ecs.send(new DescribeTasksCommand({ cluster, tasks: arns.slice(0, 100) }), { abortSignal: signal });
      return (described.tasks ?? [])
        .filter((t) => t.taskDefinitionArn === taskDefinitionArn)
        .sort((a, b) => (b.stoppedAt?.getTime() ?? 0) - (a.stoppedAt?.getTime() ?? 0))
        .slice(0, limit);
    },
    async activeRevisions(family) {
      const arns: string[] = [];
      for await (const page of paginateListTaskDefinitions({ client: ecs }, { familyPrefix: family, status: 'ACTIVE', sort: 'DESC' })) {
        arns.push(...(page.taskDefinitionArns ?? []).filter((arn) => arn.split('/').pop()?.replace(/:\d+$/, '') === family));
      }
      return arns;
    },
    async deregisterTaskDefinition(arn) {
      await ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: arn }));
    },
  };
}

export function createLogsApi(region: string): LogsApi {
  // Only a failed rollout's diagnosis reads logs: CloudWatch Logs' client (~0.3 MB) loads then, not at every start.
  const connect = async () => {
    const { CloudWatchLogsClient, GetLogEventsCommand } = await import('@aws-sdk/client-cloudwatch-logs');
    return { logs: new CloudWatchLogsClient(awsClientConfig(region, 'ecs-deploy')), GetLogEventsCommand };
  };
  let client: ReturnType<typeof connect> | undefined;
  return {
    async tail(group, stream, limit, signal) {
      const { logs, GetLogEventsCommand } = await (client ??= connect());
      const out = await logs.send(new GetLogEventsCommand({ logGroupName: group, logStreamName: stream, startFromHead: false, limit }), { abortSignal: signal });
      return (out.events ?? []).map((e) => e.message ?? '');
    },
  };
}
