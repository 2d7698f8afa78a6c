import { describe, expect, it } from '@jest/globals';
import { applyChanges, definitionFingerprint, dropEmpty, type JsonObject, toRegisterable, validateDefinition } from './render.js';

const described: JsonObject = {
  taskDefinition: {
    taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/api:7',
    family: 'api',
    revision: 7,
    status: 'ACTIVE',
    requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.logging-driver.awslogs' }],
    compatibilities: ['EC2', 'FARGATE'],
    registeredAt: '2026-11-01T00:00:00Z',
    registeredBy: 'arn:aws:iam::123456789012:role/deploy',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    taskRoleArn: null,
    volumes: [],
    placementConstraints: [],
    containerDefinitions: [
      {
        name: 'api', image: 'api:1', cpu: 0, essential: true, memory: 512,
        portMappings: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }],
        environment: [{ name: 'EMPTY', value: '' }, { name: 'MODE', value: 'prod' }],
        mountPoints: [], volumesFrom: [], secrets: null,
      },
      { name: 'sidecar', image: 'envoy:1', essential: false },
    ],
  },
};

describe('toRegisterable', () => {
  it('strips describe-only fields and empties but keeps empty environment values', () => {
    const { definition, removed } = toRegisterable(described);
    expect(removed).toEqual(['taskDefinitionArn', 'revision', 'status', 'requiresAttributes', 'compatibilities', 'registeredAt', 'registeredBy']);
    expect(definition).not.toHaveProperty('taskRoleArn');
    expect(definition).not.toHaveProperty('volumes');
    const api = (definition.containerDefinitions as JsonObject[])[0] as JsonObject;
    expect(api.environment).toEqual([{ name: 'EMPTY', value: '' }, { name: 'MODE', value: 'prod' }]);
    expect(api).not.toHaveProperty('mountPoints');
    expect(api).not.toHaveProperty('secrets');
  });

  it('drops nested empties', () => {
    expect(dropEmpty({ a: { b: [null, ''], c: {} }, d: 0, e: false })).toEqual({ d: 0, e: false });
  });
});

describe('applyChanges', () => {
  const base = toRegisterable(described).definition;

  it('sets images, merges environment and tags without touching the input', () => {
    const out = applyChanges(base, {
      images: new Map([['sidecar', 'envoy:2']]),
      environment: { container: 'api', variables: [['MODE', 'staging'], ['NEW', '1']] },
      tags: [['github-sha', 'abc']],
    });
    const [api, sidecar] = out.containerDefinitions as JsonObject[];
    expect(sidecar?.image).toBe('envoy:2');
    expect(api?.environment).toEqual([{ name: 'EMPTY', value: '' }, { name: 'MODE', value: 'staging' }, { name: 'NEW', value: '1' }]);
    expect(out.tags).toEqual([{ key: 'github-sha', value: 'abc' }]);
    expect(((base.containerDefinitions as JsonObject[])[1] as JsonObject).image).toBe('envoy:1');
  });

  it('names the containers when one is unknown', () => {
    expect(() => applyChanges(base, { images: new Map([['web', 'x']]), tags: [] })).toThrow("containerDefinitions: no container named 'web' (containers: api, sidecar)");
  });
});

describe('validateDefinition', () => {
  const valid = () => structuredClone(toRegisterable(described).definition);

  it('accepts and normalises number forms ECS is strict about', () => {
    const d = valid();
    d.cpu = 256;
    ((d.containerDefinitions as JsonObject[])[0] as JsonObject).memory = '512';
    const out = validateDefinition(d);
    expect(out.cpu).toBe('256');
    expect(((out.containerDefinitions as JsonObject[])[0] as JsonObject).memory).toBe(512);
  });

  it.each<[string, (d: JsonObject) => void, string]>([
    ['unknown field', (d) => { d.containerDefinition = []; }, 'containerDefinition: is not a task definition field'],
    ['bad family', (d) => { d.family = 'my api'; }, 'family: must be 1-255 letters'],
    ['no containers', (d) => { d.containerDefinitions = []; }, 'containerDefinitions: must be a non-empty array'],
    ['no image', (d) => { delete ((d.containerDefinitions as JsonObject[])[1] as JsonObject).image; }, 'containerDefinitions[1].image: must be an image reference'],
    ['duplicate names', (d) => { ((d.containerDefinitions as JsonObject[])[1] as JsonObject).name = 'api'; }, "containerDefinitions[1].name: duplicates another container's name 'api'"],
    ['bad memory', (d) => { ((d.containerDefinitions as JsonObject[])[0] as JsonObject).memory = '512MB'; }, 'containerDefinitions[0].memory: must be a whole number'],
    ['bad port', (d) => { ((d.containerDefinitions as JsonObject[])[0] as JsonObject).portMappings = [{ containerPort: 70000 }]; }, 'containerDefinitions[0].portMappings[0].containerPort: must be a port number'],
    ['fargate without cpu', (d) => { delete d.cpu; }, 'cpu: Fargate requires task-level cpu and memory'],
    ['fargate bridge', (d) => { d.networkMode = 'bridge'; }, 'networkMode: Fargate requires "awsvpc"'],
  ])('rejects %s, naming the path', (_name, mutate, message) => {
    const d = valid();
    mutate(d);
    expect(() => validateDefinition(d)).toThrow(message);
  });
});

describe('definitionFingerprint', () => {
  it('equals for a hand-written file and its describe output, ignoring tags and ECS defaults', () => {
    const fromDescribe = toRegisterable(described).definition;
    const handWritten: JsonObject = {
      family: 'api', networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512',
      containerDefinitions: [
        { name: 'api', image: 'api:1', memory: 512, portMappings: [{ containerPort: 8080 }], environment: [{ name: 'EMPTY', value: '' }, { name: 'MODE', value: 'prod' }] },
        { essential: false, image: 'envoy:1', name: 'sidecar' },
      ],
      tags: [{ key: 'github-sha', value: 'abc' }],
    };
    expect(definitionFingerprint(handWritten)).toBe(definitionFingerprint(fromDescribe));
    const changed = applyChanges(handWritten, { images: new Map([['api', 'api:2']]), tags: [] });
    expect(definitionFingerprint(changed)).not.toBe(definitionFingerprint(fromDescribe));
  });
});
