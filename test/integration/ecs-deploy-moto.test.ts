import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  CreateClusterCommand, CreateServiceCommand, DescribeServicesCommand, DescribeTaskDefinitionCommand, ECSClient,
  RegisterTaskDefinitionCommand, type RegisterTaskDefinitionCommandInput, type Service,
} from '@aws-sdk/client-ecs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ActionResult, runAction } from '../harness/index.js';
import { runAwsCli } from '../support/awscli.js';
import { motoOnlyEnv, startMoto, type MotoServer } from '../support/moto.js';

// ecs-deploy's dist against moto, an ECS implementation this repo did not write: what the action sends
// (RegisterTaskDefinition with tags, UpdateService, DescribeServices/DescribeTaskDefinition parsing) must be
// accepted by it.
//
// What moto 5.2.1 does NOT model, and so what the verdicts below honestly are:
// - UpdateService with a new taskDefinition only re-points service.taskDefinition. It starts no deployment:
//   deployments[0] keeps the task definition the service was created with. Real ECS answers UpdateService with a
//   new PRIMARY deployment of the new revision, and the action refuses to follow a deployment it cannot find, so a
//   new revision ends, even with wait-until none, in "UpdateService did not start a deployment of <arn>" — after
//   moto accepted both write calls.
// - rolloutState is decided once, at CreateService: COMPLETED when MOTO_ECS_SERVICE_RUNNING >= desiredCount,
//   otherwise IN_PROGRESS forever. Only force-new-deployment of the current revision (moto gives the deployment a
//   new id, same task definition) yields a deployment the action can follow: "deployed" on a COMPLETED service,
//   "timed-out" on an IN_PROGRESS one. No rollout happens in either case.

jest.setTimeout(60_000);

const RUNNING = 2;
const actionDir = fileURLToPath(new URL('../../actions/ecs-deploy', import.meta.url));
let moto: MotoServer;
let ecs: ECSClient;
let workDir: string;

/** A Fargate definition with the fields users have, so the round trip exercises more than name and image. */
const baseDefinition = {
  family: 'api',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
  executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  containerDefinitions: [{
    name: 'api',
    image: 'registry.example/api:1',
    memory: 512,
    essential: true,
    portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
    environment: [{ name: 'LOG_LEVEL', value: 'info' }],
    healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'], interval: 10, retries: 3 },
    logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/api', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' } },
  }],
} satisfies RegisterTaskDefinitionCommandInput;

async function deploy(inputs: Record<string, string>): Promise<ActionResult> {
  const result = await runAction({ actionDir, with: { cluster: 'prod', ...inputs }, env: motoOnlyEnv(moto), timeoutMs: 45_000 });
  await result.dispose();
  return result;
}

async function createService(name: string, desiredCount: number): Promise<Service> {
  const created = await ecs.send(new CreateServiceCommand({
    cluster: 'prod', serviceName: name, taskDefinition: 'api:1', desiredCount,
    deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true }, maximumPercent: 200, minimumHealthyPercent: 100 },
  }));
  return created.service as Service;
}

async function describeService(name: string): Promise<Service> {
  const out = await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: [name] }));
  return out.services?.[0] as Service;
}

const errors = (result: ActionResult) => result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
const revisionArn = (revision: number) => `arn:aws:ecs:us-east-1:123456789012:task-definition/api:${revision}`;

beforeAll(async () => {
  moto = await startMoto({ serverEnv: { MOTO_ECS_SERVICE_RUNNING: String(RUNNING) } });
  ecs = new ECSClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  workDir = await mkdtemp(join(tmpdir(), 'ecs-deploy-moto-'));
  await ecs.send(new CreateClusterCommand({ clusterName: 'prod' }));
  await ecs.send(new RegisterTaskDefinitionCommand(baseDefinition));
}, 60_000);

afterAll(async () => {
  ecs?.destroy();
  await moto?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
}, 30_000);

describe('ecs-deploy dist against moto', () => {
  it('gets RegisterTaskDefinition (new image, our tags) and UpdateService accepted; moto starts no deployment, so the action refuses to claim one', async () => {
    await createService('web', RUNNING);
    const result = await deploy({ service: 'web', 'container-name': 'api', image: 'registry.example/api:2', 'wait-until': 'none' });

    expect(Object.keys(result.env).filter((key) => key.startsWith('AWS_ENDPOINT_URL_'))).toEqual([]);
    expect(result.env.AWS_ENDPOINT_URL).toBe(moto.endpoint);
    const registered = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'api:2', include: ['TAGS'] }));
    expect(registered.taskDefinition?.containerDefinitions?.[0]).toMatchObject({
      name: 'api', image: 'registry.example/api:2', environment: [{ name: 'LOG_LEVEL', value: 'info' }],
      logConfiguration: baseDefinition.containerDefinitions[0]!.logConfiguration,
    });
    expect(registered.taskDefinition).toMatchObject({ cpu: '256', memory: '512', networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'] });
    expect(registered.tags).toEqual(expect.arrayContaining([
      { key: 'github-repository', value: result.env.GITHUB_REPOSITORY },
      { key: 'github-sha', value: result.env.GITHUB_SHA },
      { key: 'github-run-id', value: result.env.GITHUB_RUN_ID },
      { key: 'platform-actions-run', value: expect.stringContaining(String(result.env.GITHUB_RUN_ID)) },
    ]));
    const service = await describeService('web');
    expect(service.taskDefinition).toBe(revisionArn(2));
    // The gap in moto: its only deployment still runs revision 1.
    expect(service.deployments?.map((d) => [d.status, d.taskDefinition])).toEqual([['PRIMARY', revisionArn(1)]]);

    expect(result.conclusion).toBe('failure');
    expect(errors(result)).toEqual([`ecs-deploy failed: web in prod, api:1 → api:2 (deployment none): UpdateService did not start a deployment of ${revisionArn(2)}`]);
    expect(result.log).toContain(`Registered ${revisionArn(2)}`);
    // A failure after the registration still says what is known, in the outputs and the job summary.
    expect(result.outputs).toEqual({
      'task-definition-arn': revisionArn(2), 'previous-task-definition-arn': revisionArn(1), 'deployment-id': '', 'rollout-state': '', result: 'failed',
    });
    expect(result.summary).toContain('❌ ecs-deploy: failed');
    expect(result.summary).toContain(`| Reason | UpdateService did not start a deployment of ${revisionArn(2)} |`);
  });

  it('force-new-deployment of the current revision: follows moto\'s new deployment id to its COMPLETED state ("deployed")', async () => {
    const before = await createService('steady', RUNNING);
    const result = await deploy({ service: 'steady', 'task-definition-arn': 'api:1', 'force-new-deployment': 'true', 'wait-until': 'deployed', timeout: '20s' });

    expect(errors(result)).toEqual([]);
    expect(result.conclusion).toBe('success');
    const after = await describeService('steady');
    const deployment = after.deployments?.[0];
    expect(deployment?.id).not.toBe(before.deployments?.[0]?.id);
    expect(result.outputs).toMatchObject({
      result: 'deployed', 'rollout-state': 'COMPLETED', 'deployment-id': deployment?.id,
      'task-definition-arn': revisionArn(1), 'previous-task-definition-arn': revisionArn(1),
    });
  });

  it('a service moto keeps IN_PROGRESS (running < desired) is never called deployed: "timed-out"', async () => {
    await createService('stalled', RUNNING + 1);
    const result = await deploy({ service: 'stalled', 'task-definition-arn': 'api:1', 'force-new-deployment': 'true', timeout: '3s' });

    expect(result.conclusion).toBe('failure');
    expect(result.outputs).toMatchObject({ result: 'timed-out', 'rollout-state': 'IN_PROGRESS' });
    const [error, ...more] = errors(result);
    expect(more).toEqual([]);
    expect(error).toContain('timed-out');
    expect(error).toContain(`running ${RUNNING}/${RUNNING + 1}`);
  });

  it('registers a file exported with `aws ecs describe-task-definition` from moto, fed back as task-definition', async () => {
    const exported = await runAwsCli(['ecs', 'describe-task-definition', '--task-definition', 'api:1', '--include', 'TAGS'], moto.env(), { timeoutMs: 30_000 });
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const file = join(workDir, 'exported-task-definition.json');
    await writeFile(file, exported.stdout);
    const exportedDefinition = (JSON.parse(exported.stdout) as { taskDefinition: Record<string, unknown> }).taskDefinition;
    expect(exportedDefinition).toMatchObject({ taskDefinitionArn: revisionArn(1), revision: 1, status: 'ACTIVE' });

    await createService('roundtrip', RUNNING);
    const latestBefore = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'api' }));
    const next = (latestBefore.taskDefinition?.revision ?? 0) + 1;
    const result = await deploy({
      service: 'roundtrip', 'task-definition': file, 'container-name': 'api', image: 'registry.example/api:3',
      'environment-variables': 'RELEASE=3', 'wait-until': 'none',
    });

    expect(result.log).toContain('Ignoring fields only DescribeTaskDefinition returns: taskDefinitionArn, revision, status');
    expect(result.log).toContain(`Registered ${revisionArn(next)}`);
    const registered = (await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: `api:${next}` }))).taskDefinition;
    expect(registered?.containerDefinitions?.[0]).toMatchObject({
      image: 'registry.example/api:3',
      environment: [{ name: 'LOG_LEVEL', value: 'info' }, { name: 'RELEASE', value: '3' }],
      portMappings: [expect.objectContaining({ containerPort: 8080 })],
      healthCheck: expect.objectContaining({ command: baseDefinition.containerDefinitions[0]!.healthCheck.command }),
    });
    expect(registered).toMatchObject({ cpu: '256', memory: '512', executionRoleArn: baseDefinition.executionRoleArn });
    // As in the first test: accepted by moto, then moto's missing deployment is the only error.
    expect(errors(result)).toEqual([`ecs-deploy failed: roundtrip in prod, api:1 → api:${next} (deployment none): UpdateService did not start a deployment of ${revisionArn(next)}`]);
    expect(result.outputs).toMatchObject({ 'task-definition-arn': revisionArn(next), result: 'failed' });
  });
});
