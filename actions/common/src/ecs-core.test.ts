import { describe, expect, it } from '@jest/globals';
import { ECSClient } from '@aws-sdk/client-ecs';
import { withSimulator } from '../../../test/sim/sdk-env.js';
import { awsClientConfig } from './aws-client.js';
import { awslogsStream, awslogsTarget } from './awslogs.js';
import { logStreamUrl, serviceConsoleUrl, taskConsoleUrl } from './console-urls.js';
import { serviceNotFound } from './ecs-types.js';
import { taskDefinitionApi } from './ecs.js';

// The ECS core both ecs-deploy and db-migrate use: the pure parts by table, the task-definition adapter against the
// simulator (through an unmodified SDK client).

describe('awslogsTarget', () => {
  const container = (options: Record<string, string> | undefined, logDriver = 'awslogs') =>
    ({ name: 'api', logConfiguration: options ? { logDriver, options } : undefined });

  it.each([
    ['the cluster\'s region without awslogs-region', { 'awslogs-group': '/ecs/api', 'awslogs-stream-prefix': 'ecs' }, 'us-east-1'],
    ['awslogs-region when set', { 'awslogs-group': '/ecs/api', 'awslogs-stream-prefix': 'ecs', 'awslogs-region': 'eu-west-1' }, 'eu-west-1'],
    ['the cluster\'s region when awslogs-region is empty', { 'awslogs-group': '/ecs/api', 'awslogs-stream-prefix': 'ecs', 'awslogs-region': '' }, 'us-east-1'],
  ])('names the stream prefix/container/task in %s', (_case, options, region) => {
    const target = awslogsTarget(container(options), 'us-east-1');
    expect(target).toEqual({ group: '/ecs/api', region, streamPrefix: 'ecs/api/' });
    expect('note' in target ? '' : awslogsStream(target, 'abc123')).toBe('ecs/api/abc123');
  });

  it.each([
    [container({ 'awslogs-group': '/ecs/api' }), "container api's awslogs options lack awslogs-stream-prefix, so its stream name cannot be known"],
    [container({ 'awslogs-stream-prefix': 'ecs' }), "container api's awslogs options lack awslogs-group, so its stream name cannot be known"],
    [container({}, 'fluentd'), 'container api does not log with the awslogs driver (fluentd)'],
    [container(undefined), 'container api does not log with the awslogs driver (no logConfiguration)'],
  ])('says why a stream cannot be known (%#)', (definition, note) => {
    expect(awslogsTarget(definition, 'us-east-1')).toEqual({ note });
  });
});

describe('serviceNotFound', () => {
  it.each([
    [undefined, 'Service api was not found in cluster prod'],
    [{ status: 'INACTIVE' }, 'Service api was not found in cluster prod'],
    [{ status: 'DRAINING' }, undefined],
    [{ status: 'ACTIVE' }, undefined],
  ])('%p → %p', (service, message) => {
    expect(serviceNotFound(service, 'api', 'prod')).toBe(message);
  });
});

describe('console URLs', () => {
  it('take names or ARNs, and the CloudWatch page double-encodes with $', () => {
    expect(serviceConsoleUrl('eu-west-1', 'arn:aws:ecs:eu-west-1:1:cluster/prod', 'arn:aws:ecs:eu-west-1:1:service/prod/api'))
      .toBe('https://eu-west-1.console.aws.amazon.com/ecs/v2/clusters/prod/services/api/deployments?region=eu-west-1');
    expect(taskConsoleUrl('eu-west-1', 'prod', 't1')).toBe('https://eu-west-1.console.aws.amazon.com/ecs/v2/clusters/prod/tasks/t1/configuration?region=eu-west-1');
    expect(logStreamUrl('eu-west-1', '/ecs/api', 'ecs/api/t1'))
      .toBe('https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/$252Fecs$252Fapi/log-events/ecs$252Fapi$252Ft1');
    expect(logStreamUrl('eu-west-1', '/ecs/api')).toBe('https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/$252Fecs$252Fapi');
  });
});

describe('taskDefinitionApi against the simulator', () => {
  const aws = withSimulator();
  const api = () => taskDefinitionApi(new ECSClient(awsClientConfig('us-east-1', 'test')), new ECSClient(awsClientConfig('us-east-1', 'test', 1)));
  const definition = { family: 'core', containerDefinitions: [{ name: 'app', image: 'app:1', memory: 128 }], tags: [{ key: 'team', value: 'payments' }] };

  it('registers, then describes the family\'s newest revision as JSON with its ARN and tags', async () => {
    aws.sim.control.reset();
    const ecs = api();
    const arn = await ecs.registerTaskDefinition(definition);
    expect(arn).toMatch(/:task-definition\/core:\d+$/);
    const described = await ecs.describeTaskDefinition('core');
    expect(described.arn).toBe(arn);
    expect(described.tags).toEqual([{ key: 'team', value: 'payments' }]);
    expect(described.definition).toMatchObject({ family: 'core', containerDefinitions: [{ name: 'app', image: 'app:1' }] });
  });

  it('sends RegisterTaskDefinition once, even on a 500: whether to retry is registerOnce\'s decision', async () => {
    aws.sim.control.reset();
    aws.sim.control.faults.add({ kind: 'http500', service: 'ecs', operation: 'RegisterTaskDefinition', count: 5 });
    await expect(api().registerTaskDefinition(definition)).rejects.toBeDefined();
    expect(aws.sim.control.calls({ operation: 'RegisterTaskDefinition' })).toHaveLength(1);
  });

  it('names the step when DescribeTaskDefinition fails', async () => {
    aws.sim.control.reset();
    await expect(api().describeTaskDefinition('nope:9')).rejects.toThrow(/^Could not describe task definition nope:9: /);
  });
});
