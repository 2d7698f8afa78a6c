/**
 * Where the awslogs driver writes a container's output in a task, for both actions: ecs-deploy reads a failed task's
 * last lines, db-migrate follows the migration's. Pure; no SDK (the Logs client is loaded apart, see logs.ts).
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html
 */
import type { EcsContainerDefinition } from './ecs-types.js';

export interface AwslogsTarget {
  group: string;
  /**
   * The region the stream is in: `awslogs-region` when set (a task may log to another region than its cluster's),
   * else the cluster's.
   */
  region: string;
  /** `prefix/container/` — the task id completes the stream name. */
  streamPrefix: string;
}

/** A container's awslogs target, or why its stream cannot be known. */
export function awslogsTarget(container: EcsContainerDefinition, clusterRegion: string): AwslogsTarget | { note: string } {
  const config = container.logConfiguration;
  if (config?.logDriver !== 'awslogs') {
    return { note: `container ${container.name} does not log with the awslogs driver (${config?.logDriver ?? 'no logConfiguration'})` };
  }
  const options = config.options ?? {};
  const group = options['awslogs-group'];
  const prefix = options['awslogs-stream-prefix'];
  // Without a prefix the stream is named after the container's Docker id, which ECS does not report.
  if (!group || !prefix) {
    return { note: `container ${container.name}'s awslogs options lack ${group ? 'awslogs-stream-prefix' : 'awslogs-group'}, so its stream name cannot be known` };
  }
  return { group, region: options['awslogs-region'] || clusterRegion, streamPrefix: `${prefix}/${container.name}/` };
}

/** The stream of one task's container: `prefix/container/taskId`. */
export const awslogsStream = (target: AwslogsTarget, taskId: string): string => `${target.streamPrefix}${taskId}`;
