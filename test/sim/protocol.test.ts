import { beforeEach, describe, expect, it } from '@jest/globals';
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { DescribeRegistryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { ECSClient, ListClustersCommand } from '@aws-sdk/client-ecs';
import { withSimulator } from './sdk-env.js';

const aws = withSimulator({ startTime: Date.UTC(2025, 0, 1) });

beforeEach(() => aws.sim.control.reset());

async function post(target: string | undefined, body = '{}'): Promise<{ status: number; headers: Headers; body: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/x-amz-json-1.1' };
  if (target) headers['x-amz-target'] = target;
  const response = await fetch(aws.sim.endpoint, { method: 'POST', headers, body });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describe('awsJson1.1 wire format', () => {
  it('answers with the JSON 1.1 content type, a request id, and timestamps as epoch seconds', async () => {
    const register = await post('AmazonEC2ContainerServiceV20141113.RegisterTaskDefinition',
      JSON.stringify({ family: 'wire', containerDefinitions: [{ name: 'a', image: 'b', memory: 64 }] }));
    expect(register.status).toBe(200);
    expect(register.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(register.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(JSON.parse(register.body).taskDefinition.registeredAt).toBe(Date.UTC(2025, 0, 1) / 1000);
  });

  it('puts client errors in the {"__type","message"} shape with HTTP 400', async () => {
    const out = await post('AmazonEC2ContainerServiceV20141113.DescribeTaskDefinition', JSON.stringify({ taskDefinition: 'nope' }));
    expect(out.status).toBe(400);
    expect(JSON.parse(out.body)).toEqual({ __type: 'ClientException', message: 'Unable to describe task definition.' });
  });

  it.each([
    ['AmazonEC2ContainerServiceV20141113.LaunchRockets', 'ecs', 'com.amazon.coral.service#UnknownOperationException'],
    ['AmazonEC2ContainerRegistry_V20150921.StartImageScan', 'ecr', 'com.amazon.coral.service#UnknownOperationException'],
    ['Logs_20140328.DescribeLogGroups', 'logs', 'UnknownOperationException'],
    ['NoSuchService_20200101.Anything', 'unknown', 'com.amazon.coral.service#UnknownOperationException'],
  ])('answers an unknown target %s with a bare UnknownOperationException', async (target, service, type) => {
    const out = await post(target);
    expect(out.status).toBe(400);
    expect(JSON.parse(out.body)).toEqual({ __type: type });
    expect(aws.sim.control.calls()[0]).toMatchObject({ service, status: 400, errorType: type });
  });

  it('an unmodelled-service error reaches the SDK as a named UnknownOperationException', async () => {
    const ecr = new ECRClient({});
    const logs = new CloudWatchLogsClient({});
    try {
      await expect(ecr.send(new DescribeRegistryCommand({}))).rejects.toMatchObject({ name: 'UnknownOperationException', $metadata: { httpStatusCode: 400 } });
      await expect(logs.send(new DescribeLogGroupsCommand({}))).rejects.toMatchObject({ name: 'UnknownOperationException' });
    } finally {
      ecr.destroy();
      logs.destroy();
    }
  });

  it('rejects a body that is not a JSON object', async () => {
    const out = await post('AmazonEC2ContainerServiceV20141113.ListClusters', '[1,2]');
    expect(out.status).toBe(400);
    expect(JSON.parse(out.body).__type).toBe('SerializationException');
  });
});

describe('SigV4 scope', () => {
  it('records the region and access key of the credential scope without checking the signature', async () => {
    const saved = process.env.AWS_REGION;
    process.env.AWS_REGION = 'eu-west-1';
    process.env.AWS_ACCESS_KEY_ID = 'AKIAOTHERKEY00000000';
    const ecs = new ECSClient({});
    try {
      await ecs.send(new ListClustersCommand({}));
    } finally {
      ecs.destroy();
      process.env.AWS_REGION = saved;
      process.env.AWS_ACCESS_KEY_ID = aws.sim.env().AWS_ACCESS_KEY_ID;
    }
    expect(aws.sim.control.calls()[0]).toMatchObject({ service: 'ecs', operation: 'ListClusters', region: 'eu-west-1', accessKeyId: 'AKIAOTHERKEY00000000' });
  });

  it('records unsigned calls without a region', async () => {
    await post('AmazonEC2ContainerServiceV20141113.ListClusters');
    expect(aws.sim.control.calls()[0]!.region).toBeUndefined();
  });
});

describe('env()', () => {
  it('names every service endpoint, the region and fake credentials', () => {
    expect(aws.sim.env()).toEqual({
      AWS_ENDPOINT_URL_ECS: aws.sim.endpoint,
      AWS_ENDPOINT_URL_ECR: aws.sim.endpoint,
      AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: aws.sim.endpoint,
      AWS_ENDPOINT_URL_CLOUDFRONT: aws.sim.endpoint,
      AWS_ENDPOINT_URL_CODEDEPLOY: aws.sim.endpoint,
      AWS_ENDPOINT_URL_EVENTBRIDGE: aws.sim.endpoint,
      AWS_ENDPOINT_URL_SCHEDULER: aws.sim.endpoint,
      AWS_REGION: 'us-east-1',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: expect.any(String),
      AWS_SECRET_ACCESS_KEY: expect.any(String),
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    expect(aws.sim.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
