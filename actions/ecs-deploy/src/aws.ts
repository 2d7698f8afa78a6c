import {
  DeregisterTaskDefinitionCommand, DescribeTasksCommand, ECSClient, ListTasksCommand, UpdateServiceCommand, paginateListTaskDefinitions,
} from '@aws-sdk/client-ecs';
import { awsClientConfig } from '../../common/src/aws-client.js';
import { describeOneService, taskDefinitionApi } from '../../common/src/ecs.js';
import type { EcsService, EcsTask, TaskDefinitionApi, UpdateServiceRequest } from '../../common/src/ecs-types.js';
import { withStep } from '../../common/src/errors.js';

/**
 * What ecs-deploy asks of ECS, and nothing more: run.ts is tested against fakes of this. A `signal` aborts the call
 * and the SDK's retries: the calls a cancel may leave running take one.
 */
export interface EcsApi extends TaskDefinitionApi {
  describeService(cluster: string, service: string, signal?: AbortSignal): Promise<EcsService | undefined>;
  updateService(input: UpdateServiceRequest, signal?: AbortSignal): Promise<EcsService>;
  stoppedTasks(cluster: string, service: string, taskDefinitionArn: string, limit: number, signal?: AbortSignal): Promise<EcsTask[]>;
  activeRevisions(family: string): Promise<string[]>;
  deregisterTaskDefinition(arn: string): Promise<void>;
}

export function createEcsApi(region: string): EcsApi {
  const ecs = new ECSClient(awsClientConfig(region, 'ecs-deploy'));
  // Without the SDK's retries, for RegisterTaskDefinition: registerOnce (common/src/register.ts) decides on a retry.
  const oneAttempt = new ECSClient(awsClientConfig(region, 'ecs-deploy', 1));
  return {
    describeService: (cluster, service, signal) => describeOneService(ecs, cluster, service, signal),
    ...taskDefinitionApi(ecs, oneAttempt),
    async updateService(input, signal) {
      try {
        // volumeConfigurations were checked field by field in inputs.ts; the SDK's type is the same shape.
        const out = await ecs.send(new UpdateServiceCommand(input as ConstructorParameters<typeof UpdateServiceCommand>[0]), { abortSignal: signal });
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
