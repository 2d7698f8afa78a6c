import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  CreateServiceCommand, DescribeServicesCommand, DescribeTaskDefinitionCommand, ECSClient, InvalidParameterException, RegisterTaskDefinitionCommand,
  RunTaskCommand, UpdateServiceCommand, type ServiceManagedEBSVolumeConfiguration,
} from '@aws-sdk/client-ecs';
import { withSimulator } from './sdk-env.js';

const aws = withSimulator({ clients: { ecs: () => new ECSClient({}) } });
const ROLE = 'arn:aws:iam::123456789012:role/ecsInfrastructureRole';
const EXEC = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';

beforeEach(() => aws.sim.control.reset());

async function registerWithVolume(): Promise<string> {
  const out = await aws.ecs.send(new RegisterTaskDefinitionCommand({
    family: 'db', networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512', executionRoleArn: EXEC,
    taskRoleArn: 'arn:aws:iam::123456789012:role/app',
    containerDefinitions: [{
      name: 'db', image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/db:1', essential: true,
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/db', 'awslogs-region': 'us-east-1' } },
      healthCheck: { command: ['CMD', 'true'] },
      mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }],
    }],
    volumes: [{ name: 'data', configuredAtLaunch: true }],
  }));
  return out.taskDefinition!.taskDefinitionArn!;
}

const NETWORK = { awsvpcConfiguration: { subnets: ['subnet-1'] } };

describe('UpdateService keeps what the official deploy action passes', () => {
  it('stores enableECSManagedTags and propagateTags, and refuses a propagateTags value ECS does not know', async () => {
    const td = await registerWithVolume();
    await aws.ecs.send(new CreateServiceCommand({
      serviceName: 'db', taskDefinition: td, launchType: 'FARGATE', networkConfiguration: NETWORK,
      volumeConfigurations: [{ name: 'data', managedEBSVolume: { roleArn: ROLE, sizeInGiB: 20 } }],
    }));
    const updated = await aws.ecs.send(new UpdateServiceCommand({ service: 'db', enableECSManagedTags: true, propagateTags: 'SERVICE' }));
    expect(updated.service).toMatchObject({ enableECSManagedTags: true, propagateTags: 'SERVICE' });
    const described = (await aws.ecs.send(new DescribeServicesCommand({ services: ['db'] }))).services![0]!;
    expect(described).toMatchObject({ enableECSManagedTags: true, propagateTags: 'SERVICE' });
    expect(described.deployments![0]!.volumeConfigurations).toEqual([{ name: 'data', managedEBSVolume: { roleArn: ROLE, sizeInGiB: 20 } }]);
    await expect(aws.ecs.send(new UpdateServiceCommand({ service: 'db', propagateTags: 'EVERYTHING' as 'SERVICE' }))).rejects.toThrow(InvalidParameterException);
  });

  const badVolumes: Array<[string, string, ServiceManagedEBSVolumeConfiguration | undefined, RegExp]> = [
    ['a volume the task definition does not configure at launch', 'logs', { roleArn: ROLE, sizeInGiB: 20 }, /does not match a volume .* configured at launch/],
    ['no roleArn', 'data', { sizeInGiB: 20 } as ServiceManagedEBSVolumeConfiguration, /must specify a roleArn/],
    ['neither size nor snapshot', 'data', { roleArn: ROLE }, /must specify sizeInGiB when no snapshotId/],
    ['a gp3 volume above 16384 GiB', 'data', { roleArn: ROLE, sizeInGiB: 20_000 }, /between 1 and 16384/],
    ['an io2 volume without iops', 'data', { roleArn: ROLE, sizeInGiB: 100, volumeType: 'io2' }, /iops is required/],
    ['throughput on gp2', 'data', { roleArn: ROLE, sizeInGiB: 100, volumeType: 'gp2', throughput: 200 }, /only supported for gp3/],
    ['a malformed snapshot id', 'data', { roleArn: ROLE, snapshotId: 'snapshot-1' }, /Invalid snapshotId/],
    ['no managedEBSVolume', 'data', undefined, /must have a managedEBSVolume/],
  ];
  it.each(badVolumes)('refuses volumeConfigurations with %s', async (_what, name, managedEBSVolume, message) => {
    const td = await registerWithVolume();
    await aws.ecs.send(new CreateServiceCommand({ serviceName: 'db', taskDefinition: td, launchType: 'FARGATE', networkConfiguration: NETWORK }));
    const error = await aws.ecs.send(new UpdateServiceCommand({ service: 'db', volumeConfigurations: [{ name, managedEBSVolume }] })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect((error as Error).message).toMatch(message);
  });

  it('takes a snapshot-based volume without a size', async () => {
    const td = await registerWithVolume();
    await aws.ecs.send(new CreateServiceCommand({ serviceName: 'db', taskDefinition: td, launchType: 'FARGATE', networkConfiguration: NETWORK }));
    await expect(aws.ecs.send(new UpdateServiceCommand({
      service: 'db', volumeConfigurations: [{ name: 'data', managedEBSVolume: { roleArn: ROLE, snapshotId: 'snap-0123456789abcdef0', volumeType: 'io2', iops: 3000 } }],
    }))).resolves.toBeDefined();
  });
});

describe('DescribeTaskDefinition requiresAttributes', () => {
  it('lists the capabilities the definition needs', async () => {
    const td = await registerWithVolume();
    const out = await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: td }));
    expect(out.taskDefinition!.requiresAttributes!.map((a) => a.name)).toEqual(expect.arrayContaining([
      'com.amazonaws.ecs.capability.logging-driver.awslogs', 'ecs.capability.execution-role-awslogs', 'ecs.capability.task-eni',
      'ecs.capability.execution-role-ecr-pull', 'com.amazonaws.ecs.capability.ecr-auth', 'com.amazonaws.ecs.capability.task-iam-role',
      'ecs.capability.container-health-check',
    ]));
    const plain = await aws.ecs.send(new RegisterTaskDefinitionCommand({ family: 'plain', containerDefinitions: [{ name: 'a', image: 'busybox', memory: 64 }] }));
    expect(plain.taskDefinition!.requiresAttributes).toEqual([]);
  });
});

describe('RunTask failures[]', () => {
  it('answers a task it cannot place in failures[] and runs the rest', async () => {
    await aws.ecs.send(new RegisterTaskDefinitionCommand({ family: 'job', containerDefinitions: [{ name: 'a', image: 'busybox', memory: 64 }] }));
    aws.sim.control.ecs.setRunTaskScript([{ outcome: 'unplaceable', limit: 1 }]);
    const out = await aws.ecs.send(new RunTaskCommand({ taskDefinition: 'job', count: 2 }));
    expect(out.tasks).toHaveLength(1);
    expect(out.failures).toEqual([{ arn: 'arn:aws:ecs:us-east-1:123456789012:cluster/default', reason: 'RESOURCE:MEMORY' }]);
  });
});
