import { invalidParameter } from '../../core/errors.js';
import type { DeploymentConfiguration, DeploymentLifecycleHookConfig, TaskDefinitionRecord } from './model.js';

/**
 * Checks of CreateService/UpdateService parameters that the official deploy action passes through, after the ECS API
 * reference (DeploymentConfiguration, DeploymentLifecycleHook, LinearConfiguration, CanaryConfiguration,
 * ServiceManagedEBSVolumeConfiguration). Messages marked "not confirmed" have no public example to copy.
 */
const STRATEGIES = ['ROLLING', 'BLUE_GREEN', 'LINEAR', 'CANARY'];
const HOOK_STAGES = [
  'RECONCILE_SERVICE', 'PRE_SCALE_UP', 'POST_SCALE_UP', 'TEST_TRAFFIC_SHIFT', 'POST_TEST_TRAFFIC_SHIFT',
  'PRE_PRODUCTION_TRAFFIC_SHIFT', 'PRODUCTION_TRAFFIC_SHIFT', 'POST_PRODUCTION_TRAFFIC_SHIFT',
];
const PROPAGATE_TAGS = ['TASK_DEFINITION', 'SERVICE', 'NONE'];

export function mergeDeploymentConfiguration(current: DeploymentConfiguration | undefined, input: unknown): DeploymentConfiguration {
  const given = (input ?? {}) as Partial<DeploymentConfiguration>;
  const merged: DeploymentConfiguration = {
    deploymentCircuitBreaker: given.deploymentCircuitBreaker ?? current?.deploymentCircuitBreaker ?? { enable: false, rollback: false },
    maximumPercent: given.maximumPercent ?? current?.maximumPercent ?? 200,
    minimumHealthyPercent: given.minimumHealthyPercent ?? current?.minimumHealthyPercent ?? 100,
  };
  for (const key of ['alarms', 'strategy', 'bakeTimeInMinutes', 'lifecycleHooks', 'linearConfiguration', 'canaryConfiguration'] as const) {
    const value = given[key] ?? current?.[key];
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  checkDeploymentConfiguration(merged);
  return merged;
}

function checkDeploymentConfiguration(config: DeploymentConfiguration): void {
  const strategy = config.strategy ?? 'ROLLING';
  if (!STRATEGIES.includes(strategy)) {
    throw invalidParameter(`Invalid deployment strategy: ${strategy}. Valid values: ${STRATEGIES.join(', ')}.`); // not confirmed
  }
  minutesInRange('bakeTimeInMinutes', config.bakeTimeInMinutes);
  for (const [i, hook] of (config.lifecycleHooks ?? []).entries()) checkHook(hook, i);
  const linear = config.linearConfiguration;
  if (linear) {
    if (linear.stepPercent !== undefined && !(linear.stepPercent >= 3 && linear.stepPercent <= 100)) {
      throw invalidParameter('linearConfiguration.stepPercent must be between 3.0 and 100.0.'); // not confirmed
    }
    minutesInRange('linearConfiguration.stepBakeTimeInMinutes', linear.stepBakeTimeInMinutes);
  }
  const canary = config.canaryConfiguration;
  if (canary) {
    if (canary.canaryPercent !== undefined && !(canary.canaryPercent >= 0.1 && canary.canaryPercent <= 100)) {
      throw invalidParameter('canaryConfiguration.canaryPercent must be between 0.1 and 100.0.'); // not confirmed
    }
    minutesInRange('canaryConfiguration.canaryBakeTimeInMinutes', canary.canaryBakeTimeInMinutes);
  }
  if (linear && strategy !== 'LINEAR') throw invalidParameter('linearConfiguration can only be specified with the LINEAR deployment strategy.'); // not confirmed
  if (canary && strategy !== 'CANARY') throw invalidParameter('canaryConfiguration can only be specified with the CANARY deployment strategy.'); // not confirmed
}

function checkHook(hook: DeploymentLifecycleHookConfig, i: number): void {
  const type = hook.targetType ?? 'AWS_LAMBDA';
  if (type !== 'AWS_LAMBDA' && type !== 'PAUSE') throw invalidParameter(`lifecycleHooks[${i}].targetType must be AWS_LAMBDA or PAUSE.`);
  if (type === 'AWS_LAMBDA' && (typeof hook.hookTargetArn !== 'string' || !hook.hookTargetArn.startsWith('arn:'))) {
    throw invalidParameter(`lifecycleHooks[${i}].hookTargetArn must be the ARN of a Lambda function.`); // not confirmed
  }
  if (type === 'AWS_LAMBDA' && typeof hook.roleArn !== 'string') throw invalidParameter(`lifecycleHooks[${i}].roleArn is required.`); // not confirmed
  if (!Array.isArray(hook.lifecycleStages) || hook.lifecycleStages.length === 0) {
    throw invalidParameter(`lifecycleHooks[${i}].lifecycleStages cannot be empty.`); // not confirmed
  }
  for (const stage of hook.lifecycleStages) {
    if (!HOOK_STAGES.includes(stage)) throw invalidParameter(`Invalid lifecycle stage: ${stage}. Valid values: ${HOOK_STAGES.join(', ')}.`); // not confirmed
  }
}

function minutesInRange(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 0 && value <= 1440)) {
    throw invalidParameter(`${name} must be an integer between 0 and 1440.`); // not confirmed
  }
}

export function checkPropagateTags(value: unknown): string {
  if (typeof value !== 'string' || !PROPAGATE_TAGS.includes(value)) {
    throw invalidParameter(`Invalid value for propagateTags: ${String(value)}. Valid values: ${PROPAGATE_TAGS.join(', ')}.`); // not confirmed
  }
  return value;
}

/**
 * Load balancers as given; advancedConfiguration (native blue/green: alternate target group, production and test
 * listener rules, role) must name the alternate target group, the production listener rule and the role.
 */
export function checkLoadBalancers(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [];
  for (const [i, lb] of (value as Array<{ advancedConfiguration?: Record<string, unknown> }>).entries()) {
    const advanced = lb.advancedConfiguration;
    if (!advanced) continue;
    for (const key of ['alternateTargetGroupArn', 'productionListenerRule', 'roleArn']) {
      if (typeof advanced[key] !== 'string') throw invalidParameter(`loadBalancers[${i}].advancedConfiguration.${key} is required.`); // not confirmed
    }
  }
  return value;
}

interface EbsConfig {
  roleArn?: unknown; sizeInGiB?: unknown; snapshotId?: unknown; volumeType?: unknown; iops?: unknown; throughput?: unknown;
  filesystemType?: unknown; volumeInitializationRate?: unknown;
}

/** [min, max] GiB per EBS volume type (EBS volume types, as ServiceManagedEBSVolumeConfiguration.sizeInGiB lists them). */
const SIZE_LIMITS: Record<string, [number, number]> = {
  gp2: [1, 16_384], gp3: [1, 16_384], io1: [4, 16_384], io2: [4, 65_536], st1: [125, 16_384], sc1: [125, 16_384], standard: [1, 1_024],
};
const IOPS_LIMITS: Record<string, [number, number]> = { gp3: [3_000, 16_000], io1: [100, 64_000], io2: [100, 256_000] };

/**
 * Service `volumeConfigurations`: each names a task-definition volume with `configuredAtLaunch: true`, carries a
 * managedEBSVolume with the infrastructure roleArn, and a size (or a snapshot) within its volume type's limits.
 */
export function checkVolumeConfigurations(value: unknown, td: TaskDefinitionRecord): unknown[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw invalidParameter('volumeConfigurations must be a list.');
  const launchVolumes = ((td.body.volumes ?? []) as Array<{ name?: string; configuredAtLaunch?: boolean }>)
    .filter((v) => v.configuredAtLaunch === true).map((v) => v.name);
  for (const raw of value as Array<{ name?: unknown; managedEBSVolume?: EbsConfig }>) {
    const name = typeof raw.name === 'string' ? raw.name : '';
    if (!launchVolumes.includes(name)) {
      // not confirmed
      throw invalidParameter(`The volume name '${name}' in the volume configuration does not match a volume in the task definition that is configured at launch.`);
    }
    const ebs = raw.managedEBSVolume;
    if (!ebs) throw invalidParameter(`The volume configuration for '${name}' must have a managedEBSVolume.`); // not confirmed
    if (typeof ebs.roleArn !== 'string' || ebs.roleArn === '') {
      throw invalidParameter(`The managedEBSVolume of volume '${name}' must specify a roleArn.`); // not confirmed
    }
    checkEbs(name, ebs);
  }
  return value;
}

function checkEbs(name: string, ebs: EbsConfig): void {
  const type = ebs.volumeType === undefined ? 'gp3' : String(ebs.volumeType);
  const size = SIZE_LIMITS[type];
  if (!size) throw invalidParameter(`Invalid volumeType '${type}' for volume '${name}'. Valid values: ${Object.keys(SIZE_LIMITS).join(', ')}.`); // not confirmed
  if (ebs.sizeInGiB === undefined && ebs.snapshotId === undefined) {
    throw invalidParameter(`The managedEBSVolume of volume '${name}' must specify sizeInGiB when no snapshotId is given.`); // not confirmed
  }
  if (ebs.sizeInGiB !== undefined && !(Number.isInteger(ebs.sizeInGiB) && (ebs.sizeInGiB as number) >= size[0] && (ebs.sizeInGiB as number) <= size[1])) {
    throw invalidParameter(`sizeInGiB for a ${type} volume must be between ${size[0]} and ${size[1]}.`); // not confirmed
  }
  if (ebs.snapshotId !== undefined && !(typeof ebs.snapshotId === 'string' && /^snap-[0-9a-f]{8,17}$/.test(ebs.snapshotId))) {
    throw invalidParameter(`Invalid snapshotId '${String(ebs.snapshotId)}' for volume '${name}'.`); // not confirmed
  }
  const iopsRange = IOPS_LIMITS[type];
  if (ebs.iops !== undefined && !iopsRange) throw invalidParameter(`iops is not supported for ${type} volumes.`); // not confirmed
  if ((type === 'io1' || type === 'io2') && ebs.iops === undefined) throw invalidParameter(`iops is required for ${type} volumes.`); // not confirmed
  if (ebs.iops !== undefined && iopsRange && !(Number(ebs.iops) >= iopsRange[0] && Number(ebs.iops) <= iopsRange[1])) {
    throw invalidParameter(`iops for a ${type} volume must be between ${iopsRange[0]} and ${iopsRange[1]}.`); // not confirmed
  }
  if (ebs.throughput !== undefined && type !== 'gp3') throw invalidParameter(`throughput is only supported for gp3 volumes.`); // not confirmed
  if (ebs.throughput !== undefined && !(Number(ebs.throughput) >= 125 && Number(ebs.throughput) <= 1_000)) {
    throw invalidParameter('throughput must be between 125 and 1000 MiB/s.'); // not confirmed
  }
  if (ebs.filesystemType !== undefined && !['ext3', 'ext4', 'xfs', 'ntfs'].includes(String(ebs.filesystemType))) {
    throw invalidParameter(`Invalid filesystemType '${String(ebs.filesystemType)}'.`); // not confirmed
  }
}
