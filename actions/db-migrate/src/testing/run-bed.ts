// The run-task and exec orchestration's test bed: an ECS, CloudWatch Logs and Session Manager in one fake, on a
// manual clock. Shared by the run*.test.ts files.
import { ManualClock } from '../../../common/src/clock.js';
import type { DescribedTaskDefinition, EcsService as Service, EcsTask as Task, RunTaskRequest, TaskDefinitionTag } from '../../../common/src/ecs-types.js';
import { MemoryLogger } from '../../../common/src/logger.js';
import type { LogEventPage, LogsApi } from '../../../common/src/logs.js';
import type { JsonObject } from '../../../common/src/taskdef.js';
import type { EcsApi, ExecSessionInfo } from '../aws.js';
import type { ExecSessionClient, ExecSessionResult } from '../deps.js';
import { getInputs } from '../inputs.js';
import type { JobLog } from '../printers.js';
import { STARTED_BY } from '../plan.js';
import { run } from '../run.js';

/** The ARN of the n-th task RunTask starts. */
export const taskArn = (n: number): string => `arn:aws:ecs:us-east-1:123456789012:task/prod/t${n}`;

export const TD = 'arn:aws:ecs:us-east-1:123456789012:task-definition/api:4';
const definition: JsonObject = {
  family: 'api', taskDefinitionArn: TD, networkMode: 'awsvpc',
  containerDefinitions: [{ name: 'api', image: 'repo/api:1', essential: true, logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/api', 'awslogs-stream-prefix': 'ecs' } } }],
};

interface Script { startMs: number; runMs?: number; exitCode?: number; failToStart?: string; lines?: string[] }

/** An ECS whose one-off tasks follow a script in the fake clock's time. */
export class FakeEcs implements EcsApi {
  service: Service = { serviceName: 'api', status: 'ACTIVE', taskDefinition: TD, enableExecuteCommand: true, networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } } };
  script: Script = { startMs: 2000, runMs: 5000, exitCode: 0 };
  readonly runs: RunTaskRequest[] = [];
  readonly registered: JsonObject[] = [];
  registerError?: Error;
  /** The next register calls fail with these, after ECS registered (a lost response). */
  registerLostResponses: Error[] = [];
  readonly stops: Array<{ reason: string; at: number; signal?: AbortSignal; accepted: boolean }> = [];
  /** The next StopTask calls fail with these (ECS refused them, e.g. throttling). */
  stopErrors: Error[] = [];
  readonly describeSignals: Array<AbortSignal | undefined> = [];
  /** Runs before each DescribeTasks answer, e.g. to cancel at a chosen moment. */
  onDescribe?: (signal?: AbortSignal) => void;
  runTaskHook?: (signal?: AbortSignal) => Promise<void>;
  /** One of the tasks RunTask started has been described as STOPPED. */
  describedStopped = false;
  readonly execs: Array<{ command: string; container: string }> = [];
  readonly tasks = new Map<string, { created: number; stoppedAt?: number; startedBy?: string; stopReason?: string }>();
  otherTasks: Task[] = [];
  agentStatus = 'RUNNING';

  constructor(private readonly clock: ManualClock) {}

  async describeService() {
    return this.service;
  }
  async describeTaskDefinition(ref: string): Promise<DescribedTaskDefinition> {
    const latest = this.registered.at(-1);
    if (ref === 'api' && latest) {
      const { tags, ...content } = latest;
      const arn = `arn:aws:ecs:us-east-1:123456789012:task-definition/api:${4 + this.registered.length}`;
      return { definition: { ...content, taskDefinitionArn: arn }, arn, tags: (tags ?? []) as TaskDefinitionTag[] };
    }
    return { definition, arn: TD, tags: [{ key: 'team', value: 'payments' }] };
  }
  async registerTaskDefinition(input: JsonObject) {
    if (this.registerError) throw this.registerError;
    this.registered.push(input);
    const lost = this.registerLostResponses.shift();
    if (lost) throw lost;
    return `arn:aws:ecs:us-east-1:123456789012:task-definition/api:${4 + this.registered.length}`;
  }
  async runTask(input: RunTaskRequest, signal?: AbortSignal) {
    await this.runTaskHook?.(signal);
    this.runs.push(input);
    const arn = taskArn(this.runs.length);
    this.tasks.set(arn, { created: this.clock.now(), startedBy: input.startedBy });
    return { tasks: [this.view(arn)], failures: [] };
  }
  async listTasks() {
    return this.otherTasks.map((t) => t.taskArn as string);
  }
  async describeTasks(_cluster: string, arns: string[], signal?: AbortSignal) {
    await new Promise((resolve) => setImmediate(resolve));
    this.describeSignals.push(signal);
    this.onDescribe?.(signal);
    if (signal?.aborted) throw Object.assign(new Error('Request aborted'), { name: 'AbortError' });
    const tasks = arns.map((arn) => this.otherTasks.find((t) => t.taskArn === arn) ?? this.view(arn));
    if (tasks.some((t) => this.tasks.has(t.taskArn ?? '') && t.lastStatus === 'STOPPED')) this.describedStopped = true;
    return tasks;
  }
  async stopTask(_cluster: string, arn: string, reason: string, signal?: AbortSignal) {
    const refused = this.stopErrors.shift();
    this.stops.push({ reason, at: this.clock.now(), signal, accepted: !refused });
    if (refused) throw refused;
    const task = this.tasks.get(arn);
    if (task && task.stoppedAt === undefined) Object.assign(task, { stoppedAt: this.clock.now() + 500, stopReason: reason });
  }
  async executeCommand(input: { command: string; container: string }): Promise<ExecSessionInfo> {
    this.execs.push(input);
    return { sessionId: 's-1', streamUrl: 'ws://127.0.0.1:1/x', tokenValue: 'tok' };
  }
  /** Log events of task 1, as the script writes them (one per 100 ms from RUNNING). */
  logEvents(): Array<{ timestamp: number; message: string }> {
    const task = this.tasks.values().next().value;
    if (!task) return [];
    const end = Math.min(this.clock.now(), task.stoppedAt ?? Infinity);
    return (this.script.lines ?? []).map((message, i) => ({ message, timestamp: task.created + this.script.startMs + i * 100 })).filter((e) => e.timestamp <= end);
  }

  private view(arn: string): Task {
    const t = this.tasks.get(arn);
    if (!t) return { taskArn: arn, lastStatus: 'RUNNING', startedBy: STARTED_BY, containers: [] };
    const now = this.clock.now();
    const s = this.script;
    const natural = s.failToStart ? t.created + s.startMs : s.runMs === undefined ? Infinity : t.created + s.startMs + s.runMs;
    const stoppedAt = Math.min(natural, t.stoppedAt ?? Infinity);
    const base: Task = { taskArn: arn, startedBy: t.startedBy, createdAt: new Date(t.created), enableExecuteCommand: true };
    if (now < stoppedAt) {
      const running = now >= t.created + s.startMs;
      return { ...base, lastStatus: running ? 'RUNNING' : 'PENDING', desiredStatus: t.stoppedAt ? 'STOPPED' : 'RUNNING', containers: [{ name: 'api', lastStatus: running ? 'RUNNING' : 'PENDING', managedAgents: [{ name: 'ExecuteCommandAgent', lastStatus: this.agentStatus }] }] };
    }
    if (t.stoppedAt !== undefined && t.stoppedAt <= natural) {
      return { ...base, lastStatus: 'STOPPED', stopCode: 'UserInitiated', stoppedReason: t.stopReason, containers: [{ name: 'api', lastStatus: 'STOPPED', exitCode: 143 }] };
    }
    if (s.failToStart) {
      return { ...base, lastStatus: 'STOPPED', stopCode: 'TaskFailedToStart', stoppedReason: s.failToStart, containers: [{ name: 'api', lastStatus: 'STOPPED', reason: s.failToStart }] };
    }
    return { ...base, lastStatus: 'STOPPED', stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited', containers: [{ name: 'api', lastStatus: 'STOPPED', exitCode: s.exitCode }] };
  }
}

/** `log`: print through these instead of recording (`logger` and `printed` then stay empty). */
export function setup(values: Record<string, string> = {}, options: { log?: JobLog } = {}) {
  const clock = new ManualClock(1_000_000);
  const ecs = new FakeEcs(clock);
  const logger = new MemoryLogger();
  const printed: string[] = [];
  const logsApi: Pick<LogsApi, 'page'> = {
    async page(_g, _s, token): Promise<LogEventPage> {
      await new Promise((resolve) => setImmediate(resolve));
      const from = token ? Number(token) : 0;
      const events = ecs.logEvents().slice(from);
      return { events, nextForwardToken: String(from + events.length) };
    },
  };
  const sessions: Array<{ nonce: string }> = [];
  let sessionResult: ExecSessionResult = { exitCode: 0, closedBy: 'sentinel' };
  let sessionOutput = ['Migrating: 2024_01_01_create_users'];
  const session: ExecSessionClient = {
    commandLine: (command, nonce) => `wrapped(${JSON.stringify(command)}, ${nonce})`,
    run: async (options) => {
      sessions.push({ nonce: options.nonce });
      for (const line of sessionOutput) options.onOutput(line);
      return sessionResult;
    },
  };
  const inputs = getInputs({ read: (n) => ({ cluster: 'prod', service: 'api', command: 'bin/migrate', timeout: '1m', ...values })[n] ?? '', env: { AWS_REGION: 'us-east-1', GITHUB_RUN_ID: '5' } });
  const log = options.log ?? { logger, printLine: (l: string) => printed.push(l) };
  const go = (signal?: AbortSignal) => run(inputs, {
    ecs, logs: { forRegion: () => logsApi }, clock, logger: log.logger, printLine: log.printLine, signal, session,
    timings: { lateEventsMs: 1000, stopWaitMs: 5000 },
  });
  return { ecs, clock, logger, printed, go, sessions, setSessionResult: (r: ExecSessionResult) => (sessionResult = r),
    setSessionOutput: (lines: string[]) => (sessionOutput = lines), clientToken: inputs.clientToken, logs: logsApi, arn: taskArn };
}

