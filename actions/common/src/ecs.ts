import {
  DescribeServicesCommand, DescribeTaskDefinitionCommand, type ECSClient, RegisterTaskDefinitionCommand, type RegisterTaskDefinitionCommandInput,
} from '@aws-sdk/client-ecs';
import type { EcsService, TaskDefinitionApi } from './ecs-types.js';
import { withStep } from './errors.js';
import type { JsonObject } from './taskdef.js';

/**
 * One service as DescribeServices shows it; undefined when ECS does not know it (it answers with a failure, not an
 * error). `signal` aborts the request and the SDK's retries.
 */
export async function describeOneService(ecs: ECSClient, cluster: string, service: string, signal?: AbortSignal): Promise<EcsService | undefined> {
  try {
    const out = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }), { abortSignal: signal });
    return out.services?.[0];
  } catch (error) {
    throw withStep(`Could not describe service ${service} in cluster ${cluster}`, error);
  }
}

/**
 * DescribeTaskDefinition and RegisterTaskDefinition for both actions. `oneAttempt` is a client without the SDK's
 * retries (awsClientConfig(…, 1)): a retried registration after a lost response would add a second revision, so
 * registerOnce (register.ts) decides on retries itself.
 */
export function taskDefinitionApi(ecs: ECSClient, oneAttempt: ECSClient): TaskDefinitionApi {
  return {
    async describeTaskDefinition(ref, signal) {
      try {
        const out = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: ref, include: ['TAGS'] }), { abortSignal: signal });
        if (!out.taskDefinition) throw new Error('DescribeTaskDefinition returned no task definition');
        // JSON but for the describe-only dates (registeredAt, …), which toRegisterable drops before any comparison.
        const definition = out.taskDefinition as unknown as JsonObject;
        return { definition, arn: out.taskDefinition.taskDefinitionArn ?? ref, tags: out.tags ?? [] };
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
  };
}
