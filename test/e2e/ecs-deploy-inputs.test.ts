import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTAINER, containerDefinition, errorsOf, FAMILY, image, inputsOf, REGION, revisionArn, theError, useEcsDeployFixture } from './ecs-fixtures.js';

const fx = useEcsDeployFixture({ seed: 23 });
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ecs-deploy-e2e-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** What `aws ecs describe-task-definition --task-definition api:1` prints, with the fields RegisterTaskDefinition rejects. */
function describeOutput(tag: string): unknown {
  return {
    taskDefinition: {
      taskDefinitionArn: revisionArn(1), family: FAMILY, revision: 1, status: 'ACTIVE',
      containerDefinitions: [{ ...containerDefinition(tag), cpu: 0, environment: [], mountPoints: [], volumesFrom: [], systemControls: [] }],
      volumes: [], placementConstraints: [],
      requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.logging-driver.awslogs' }, { name: 'com.amazonaws.ecs.capability.ecr-auth' }],
      compatibilities: ['EXTERNAL', 'EC2'],
      registeredAt: '2025-01-15T10:00:00.000Z', registeredBy: 'arn:aws:sts::123456789012:assumed-role/deployer/gha',
    },
    tags: [],
  };
}

describe('ecs-deploy dist against the simulator: inputs and options', () => {
  it('wait-until none returns once the deployment started, without polling', async () => {
    await fx.startService();
    fx.setOutcomes([{ outcome: 'stuck-pending' }]);
    const result = await fx.deploy({ image: image('v2'), 'wait-until': 'none' });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ result: 'started', 'task-definition-arn': revisionArn(2), 'rollout-state': 'IN_PROGRESS' });
    expect(result.outputs['deployment-id']).toMatch(/^ecs-svc\/\d+$/);
    // The one DescribeServices before the update; none after it.
    expect(fx.calls('DescribeServices')).toHaveLength(1);
  });

  it('wait-until stable reports deployed only once the old deployment has drained', async () => {
    await fx.startService();
    // Old tasks take 40 s of sim time (~0.8 s real) to stop after the new one runs.
    fx.setOutcomes([], { stoppingMs: 40_000 });
    const result = await fx.deploy({ image: image('v2'), 'wait-until': 'stable' });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ result: 'deployed', 'rollout-state': 'COMPLETED' });
    const oldTasks = [...fx.sim.control.ecs.state().tasks.values()].filter((t) => t.taskDefinitionArn === revisionArn(1));
    expect(oldTasks.length).toBeGreaterThan(0);
    const lastPoll = Math.max(...fx.calls('DescribeServices').map((c) => c.simTime));
    for (const task of oldTasks) expect(task.stoppedAt).toBeLessThanOrEqual(lastPoll);
  });

  it('refuses a service on the CodeDeploy controller before any write', async () => {
    await fx.startService({ deploymentController: 'CODE_DEPLOY' });
    const result = await fx.deploy({ image: image('v2') });
    expect(result.conclusion).toBe('failure');
    expect(theError(result)).toContain('service api uses the CODE_DEPLOY deployment controller; ecs-deploy drives ECS rolling updates only');
    expect(fx.calls('RegisterTaskDefinition')).toEqual([]);
    expect(fx.calls('UpdateService')).toEqual([]);
  });

  it('keep-revisions deregisters older revisions but never the deployed or the previous one', async () => {
    // api:1..5 registered, the service runs api:2; the deploy registers api:6.
    await fx.startService({ revisions: 5, runs: 2 });
    const result = await fx.deploy({ image: image('v2'), 'keep-revisions': '2' });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ result: 'deployed', 'task-definition-arn': revisionArn(6), 'previous-task-definition-arn': revisionArn(2) });
    const deregistered = inputsOf(fx.calls('DeregisterTaskDefinition')).map((input) => input.taskDefinition);
    expect([...deregistered].sort()).toEqual([revisionArn(1), revisionArn(3), revisionArn(4)]);
    expect(await fx.activeRevisions()).toEqual([2, 5, 6]);
    expect(result.log).toContain(`keep-revisions: deregistered 3 older revision(s) of ${FAMILY}`);
  });

  it('registers a describe-task-definition file without the fields only DescribeTaskDefinition returns', async () => {
    await fx.startService();
    const path = writeFile('described.json', JSON.stringify(describeOutput('v3'), null, 2));
    const result = await fx.deploy({ 'task-definition': path });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ result: 'deployed', 'task-definition-arn': revisionArn(2) });
    const [registered, ...more] = inputsOf(fx.calls('RegisterTaskDefinition'));
    expect(more).toEqual([]);
    for (const field of ['taskDefinitionArn', 'revision', 'status', 'requiresAttributes', 'compatibilities', 'registeredAt', 'registeredBy', 'volumes']) {
      expect(registered).not.toHaveProperty(field);
    }
    expect(registered).toMatchObject({ family: FAMILY, containerDefinitions: [{ name: CONTAINER, image: image('v3'), memory: 256 }] });
    expect(registered?.containerDefinitions).toEqual([expect.not.objectContaining({ environment: expect.anything() })]);
    expect(result.log).toContain('Ignoring fields only DescribeTaskDefinition returns: taskDefinitionArn, revision, status, requiresAttributes, compatibilities, registeredAt, registeredBy');
  });
});

describe('bad inputs end in one ::error:: naming the input, before any write', () => {
  const twoContainers = { family: FAMILY, containerDefinitions: [containerDefinition('v2'), { name: 'sidecar', memory: 64 }] };
  const cases: Array<[string, () => Record<string, string>, RegExp]> = [
    ['a missing task-definition file', () => ({ 'task-definition': 'deploy/task-definition.json' }),
      /^Input 'task-definition': cannot read 'deploy\/task-definition\.json' \(ENOENT\)$/],
    ['a task-definition file that is not JSON', () => ({ 'task-definition': writeFile('broken.json', '{\n  "family": "api",\n  "cpu": "256",\n}\n') }),
      /^Input 'task-definition': '.*broken\.json' is not valid JSON at line 4, column 1: /],
    ['an unknown container-name', () => ({ 'container-name': 'worker', image: image('v2') }),
      /^Input 'container-name': .*no container named 'worker' \(containers: api\)$/],
    ['an unknown container in images', () => ({ images: `${CONTAINER}=${image('v2')}\nworker=${image('v2')}` }),
      /^Input 'images': .*no container named 'worker' \(containers: api\)$/],
    ['an unknown service', () => ({ service: 'payments' }), /^Service payments was not found in cluster prod$/],
    ['a container without an image', () => ({ 'task-definition': writeFile('no-image.json', JSON.stringify(twoContainers)) }),
      /^Input 'task-definition': '.*no-image\.json': containerDefinitions\[1\]\.image: must be an image reference$/],
    ['wait-until: sometimes', () => ({ image: image('v2'), 'wait-until': 'sometimes' }),
      /^Input 'wait-until': expected deployed, stable or none, got 'sometimes'$/],
  ];

  it.each(cases)('%s', async (_name, inputs, message) => {
    await fx.startService();
    const result = await fx.deploy(inputs());
    expect(result.conclusion).toBe('failure');
    expect(result.exitCode).toBe(1);
    expect(theError(result)).toMatch(message);
    expect(fx.calls('RegisterTaskDefinition')).toEqual([]);
    expect(fx.calls('UpdateService')).toEqual([]);
    expect(result.env.AWS_REGION).toBe(REGION);
  });
});
