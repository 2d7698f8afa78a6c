import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTAINER, errorsOf, FAMILY, image, inputsOf, LOG_GROUP, revisionArn, theError, useEcsDeployFixture } from './ecs-fixtures.js';

// Several services from one revision, and what UpdateService passes through (tags, EBS volumes) from a YAML file.
const fx = useEcsDeployFixture({ seed: 37 });
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ecs-deploy-services-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROLE = 'arn:aws:iam::123456789012:role/ecsInfrastructureRole';
/** The family's definition as YAML, with a volume ECS configures at launch. */
const YAML_DEFINITION = `# api, deployed by the pipeline
family: ${FAMILY}
volumes:
  - name: data
    configuredAtLaunch: true
containerDefinitions:
  - name: ${CONTAINER}
    image: ${image('v3')}
    memory: 256
    essential: true
    portMappings: [{ containerPort: 8080 }]
    mountPoints: [{ sourceVolume: data, containerPath: /data }]
    logConfiguration:
      logDriver: awslogs
      options: { awslogs-group: ${LOG_GROUP}, awslogs-stream-prefix: ecs }
`;

function writeFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('ecs-deploy dist against the simulator: several services', () => {
  it('registers once and rolls api and worker out in parallel, one verdict line each', async () => {
    await fx.startService();
    await fx.addService('worker');
    const result = await fx.deploy({ service: '', services: 'api\nworker', image: image('v2') });
    expect(errorsOf(result)).toEqual([]);
    expect(fx.calls('RegisterTaskDefinition')).toHaveLength(1);
    expect(inputsOf(fx.calls('UpdateService')).map((i) => [i.service, i.taskDefinition]).sort()).toEqual([['api', revisionArn(2)], ['worker', revisionArn(2)]]);
    const [api, worker] = [await fx.service('api'), await fx.service('worker')];
    expect(result.outputs).toMatchObject({
      result: 'deployed', 'task-definition-arn': revisionArn(2),
      'previous-task-definition-arn': `api=${revisionArn(1)}\nworker=${revisionArn(1)}`,
      'deployment-id': `api=${api.deployments?.[0]?.id}\nworker=${worker.deployments?.[0]?.id}`, 'rollout-state': 'api=COMPLETED\nworker=COMPLETED',
    });
    expect(result.log).toMatch(/^Verdict api: deployed — api:1 → api:2, deployment ecs-svc\/\d+, /m);
    expect(result.log).toMatch(/^Verdict worker: deployed — api:1 → api:2, deployment ecs-svc\/\d+, /m);
    expect(result.summary).toContain('### ✅ ecs-deploy: deployed');
    expect(result.summary).toMatch(/\| api \| ✅ deployed \| ecs-svc\/\d+ \| COMPLETED \|/);
    expect(result.summary).toMatch(/\| worker \| ✅ deployed \| ecs-svc\/\d+ \| COMPLETED \|/);
  });

  it('fails the step when one service is rolled back, and says which', async () => {
    await fx.startService();
    await fx.addService('worker', { circuitBreaker: { rollback: true } });
    fx.setOutcomes([{ outcome: 'fail-to-start' }], {}, 'worker');
    const result = await fx.deploy({ service: '', services: 'api\nworker', image: image('v2') });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs.result).toBe('rolled-back');
    const message = theError(result);
    expect(message).toMatch(/^ecs-deploy rolled-back: 1 of 2 services did not deploy: worker rolled-back \(cluster prod, api:2\)/);
    expect(message).toMatch(/\napi: deployed — api:1 → api:2/);
    expect(message).toMatch(/\nworker: rolled-back — api:1 → api:2, deployment ecs-svc\/\d+, [^\n]*: /);
    expect(message).toContain('--- worker ---');
    expect(message).toContain('TaskFailedToStart — CannotPullContainerError');
    expect((await fx.service('api')).taskDefinition).toBe(revisionArn(2));
    expect((await fx.service('worker')).taskDefinition).toBe(revisionArn(1));
    expect(result.summary).toMatch(/\| worker \| ❌ rolled-back \|/);
    expect(result.summary).toContain('#### worker: Diagnosis');
  });

  it('checks every service before registering: one missing service is a failure with no write', async () => {
    await fx.startService();
    const result = await fx.deploy({ service: '', services: 'api\nqueue-worker', image: image('v2') });
    expect(theError(result)).toBe('Service queue-worker was not found in cluster prod');
    expect(fx.calls('RegisterTaskDefinition')).toEqual([]);
    expect(fx.calls('UpdateService')).toEqual([]);
  });
});

describe('ecs-deploy dist against the simulator: YAML and UpdateService pass-through', () => {
  const volume = `- name: data\n  managedEBSVolume:\n    roleArn: ${ROLE}\n    sizeInGiB: 20\n    volumeType: gp3\n`;

  it('deploys a YAML task definition with propagate-tags, enable-ecs-managed-tags and an EBS volume', async () => {
    await fx.startService();
    const result = await fx.deploy({
      'task-definition': writeFile('task-definition.yaml', YAML_DEFINITION),
      'propagate-tags': 'SERVICE', 'enable-ecs-managed-tags': 'true', 'volume-configurations': volume,
    });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs.result).toBe('deployed');
    const [registered] = inputsOf(fx.calls('RegisterTaskDefinition'));
    expect(registered).toMatchObject({ family: FAMILY, volumes: [{ name: 'data', configuredAtLaunch: true }], containerDefinitions: [expect.objectContaining({ image: image('v3') })] });
    expect(inputsOf(fx.calls('UpdateService'))).toEqual([expect.objectContaining({
      taskDefinition: revisionArn(2), propagateTags: 'SERVICE', enableECSManagedTags: true,
      volumeConfigurations: [{ name: 'data', managedEBSVolume: { roleArn: ROLE, sizeInGiB: 20, volumeType: 'gp3' } }],
    })]);
    const service = await fx.service();
    expect(service).toMatchObject({ propagateTags: 'SERVICE', enableECSManagedTags: true });
    expect(service.deployments?.[0]?.volumeConfigurations).toEqual([expect.objectContaining({ name: 'data' })]);
  });

  it('leaves the tag settings alone when the inputs are not given', async () => {
    await fx.startService();
    const result = await fx.deploy({ image: image('v2') });
    expect(result.outputs.result).toBe('deployed');
    const [update] = inputsOf(fx.calls('UpdateService'));
    expect(update).not.toHaveProperty('propagateTags');
    expect(update).not.toHaveProperty('enableECSManagedTags');
    expect(update).not.toHaveProperty('volumeConfigurations');
  });

  it('an EBS volume ECS refuses (gp3 above 16 TiB) fails the step with the reason ECS gave, after the registration', async () => {
    await fx.startService();
    const result = await fx.deploy({
      'task-definition': writeFile('task-definition-big.yaml', YAML_DEFINITION), 'volume-configurations': volume.replace('sizeInGiB: 20', 'sizeInGiB: 20000'),
    });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs).toMatchObject({ result: 'failed', 'task-definition-arn': revisionArn(2), 'deployment-id': '' });
    expect(theError(result)).toMatch(/Could not update service api: InvalidParameterException: sizeInGiB for a gp3 volume must be between 1 and 16384/);
    expect((await fx.service()).taskDefinition).toBe(revisionArn(1));
  });
});
