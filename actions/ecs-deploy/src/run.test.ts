import { describe, expect, it } from '@jest/globals';
import type { Deployment, Service, Tag, Task, UpdateServiceCommandInput } from '@aws-sdk/client-ecs';
import { ManualClock } from '../../common/src/clock.js';
import { MemoryLogger } from '../../common/src/logger.js';
import type { EcsApi, LogsApi } from './aws.js';
import { getInputs } from './inputs.js';
import type { JsonObject } from './render.js';
import { run } from './run.js';

const ARN = (n: number) => `arn:aws:ecs:us-east-1:123456789012:task-definition/api:${n}`;
const def = (image: string): JsonObject => ({
  family: 'api',
  containerDefinitions: [{ name: 'api', image, memory: 512, logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/api', 'awslogs-stream-prefix': 'ecs' } } }],
});

/** An in-memory ECS whose service answers DescribeServices from a script of deployment lists, one per poll after the update. */
class FakeEcs implements EcsApi {
  readonly revisions: Array<{ arn: string; definition: JsonObject; tags: Tag[] }> = [{ arn: ARN(1), definition: def('api:1'), tags: [] }];
  readonly updates: UpdateServiceCommandInput[] = [];
  registerCalls = 0;
  loseNextRegisterResponse = false;
  script: Array<(fake: FakeEcs) => Deployment[]> = [];
  stopped: Task[] = [];
  private polls = 0;
  service: Service = { serviceName: 'api', status: 'ACTIVE', desiredCount: 2, runningCount: 2, taskDefinition: ARN(1), events: [{ id: 'old-event', message: 'old' }],
    deployments: [{ id: 'ecs-svc/1', status: 'PRIMARY', taskDefinition: ARN(1), rolloutState: 'COMPLETED', desiredCount: 2, runningCount: 2 }] };

  async describeService() {
    if (this.updates.length > 0 && this.script.length > 0) {
      const step = this.script[Math.min(this.polls++, this.script.length - 1)] as (f: FakeEcs) => Deployment[];
      this.service = { ...this.service, deployments: step(this) };
    }
    return this.service;
  }
  async describeTaskDefinition(ref: string) {
    const found = ref === 'api' ? this.revisions.at(-1) : this.revisions.find((r) => r.arn === ref);
    if (!found) throw new Error(`no ${ref}`);
    return { definition: found.definition, arn: found.arn, tags: found.tags };
  }
  async registerTaskDefinition(definition: JsonObject) {
    this.registerCalls += 1;
    const arn = ARN(this.revisions.length + 1);
    this.revisions.push({ arn, definition, tags: (definition.tags as Tag[]) ?? [] });
    if (this.loseNextRegisterResponse) {
      this.loseNextRegisterResponse = false;
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    }
    return arn;
  }
  async updateService(input: UpdateServiceCommandInput) {
    this.updates.push(input);
    const id = `ecs-svc/${this.updates.length + 1}`;
    const deployments: Deployment[] = [{ id, status: 'PRIMARY', taskDefinition: input.taskDefinition, rolloutState: 'IN_PROGRESS' }, ...(this.service.deployments ?? []).map((d) => ({ ...d, status: 'ACTIVE' }))];
    this.service = { ...this.service, taskDefinition: input.taskDefinition, deployments };
    return this.service;
  }
  async stoppedTasks() {
    return this.stopped;
  }
  async activeRevisions() {
    return this.revisions.map((r) => r.arn);
  }
  async deregisterTaskDefinition() {}
}

const logs: LogsApi = { tail: async (_group, stream) => [`${stream}: Error: DATABASE_URL is not set`] };

function setup(values: Record<string, string>) {
  const ecs = new FakeEcs();
  const logger = new MemoryLogger();
  const inputs = getInputs({ read: (n) => ({ cluster: 'prod', service: 'api', timeout: '2m', ...values })[n] ?? '', env: { AWS_REGION: 'us-east-1', GITHUB_RUN_ID: '9' }, readFile: () => '' });
  const go = (signal?: AbortSignal) => run(inputs, { ecs, logs, clock: new ManualClock(0), logger, random: () => 0.5, signal });
  return { ecs, logger, go };
}

const ours = (state: Deployment['rolloutState'], extra: Partial<Deployment> = {}) => (f: FakeEcs): Deployment[] =>
  [{ id: 'ecs-svc/2', status: 'PRIMARY', taskDefinition: f.revisions.at(-1)?.arn, rolloutState: state, desiredCount: 2, runningCount: state === 'COMPLETED' ? 2 : 0, ...extra }];

describe('run', () => {
  it('does nothing when the rendered definition equals the current revision', async () => {
    const s = setup({ image: 'api:1' });
    const report = await s.go();
    expect(report.result).toBe('unchanged');
    expect(s.ecs.registerCalls).toBe(0);
    expect(s.ecs.updates).toEqual([]);
  });

  it('registers once even when the first response is lost, then deploys', async () => {
    const s = setup({ image: 'api:2' });
    s.ecs.loseNextRegisterResponse = true;
    s.ecs.script = [ours('IN_PROGRESS'), ours('COMPLETED')];
    const report = await s.go();
    expect(s.ecs.registerCalls).toBe(1);
    expect(report).toMatchObject({ result: 'deployed', taskDefinitionArn: ARN(2), previousTaskDefinitionArn: ARN(1), deploymentId: 'ecs-svc/2', rolloutState: 'COMPLETED' });
    expect(s.logger.text()).toContain('checking whether it registered before trying again');
  });

  it('rolls back itself when asked and ECS did not, and diagnoses the failure', async () => {
    const s = setup({ image: 'api:2', 'rollback-on-failure': 'true' });
    s.ecs.stopped = [{ taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/prod/t1', startedAt: new Date(0), stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited', containers: [{ name: 'api', exitCode: 1 }] }];
    s.ecs.script = [
      ours('FAILED', { rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.' }),
      () => [{ id: 'ecs-svc/3', status: 'PRIMARY', taskDefinition: ARN(1), rolloutState: 'COMPLETED', desiredCount: 2, runningCount: 2 }],
    ];
    const report = await s.go();
    expect(report.result).toBe('rolled-back');
    expect(s.ecs.updates.map((u) => u.taskDefinition)).toEqual([ARN(2), ARN(1)]);
    expect(report.rollback).toContain(`rolled back to ${ARN(1)}`);
    expect(report.diagnosis?.tasks[0]).toMatchObject({ taskId: 't1', stopCode: 'EssentialContainerExited' });
    expect(report.diagnosis?.tasks[0]?.containers[0]?.logs).toEqual(['ecs/api/t1: Error: DATABASE_URL is not set']);
  });

  it('times out at the deadline with the deployment still in progress', async () => {
    const s = setup({ image: 'api:2', timeout: '30s' });
    s.ecs.script = [ours('IN_PROGRESS')];
    const report = await s.go();
    expect(report.result).toBe('timed-out');
    expect(report.reason).toContain('did not finish before the timeout');
  });

  it('reports cancelled when the workflow is cancelled', async () => {
    const s = setup({ image: 'api:2' });
    s.ecs.script = [ours('IN_PROGRESS')];
    const cancel = new AbortController();
    cancel.abort();
    expect((await s.go(cancel.signal)).result).toBe('cancelled');
  });

  it('refuses a CodeDeploy service before any write', async () => {
    const s = setup({ image: 'api:2' });
    s.ecs.service = { ...s.ecs.service, deploymentController: { type: 'CODE_DEPLOY' } };
    await expect(s.go()).rejects.toThrow('CODE_DEPLOY deployment controller');
    expect(s.ecs.registerCalls).toBe(0);
  });
});
