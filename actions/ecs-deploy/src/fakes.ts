// Fakes of the ECS and CloudWatch Logs adapters for run()'s tests (no module mocking: run takes them as deps).
import type {
  EcsDeployment as Deployment, EcsService as Service, EcsTask as Task, TaskDefinitionTag as Tag, UpdateServiceRequest,
} from '../../common/src/ecs-types.js';
import type { EcsApi } from './aws.js';
import type { DiagnosisLogs } from './diagnosis.js';
import type { JsonObject } from './render.js';

export const ARN = (n: number) => `arn:aws:ecs:us-east-1:123456789012:task-definition/api:${n}`;
export const def = (image: string): JsonObject => ({
  family: 'api',
  containerDefinitions: [{ name: 'api', image, memory: 512, logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/api', 'awslogs-stream-prefix': 'ecs' } } }],
});

/** An in-memory ECS whose service answers DescribeServices from a script of deployment lists, one per poll after the update. */
export class FakeEcs implements EcsApi {
  readonly revisions: Array<{ arn: string; definition: JsonObject; tags: Tag[] }> = [{ arn: ARN(1), definition: def('api:1'), tags: [] }];
  readonly updates: UpdateServiceRequest[] = [];
  registerCalls = 0;
  loseNextRegisterResponse = false;
  script: Array<(fake: FakeEcs) => Deployment[]> = [];
  stopped: Task[] = [];
  /** Every call by name (updateService with its task definition), in order. */
  readonly calls: string[] = [];
  /** Runs at each DescribeServices (1-based count): a cancel arriving mid-wait, a poll that fails. */
  onDescribeService?: (n: number) => void;
  onRegister?: () => void;
  /** Replaces the answer of UpdateService (after it was recorded). */
  updateAnswer?: (input: UpdateServiceRequest) => Service;
  stoppedTasksCall?: (signal?: AbortSignal) => Promise<Task[]>;
  private polls = 0;
  private describes = 0;
  service: Service = { serviceName: 'api', status: 'ACTIVE', desiredCount: 2, runningCount: 2, taskDefinition: ARN(1), events: [{ id: 'old-event', message: 'old' }],
    deployments: [{ id: 'ecs-svc/1', status: 'PRIMARY', taskDefinition: ARN(1), rolloutState: 'COMPLETED', desiredCount: 2, runningCount: 2 }] };

  async describeService() {
    this.calls.push('describeService');
    this.onDescribeService?.((this.describes += 1));
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
    this.onRegister?.();
    const arn = ARN(this.revisions.length + 1);
    this.revisions.push({ arn, definition, tags: (definition.tags as Tag[]) ?? [] });
    if (this.loseNextRegisterResponse) {
      this.loseNextRegisterResponse = false;
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    }
    return arn;
  }
  async updateService(input: UpdateServiceRequest) {
    this.calls.push(`updateService ${input.taskDefinition}`);
    this.updates.push(input);
    if (this.updateAnswer) return this.updateAnswer(input);
    const id = `ecs-svc/${this.updates.length + 1}`;
    const deployments: Deployment[] = [{ id, status: 'PRIMARY', taskDefinition: input.taskDefinition, rolloutState: 'IN_PROGRESS' }, ...(this.service.deployments ?? []).map((d) => ({ ...d, status: 'ACTIVE' }))];
    this.service = { ...this.service, taskDefinition: input.taskDefinition, deployments };
    return this.service;
  }
  async stoppedTasks(_cluster: string, _service: string, _arn: string, _limit: number, signal?: AbortSignal) {
    this.calls.push('stoppedTasks');
    return this.stoppedTasksCall ? this.stoppedTasksCall(signal) : this.stopped;
  }
  async activeRevisions() {
    return this.revisions.map((r) => r.arn);
  }
  async deregisterTaskDefinition() {}
}

export const logs: DiagnosisLogs = { forRegion: () => ({ tail: async (_group, stream) => [`${stream}: Error: DATABASE_URL is not set`] }) };

/** A deployment list with our deployment (of the newest revision) in `state`. */
export const ours = (state: Deployment['rolloutState'], extra: Partial<Deployment> = {}) => (f: FakeEcs): Deployment[] =>
  [{ id: 'ecs-svc/2', status: 'PRIMARY', taskDefinition: f.revisions.at(-1)?.arn, rolloutState: state, desiredCount: 2, runningCount: state === 'COMPLETED' ? 2 : 0, ...extra }];
