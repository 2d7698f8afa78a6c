import { describe, expect, it } from '@jest/globals';
import type { ContainerDefinition, TaskDefinition } from '@aws-sdk/client-ecs';
import type { DescribedTaskDefinition, TaskDefinitionTag } from '../../common/src/ecs-types.js';
import type { JsonObject } from '../../common/src/taskdef.js';
import { planImageRevision } from './revision.js';

const ARN = 'arn:aws:ecs:us-east-1:123456789012:task-definition/api:7';
const NEW = '123456789012.dkr.ecr.us-east-1.amazonaws.com/api@sha256:' + '0f'.repeat(32);
const container = (name: string, extra: Partial<ContainerDefinition> = {}): ContainerDefinition => ({
  name, image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/${name}:1`, essential: true, cpu: 0, environment: [], mountPoints: [], ...extra,
});
/** As DescribeTaskDefinition returns it through the SDK: describe-only fields, empty lists, a Date. */
const sdkDefinition = (containers: ContainerDefinition[]): TaskDefinition => ({
  family: 'api', taskDefinitionArn: ARN, revision: 7, status: 'ACTIVE', networkMode: 'awsvpc', cpu: '256', memory: '512',
  requiresCompatibilities: ['FARGATE'], compatibilities: ['EC2', 'FARGATE'], requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.docker-remote-api.1.18' }],
  registeredAt: new Date('2025-01-01T00:00:00Z'), registeredBy: 'arn:aws:iam::123456789012:role/ci', volumes: [], placementConstraints: [],
  containerDefinitions: containers,
});
/** What the adapter (common/src/ecs.ts) makes of it. */
const described = (containers: ContainerDefinition[], tags: TaskDefinitionTag[] = []): DescribedTaskDefinition =>
  ({ definition: sdkDefinition(containers) as unknown as JsonObject, arn: ARN, tags });

describe('planImageRevision', () => {
  it('registers the described definition, registerable, with only the main container\'s image changed and the tags kept', () => {
    const sidecar = container('envoy', { essential: false });
    const revision = planImageRevision(described([container('api', { environment: [{ name: 'EMPTY', value: '' }] }), sidecar], [
      { key: 'team', value: 'payments' }, { key: 'aws:cloudformation:stack-name', value: 'prod' }, { key: 'flag' },
    ]), undefined, NEW);
    expect(revision).toMatchObject({ family: 'api', container: 'api', image: NEW, previousImage: '123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1', from: ARN });
    expect(revision?.definition).toEqual({
      family: 'api', networkMode: 'awsvpc', cpu: '256', memory: '512', requiresCompatibilities: ['FARGATE'],
      containerDefinitions: [
        { name: 'api', image: NEW, essential: true, cpu: 0, environment: [{ name: 'EMPTY', value: '' }] },
        { name: 'envoy', image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/envoy:1', essential: false, cpu: 0 },
      ],
      tags: [{ key: 'team', value: 'payments' }, { key: 'flag' }],
    });
  });

  it('changes the container named by container-name, and registers without tags when it has only AWS\'s own', () => {
    const revision = planImageRevision(described([container('api'), container('worker')], [{ key: 'AWS:CloudFormation:stack-id', value: 'x' }]), 'worker', NEW);
    const images = (revision?.definition.containerDefinitions as Array<{ name: string; image: string }>).map((c) => [c.name, c.image]);
    expect(images).toEqual([['api', '123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1'], ['worker', NEW]]);
    expect(revision?.definition).not.toHaveProperty('tags');
  });

  it('registers nothing when no image is asked for, or the container already has it', () => {
    const definition = described([container('api')]);
    expect(planImageRevision(definition, undefined, undefined)).toBeUndefined();
    expect(planImageRevision(definition, 'api', '123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1')).toBeUndefined();
  });

  it('does not change the described definition', () => {
    const definition = described([container('api')]);
    planImageRevision(definition, undefined, NEW);
    expect(definition.definition).toEqual(described([container('api')]).definition);
  });

  it.each([
    ['web', [container('api')], "Input 'container-name': api has no container 'web' (it has api)"],
    [undefined, [container('api'), container('worker')], "Input 'container-name': required, because api has 2 essential containers (api, worker)"],
  ])('refuses container-name %p clearly', (name, containers, message) => {
    expect(() => planImageRevision(described(containers), name, NEW)).toThrow(message);
  });
});
