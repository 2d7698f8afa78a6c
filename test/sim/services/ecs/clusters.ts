import { SimError, invalidParameter } from '../../core/errors.js';
import type { RequestContext } from '../../core/service-module.js';
import { ecsArn, nameFromNameOrArn, type ClusterRecord, type EcsState, type Json, type Tag } from './model.js';
import { paginate } from './task-definitions.js';

export function createCluster(state: EcsState, input: Json, ctx: RequestContext): Json {
  const name = typeof input.clusterName === 'string' && input.clusterName !== '' ? input.clusterName : 'default';
  if (!/^[a-zA-Z0-9_-]{1,255}$/.test(name)) {
    throw invalidParameter('Cluster name can only contain letters, numbers, underscores and hyphens.');
  }
  let cluster = state.clusters.get(name);
  if (!cluster) {
    // Creating an existing cluster is idempotent in ECS: the existing one comes back.
    cluster = {
      name, arn: ecsArn(state, `cluster/${name}`), status: 'ACTIVE', createdAt: ctx.now,
      tags: Array.isArray(input.tags) ? (input.tags as Tag[]) : [],
    };
    state.clusters.set(name, cluster);
  }
  return { cluster: clusterView(state, cluster) };
}

export function describeClusters(state: EcsState, input: Json): Json {
  const refs = Array.isArray(input.clusters) && input.clusters.length > 0 ? (input.clusters as string[]) : ['default'];
  const clusters: Json[] = [];
  const failures: Json[] = [];
  for (const ref of refs) {
    const cluster = state.clusters.get(nameFromNameOrArn(ref));
    if (cluster) clusters.push(clusterView(state, cluster));
    else failures.push({ arn: ref.startsWith('arn:') ? ref : ecsArn(state, `cluster/${ref}`), reason: 'MISSING' });
  }
  return { clusters, failures };
}

export function listClusters(state: EcsState, input: Json): Json {
  return paginate([...state.clusters.values()].map((c) => c.arn), input, 'clusterArns', 100);
}

/** The cluster a call names (name or ARN; omitted means `default`), or ClusterNotFoundException. */
export function requireCluster(state: EcsState, ref: unknown): ClusterRecord {
  const name = typeof ref === 'string' && ref !== '' ? nameFromNameOrArn(ref) : 'default';
  const cluster = state.clusters.get(name);
  if (!cluster) throw new SimError('ClusterNotFoundException', 'Cluster not found.');
  return cluster;
}

function clusterView(state: EcsState, cluster: ClusterRecord): Json {
  const tasks = [...state.tasks.values()].filter((t) => t.clusterName === cluster.name && t.lastStatus !== 'STOPPED');
  const services = [...state.services.values()].filter((s) => s.clusterName === cluster.name && s.status === 'ACTIVE');
  return {
    clusterArn: cluster.arn,
    clusterName: cluster.name,
    status: cluster.status,
    registeredContainerInstancesCount: 0,
    runningTasksCount: tasks.filter((t) => t.lastStatus === 'RUNNING').length,
    pendingTasksCount: tasks.filter((t) => t.lastStatus !== 'RUNNING').length,
    activeServicesCount: services.length,
    statistics: [],
    tags: cluster.tags,
    settings: [{ name: 'containerInsights', value: 'disabled' }],
    capacityProviders: [],
    defaultCapacityProviderStrategy: [],
  };
}
