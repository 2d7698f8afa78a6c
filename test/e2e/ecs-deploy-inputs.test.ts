import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
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

  it('refuses a service on the EXTERNAL controller before any write', async () => {
    await fx.startService({ deploymentController: 'EXTERNAL' });
    const result = await fx.deploy({ image: image('v2') });
    expect(result.conclusion).toBe('failure');
    expect(theError(result)).toContain('service api uses the EXTERNAL deployment controller; ecs-deploy drives ECS deployments (rolling, blue/green, linear, canary) and CodeDeploy blue/green only');
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

describe('a failure after the registration', () => {
  it('still sets the outputs it knows and writes the job summary', async () => {
    await fx.startService();
    // ECS refuses an awsvpc revision for a service created without a network configuration, after it registered it.
    const path = writeFile('awsvpc.json', JSON.stringify({ family: FAMILY, networkMode: 'awsvpc', containerDefinitions: [containerDefinition('v2')] }));
    const result = await fx.deploy({ 'task-definition': path });
    expect(result.conclusion).toBe('failure');
    expect(fx.calls('RegisterTaskDefinition').filter((c) => c.status === 200)).toHaveLength(1);
    expect(result.outputs).toEqual({
      'task-definition-arn': revisionArn(2), 'previous-task-definition-arn': revisionArn(1), 'deployment-id': '', 'rollout-state': '', result: 'failed',
    });
    expect(theError(result)).toMatch(/^ecs-deploy failed: api in prod, api:1 → api:2 \(deployment none\): Could not update service api: InvalidParameterException: Network Configuration must be provided/);
    expect(result.summary).toContain('❌ ecs-deploy: failed');
    expect(result.summary).toContain(`| Task definition | ${FAMILY}:1 → ${FAMILY}:2 |`);
    expect(result.summary).toContain('| Reason | Could not update service api: InvalidParameterException');
  });
});

/**
 * The rows of an input table share one service, set up once (~25 ms of CPU a row less): each row's run fails on its
 * inputs before any write, as the rows assert, so the next row finds the service as set up. A row counts only the
 * calls made from its own start.
 */
function useOneServiceForEachRow(): void {
  beforeAll(() => fx.startService());
  beforeEach(() => fx.countCallsFromHere());
}

describe('bad inputs end in one ::error:: naming the input, before any write', () => {
  useOneServiceForEachRow();
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
    ['a task-definition file that is not valid YAML', () => ({ 'task-definition': writeFile('td.yaml', 'family: api\ncontainerDefinitions:\n  - name: api\n   image: x\n') }),
      /^Input 'task-definition': '.*td\.yaml' is not valid YAML at line 4, column 1: missing char$/],
    ['both service and services', () => ({ services: 'api\nworker' }), /^Input 'services': give either service \(one\) or services \(several, one a line\), not both$/],
    ['a volume configuration without a role', () => ({ image: image('v2'), 'volume-configurations': '[{"name": "data", "managedEBSVolume": {"sizeInGiB": 20}}]' }),
      /^Input 'volume-configurations': \[0\]\.managedEBSVolume\.roleArn: must be an IAM role ARN/],
    ['a volume configuration naming no configuredAtLaunch volume', () => ({
      image: image('v2'), 'volume-configurations': 'name: data\nmanagedEBSVolume:\n  roleArn: arn:aws:iam::123456789012:role/ecsInfrastructure\n  sizeInGiB: 20\n',
    }), /^Input 'volume-configurations': 'data' is not a volume of the task definition with configuredAtLaunch: true \(such volumes: none\)$/],
    ['a missing codedeploy-appspec file', () => ({ image: image('v2'), 'codedeploy-appspec': 'deploy/appspec.yaml' }),
      /^Input 'codedeploy-appspec': cannot read 'deploy\/appspec\.yaml' \(ENOENT\)$/],
  ];

  it.each(cases)('%s', async (_name, inputs, message) => {
    const result = await fx.deploy(inputs());
    expect(result.conclusion).toBe('failure');
    expect(result.exitCode).toBe(1);
    expect(theError(result)).toMatch(message);
    expect(fx.calls('RegisterTaskDefinition')).toEqual([]);
    expect(fx.calls('UpdateService')).toEqual([]);
    expect(result.env.AWS_REGION).toBe(REGION);
  });
});

describe('names, image references, durations and files refused before any AWS call', () => {
  useOneServiceForEachRow();
  const long = 'a'.repeat(100_000);
  const digest = `sha256:${'0'.repeat(64)}`;
  // [label, inputs, the input named, what the message shows of the value]
  const cases: Array<[string, () => Record<string, string>, string, string]> = [
    ['cluster with a newline', () => ({ cluster: 'prod\n::warning::forged-cluster' }), 'cluster', '"prod\\n::warning::forged-cluster"'],
    ['cluster of 100,000 characters', () => ({ cluster: long }), 'cluster', '… (100000 characters)'],
    ['cluster a/b/c', () => ({ cluster: 'a/b/c' }), 'cluster', "'a/b/c'"],
    ['service with a newline', () => ({ service: 'api\r::error::forged-service' }), 'service', '"api\\r::error::forged-service"'],
    ['service of 100,000 characters', () => ({ service: long }), 'service', '… (100000 characters)'],
    ['service a/b/c', () => ({ service: 'a/b/c' }), 'service', "'a/b/c'"],
    ['container-name with a newline', () => ({ 'container-name': 'api\nx', image: image('v2') }), 'container-name', '"api\\nx"'],
    ['container-name of 100,000 characters', () => ({ 'container-name': long, image: image('v2') }), 'container-name', '… (100000 characters)'],
    ['container-name a/b/c', () => ({ 'container-name': 'a/b/c', image: image('v2') }), 'container-name', "'a/b/c'"],
    ['image ../../../../etc/passwd', () => ({ image: '../../../../etc/passwd' }), 'image', "'../../../../etc/passwd'"],
    ['image ::warning::x', () => ({ image: '::warning::x' }), 'image', "'::warning::x'"],
    ['image REPO/API@sha256:xyz', () => ({ image: 'REPO/API@sha256:xyz' }), 'image', "'REPO/API@sha256:xyz'"],
    ['an images line with a path for an image', () => ({ images: `${CONTAINER}=${image('v2')}@${digest}\nworker=../../etc/passwd` }), 'images', "'../../etc/passwd'"],
    ['an images line naming container a/b/c', () => ({ images: `a/b/c=${image('v2')}` }), 'images', "'a/b/c'"],
    ['timeout beyond the timer limit', () => ({ image: image('v2'), timeout: '600h' }), 'timeout', "'600h'"],
    ['task-definition-arn with a newline', () => ({ 'task-definition-arn': 'api:1\n::error::forged-arn' }), 'task-definition-arn', '"api:1\\n::error::forged-arn"'],
    ['wait-until with a newline', () => ({ image: image('v2'), 'wait-until': 'none\n::error::forged-wait' }), 'wait-until', '"none\\n::error::forged-wait"'],
    ['services with a newline inside a name', () => ({ service: '', services: 'api\n::error::forged-service' }), 'services', "'::error::forged-service'"],
    ['propagate-tags ALL', () => ({ image: image('v2'), 'propagate-tags': 'ALL' }), 'propagate-tags', "'ALL'"],
    ['enable-ecs-managed-tags maybe', () => ({ image: image('v2'), 'enable-ecs-managed-tags': 'maybe' }), 'enable-ecs-managed-tags', "'maybe'"],
    ['codedeploy-application with a newline', () => ({ image: image('v2'), 'codedeploy-application': 'AppECS\n::warning::x' }), 'codedeploy-application', '"AppECS\\n::warning::x"'],
    ['codedeploy-deployment-group a/b', () => ({ image: image('v2'), 'codedeploy-deployment-group': 'a/b' }), 'codedeploy-deployment-group', "'a/b'"],
    ['scheduled-tasks schedule/only-a-group', () => ({ image: image('v2'), 'scheduled-tasks': 'schedule/only-a-group' }), 'scheduled-tasks', "'schedule/only-a-group'"],
  ];

  it.each(cases)('%s', async (_name, inputs, input, shown) => {
    const result = await fx.deploy(inputs());
    expect(result.conclusion).toBe('failure');
    expect(result.exitCode).toBe(1);
    const message = theError(result);
    expect(message.startsWith(`Input '${input}': expected `) || message.startsWith(`Input '${input}': ${shown} is not`)).toBe(true);
    expect(message).toContain(shown);
    expect(message.length).toBeLessThan(400);
    expect(result.annotations).toHaveLength(1);
    expect(fx.allCalls()).toEqual([]);
  });

  it('a task-definition file that is neither a JSON nor a YAML object: never the content', async () => {
    const content = 'db_password=hunter2-8f3a\n::warning::forged-from-file\n';
    const path = writeFile('secrets.env', content);
    const result = await fx.deploy({ 'task-definition': path });
    expect(result.conclusion).toBe('failure');
    expect(theError(result)).toMatch(/^Input 'task-definition': '.*secrets\.env' must hold a JSON or YAML object \(a task definition\)$/);
    expect(result.annotations).toHaveLength(1);
    for (const shown of [result.log, result.stdout, result.stderr, result.summary]) {
      expect(shown).not.toContain('hunter2');
      expect(shown).not.toContain('forged-from-file');
    }
    expect(fx.allCalls()).toEqual([]);
  });
});
