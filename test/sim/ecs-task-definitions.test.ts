import { describe, expect, it } from '@jest/globals';
import {
  ClientException, DeregisterTaskDefinitionCommand, DescribeTaskDefinitionCommand, ECSClient,
  ListTaskDefinitionsCommand, RegisterTaskDefinitionCommand, type RegisterTaskDefinitionCommandInput,
} from '@aws-sdk/client-ecs';
import { withSimulator } from './sdk-env.js';

const aws = withSimulator({ clients: { ecs: () => new ECSClient({}) } });

const web = { name: 'web', image: 'nginx:1.27', memory: 256 };

describe('RegisterTaskDefinition / DescribeTaskDefinition', () => {
  it('registers revisions and describes them by family, family:revision and ARN', async () => {
    const first = await aws.ecs.send(new RegisterTaskDefinitionCommand({ family: 'orders', containerDefinitions: [web] }));
    const second = await aws.ecs.send(new RegisterTaskDefinitionCommand({
      family: 'orders', containerDefinitions: [{ ...web, image: 'nginx:1.28' }], tags: [{ key: 'team', value: 'core' }],
    }));
    expect(first.taskDefinition?.revision).toBe(1);
    expect(second.taskDefinition?.taskDefinitionArn).toBe('arn:aws:ecs:us-east-1:123456789012:task-definition/orders:2');
    expect(second.taskDefinition?.registeredAt).toBeInstanceOf(Date);

    const latest = await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'orders' }));
    expect(latest.taskDefinition?.revision).toBe(2);
    expect(latest.taskDefinition?.containerDefinitions?.[0]).toMatchObject({ name: 'web', image: 'nginx:1.28', essential: true, cpu: 0 });
    expect(latest.tags).toBeUndefined();

    const byRevision = await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'orders:1' }));
    expect(byRevision.taskDefinition?.containerDefinitions?.[0]?.image).toBe('nginx:1.27');
    const byArn = await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: second.taskDefinition!.taskDefinitionArn!, include: ['TAGS'] }));
    expect(byArn.taskDefinition?.revision).toBe(2);
    expect(byArn.tags).toEqual([{ key: 'team', value: 'core' }]);
  });

  it('normalises a Fargate definition: task cpu/memory units, awsvpc host ports, compatibilities', async () => {
    const out = await aws.ecs.send(new RegisterTaskDefinitionCommand({
      family: 'fargate-api', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '1 vCPU', memory: '2GB',
      containerDefinitions: [{ name: 'app', image: 'app:1', portMappings: [{ containerPort: 8080 }] }],
    }));
    expect(out.taskDefinition).toMatchObject({
      cpu: '1024', memory: '2048', networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], compatibilities: ['EC2', 'FARGATE'],
    });
    expect(out.taskDefinition?.containerDefinitions?.[0]?.portMappings).toEqual([{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }]);
  });

  it('answers an unknown task definition with ClientException', async () => {
    const error = await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'no-such-family' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientException);
    expect((error as ClientException).message).toBe('Unable to describe task definition.');
    expect((error as ClientException).$metadata.httpStatusCode).toBe(400);
  });
});

describe('RegisterTaskDefinition validation', () => {
  const fargate = { requiresCompatibilities: ['FARGATE' as const], networkMode: 'awsvpc' as const, cpu: '256', memory: '512' };
  const cases: Array<[string, RegisterTaskDefinitionCommandInput, string]> = [
    ['missing family', { family: undefined as unknown as string, containerDefinitions: [web] }, 'Family can not be blank.'],
    ['invalid family', { family: 'my app!', containerDefinitions: [web] }, 'Family contains invalid characters.'],
    ['no containers', { family: 'x', containerDefinitions: [] }, 'Container list cannot be empty.'],
    ['container without name', { family: 'x', containerDefinitions: [{ image: 'nginx', memory: 128 }] }, 'Container.name should not be null or empty.'],
    ['container name with a space', { family: 'x', containerDefinitions: [{ name: 'my web', image: 'nginx', memory: 128 }] }, 'Container.name contains invalid characters.'],
    ['container without image', { family: 'x', containerDefinitions: [{ name: 'web', memory: 128 }] }, 'Container.image should not be null or empty.'],
    ['duplicate container names', { family: 'x', containerDefinitions: [web, { ...web, image: 'other' }] }, 'Container names must be unique within a Task Definition.'],
    ['Fargate with bridge networking', { family: 'x', ...fargate, networkMode: 'bridge', containerDefinitions: [web] }, 'Fargate only supports network mode \u2018awsvpc\u2019.'],
    ['Fargate without task cpu', { family: 'x', ...fargate, cpu: undefined, containerDefinitions: [web] }, "Fargate requires that 'cpu' be defined at the task level."],
    ['Fargate without task memory', { family: 'x', ...fargate, memory: undefined, containerDefinitions: [web] }, "Fargate requires that 'memory' be defined at the task level."],
    ['invalid Fargate size', { family: 'x', ...fargate, cpu: '256', memory: '4096', containerDefinitions: [web] },
      'No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS documentation for the valid values.'],
    ['EC2 container without any memory', { family: 'x', containerDefinitions: [{ name: 'web', image: 'nginx' }] },
      "Invalid setting for container 'web'. At least one of 'memory' or 'memoryReservation' must be specified."],
    ['container memory above the task', { family: 'x', memory: '512', containerDefinitions: [{ ...web, memory: 1024 }] },
      "The 'memory' setting for container 'web' is greater than for the task."],
    ['awsvpc host port differing from container port', {
      family: 'x', ...fargate, containerDefinitions: [{ ...web, portMappings: [{ containerPort: 80, hostPort: 8080 }] }],
    }, 'When networkMode=awsvpc, the host ports and container ports in port mappings must match.'],
    ['container port out of range', { family: 'x', containerDefinitions: [{ ...web, portMappings: [{ containerPort: 70000 }] }] },
      "Invalid 'containerPort' setting for container 'web'."],
  ];

  it.each(cases)('rejects %s', async (_label, input, message) => {
    const error = await aws.ecs.send(new RegisterTaskDefinitionCommand(input)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientException);
    expect((error as ClientException).name).toBe('ClientException');
    expect((error as ClientException).message).toBe(message);
  });

  it('registers nothing for a rejected request', async () => {
    await aws.ecs.send(new RegisterTaskDefinitionCommand({ family: 'rejected', containerDefinitions: [{ name: 'web' }] })).catch(() => undefined);
    const list = await aws.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: 'rejected' }));
    expect(list.taskDefinitionArns).toEqual([]);
  });
});

describe('DeregisterTaskDefinition / ListTaskDefinitions', () => {
  it('marks a revision INACTIVE, so the family resolves to the latest ACTIVE one', async () => {
    await aws.ecs.send(new RegisterTaskDefinitionCommand({ family: 'billing', containerDefinitions: [web] }));
    await aws.ecs.send(new RegisterTaskDefinitionCommand({ family: 'billing', containerDefinitions: [web] }));
    const out = await aws.ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: 'billing:2' }));
    expect(out.taskDefinition?.status).toBe('INACTIVE');
    expect(out.taskDefinition?.deregisteredAt).toBeInstanceOf(Date);

    expect((await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'billing' }))).taskDefinition?.revision).toBe(1);
    expect((await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'billing:2' }))).taskDefinition?.status).toBe('INACTIVE');
    const active = await aws.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: 'billing' }));
    expect(active.taskDefinitionArns).toEqual(['arn:aws:ecs:us-east-1:123456789012:task-definition/billing:1']);
    const inactive = await aws.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: 'billing', status: 'INACTIVE' }));
    expect(inactive.taskDefinitionArns).toEqual(['arn:aws:ecs:us-east-1:123456789012:task-definition/billing:2']);

    const third = await aws.ecs.send(new RegisterTaskDefinitionCommand({ family: 'billing', containerDefinitions: [web] }));
    expect(third.taskDefinition?.revision).toBe(3);
  });

  it('requires a revision to deregister', async () => {
    const error = await aws.ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: 'billing' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientException);
  });

  it('pages through task definitions with nextToken', async () => {
    for (let i = 0; i < 3; i++) await aws.ecs.send(new RegisterTaskDefinitionCommand({ family: 'paged', containerDefinitions: [web] }));
    const first = await aws.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: 'paged', maxResults: 2 }));
    expect(first.taskDefinitionArns).toHaveLength(2);
    const second = await aws.ecs.send(new ListTaskDefinitionsCommand({ familyPrefix: 'paged', maxResults: 2, nextToken: first.nextToken }));
    expect(second.taskDefinitionArns).toEqual(['arn:aws:ecs:us-east-1:123456789012:task-definition/paged:3']);
    expect(second.nextToken).toBeUndefined();
  });
});
