import { describe, expect, it } from '@jest/globals';
import type { ContainerDefinition, Service, Task, TaskDefinition } from '@aws-sdk/client-ecs';
import { getInputs } from './inputs.js';
import { logStreamUrl } from '../../common/src/console-urls.js';
import { planRunTask, STARTED_BY } from './plan.js';
import { judgeStoppedTask } from './verdict.js';

const ARN = 'arn:aws:ecs:us-east-1:123456789012:task-definition/api:7';
const awslogs = { logDriver: 'awslogs' as const, options: { 'awslogs-group': '/ecs/api', 'awslogs-stream-prefix': 'ecs' } };
const container = (name: string, extra: Partial<ContainerDefinition> = {}): ContainerDefinition => ({ name, image: `${name}:1`, essential: true, logConfiguration: awslogs, ...extra });
const definition = (containers: ContainerDefinition[], extra: Partial<TaskDefinition> = {}): TaskDefinition => ({
  family: 'api', taskDefinitionArn: ARN, networkMode: 'awsvpc', containerDefinitions: containers, ...extra,
});
const service: Service = {
  serviceName: 'api', status: 'ACTIVE', taskDefinition: ARN, platformVersion: '1.4.0',
  capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1, base: 0 }],
  networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-a', 'subnet-b'], securityGroups: ['sg-svc'], assignPublicIp: 'DISABLED' } },
};
const inputs = (values: Record<string, string>) =>
  getInputs({ read: (n) => ({ cluster: 'prod', ...values })[n] ?? '', env: { AWS_REGION: 'us-east-1', GITHUB_RUN_ID: '1' } });

describe('planRunTask', () => {
  it('takes network, capacity providers and platform version from the service, and overrides the command', () => {
    const plan = planRunTask(inputs({ service: 'api', command: 'bin/migrate up', 'environment-variables': 'A=1' }), definition([container('api'), container('log-router', { essential: false })]), service);
    expect(plan.request).toEqual({
      cluster: 'prod', taskDefinition: ARN, count: 1, startedBy: STARTED_BY, clientToken: expect.stringMatching(/^[0-9a-f]{64}$/),
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-a', 'subnet-b'], securityGroups: ['sg-svc'], assignPublicIp: 'DISABLED' } },
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1, base: 0 }], platformVersion: '1.4.0',
      overrides: { containerOverrides: [{ name: 'api', command: ['sh', '-c', 'bin/migrate up'], environment: [{ name: 'A', value: '1' }] }] },
    });
    expect(plan).toMatchObject({ family: 'api', mainContainer: 'api', essentialContainers: ['api'], commandText: 'bin/migrate up' });
    expect(plan.logs).toEqual({ group: '/ecs/api', region: 'us-east-1', streamPrefix: 'ecs/api/' });
  });

  it('lets the inputs override each part of what comes from the service', () => {
    const plan = planRunTask(inputs({ service: 'api', subnets: 'subnet-x', 'assign-public-ip': 'ENABLED', 'launch-type': 'FARGATE', command: '["./migrate"]' }), definition([container('api')]), service);
    expect(plan.request.networkConfiguration?.awsvpcConfiguration).toEqual({ subnets: ['subnet-x'], securityGroups: ['sg-svc'], assignPublicIp: 'ENABLED' });
    expect(plan.request.launchType).toBe('FARGATE');
    expect(plan.request.capacityProviderStrategy).toBeUndefined();
    expect(plan.request.overrides?.containerOverrides?.[0]?.command).toEqual(['./migrate']);
  });

  it('runs the definition as is without command or environment, and needs no network in bridge mode', () => {
    const plan = planRunTask(inputs({ 'task-definition': 'api:7' }), definition([container('api', { command: ['rake', 'db:migrate'] })], { networkMode: 'bridge' }), undefined);
    expect(plan.request.overrides).toBeUndefined();
    expect(plan.request.networkConfiguration).toBeUndefined();
    expect(plan.commandText).toBe('rake db:migrate (from the task definition)');
  });

  it.each([
    [{ 'task-definition': 'api:7' }, [container('api')], "Input 'subnets': required, because api uses the awsvpc network mode"],
    [{ 'task-definition': 'api:7', subnets: 'subnet-1' }, [container('api'), container('envoy')], "Input 'container-name': required, because api has 2 essential containers (api, envoy)"],
    [{ 'task-definition': 'api:7', subnets: 'subnet-1', 'container-name': 'web' }, [container('api')], "Input 'container-name': api has no container 'web' (it has api)"],
  ])('refuses %p', (values, containers, message) => {
    expect(() => planRunTask(inputs(values), definition(containers), undefined)).toThrow(message);
  });

  it('degrades to a note when the stream cannot be resolved', () => {
    const plan = planRunTask(inputs({ 'task-definition': 'api:7', subnets: 'subnet-1' }), definition([container('api', { logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g' } } })]), undefined);
    expect(plan.logs).toEqual({ note: expect.stringContaining('lack awslogs-stream-prefix') });
  });

  it('links the console with its double encoding', () => {
    expect(logStreamUrl('eu-west-1', '/ecs/api', 'ecs/api/abc')).toBe(
      'https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/$252Fecs$252Fapi/log-events/ecs$252Fapi$252Fabc',
    );
  });
});

const stopped = (containers: Task['containers'], extra: Partial<Task> = {}): Task => ({
  lastStatus: 'STOPPED', stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited', containers, ...extra,
});
const policy = { mainContainer: 'migrate', essentialContainers: ['migrate', 'envoy'], exitCodeFrom: 'container' as const };

describe('judgeStoppedTask', () => {
  it.each([
    ['exit 0', stopped([{ name: 'migrate', exitCode: 0 }]), true, 'container migrate exited with code 0'],
    ['exit 0, sidecar killed at stop', stopped([{ name: 'migrate', exitCode: 0 }, { name: 'envoy', exitCode: 137 }]), true, 'not judged: envoy 137, killed at stop'],
    ['exit 3', stopped([{ name: 'migrate', exitCode: 3 }]), false, 'container migrate exited with code 3'],
    ['no exit code', stopped([{ name: 'migrate', reason: 'OutOfMemoryError: Container killed due to memory usage' }]), false, 'container migrate has no exit code: Essential container in task exited; migrate: OutOfMemoryError'],
    ['failed to start', stopped([{ name: 'migrate', reason: 'CannotPullContainerError: not found' }], { stopCode: 'TaskFailedToStart', stoppedReason: 'CannotPullContainerError: not found' }), false, 'the task failed to start: CannotPullContainerError'],
    ['stopped by someone', stopped([{ name: 'migrate', exitCode: 143 }], { stopCode: 'UserInitiated', stoppedReason: 'by ops' }), false, 'the task was stopped (UserInitiated) before the migration finished: by ops'],
    ['spot interruption with exit 0', stopped([{ name: 'migrate', exitCode: 0 }], { stopCode: 'SpotInterruption', stoppedReason: 'spot' }), false, 'SpotInterruption'],
  ])('%s', (_name, task, ok, summary) => {
    const verdict = judgeStoppedTask(task, policy);
    expect(verdict.ok).toBe(ok);
    expect(verdict.summary).toContain(summary);
  });

  it('with all-essential, fails on an essential sidecar killed at stop but ignores non-essential ones', () => {
    const all = { ...policy, exitCodeFrom: 'all-essential' as const };
    expect(judgeStoppedTask(stopped([{ name: 'migrate', exitCode: 0 }, { name: 'envoy', exitCode: 137 }]), all)).toMatchObject({ ok: false, exitCode: 0, summary: 'exit-code-from all-essential: envoy exited with code 137' });
    expect(judgeStoppedTask(stopped([{ name: 'migrate', exitCode: 0 }, { name: 'envoy', exitCode: 0 }, { name: 'xray', exitCode: 1 }]), all).ok).toBe(true);
  });
});
