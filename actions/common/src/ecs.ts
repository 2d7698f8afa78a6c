import { DescribeServicesCommand, type ECSClient, type Service } from '@aws-sdk/client-ecs';
import { withStep } from './errors.js';

/**
 * One service as DescribeServices shows it; undefined when ECS does not know it (it answers with a failure, not an
 * error). `signal` aborts the request and the SDK's retries.
 */
export async function describeOneService(ecs: ECSClient, cluster: string, service: string, signal?: AbortSignal): Promise<Service | undefined> {
  try {
    const out = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }), { abortSignal: signal });
    return out.services?.[0];
  } catch (error) {
    throw withStep(`Could not describe service ${service} in cluster ${cluster}`, error);
  }
}
