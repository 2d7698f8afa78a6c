import { DescribeServicesCommand, type ECSClient, type Service } from '@aws-sdk/client-ecs';
import { withStep } from './errors.js';

/** One service as DescribeServices shows it; undefined when ECS does not know it (it answers with a failure, not an error). */
export async function describeOneService(ecs: ECSClient, cluster: string, service: string): Promise<Service | undefined> {
  try {
    const out = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
    return out.services?.[0];
  } catch (error) {
    throw withStep(`Could not describe service ${service} in cluster ${cluster}`, error);
  }
}
