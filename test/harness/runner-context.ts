import { arch, platform } from 'node:process';
import { dirname } from 'node:path';

import type { RunnerJob } from './runner-job.js';

/** The `github` and `runner` context a step sees. Every field can be overridden per run. */
export interface RunnerContext {
  readonly repository: string;
  readonly repositoryId: string;
  readonly repositoryOwnerId: string;
  readonly sha: string;
  readonly ref: string;
  /** Derived from `ref` unless given. */
  readonly refName?: string;
  /** Derived from `ref` unless given. */
  readonly refType?: 'branch' | 'tag';
  readonly headRef: string;
  readonly baseRef: string;
  readonly eventName: string;
  /** Payload written to GITHUB_EVENT_PATH; a minimal push payload unless given. */
  readonly event?: unknown;
  readonly actor: string;
  readonly actorId: string;
  readonly workflow: string;
  readonly job: string;
  readonly runId: string;
  readonly runNumber: string;
  readonly runAttempt: string;
  /** GITHUB_ACTION: the step id; the runner uses `__self` for an unnamed local action. */
  readonly stepId: string;
  readonly serverUrl: string;
  readonly apiUrl: string;
  readonly graphqlUrl: string;
  /** What `${{ github.token }}` evaluates to in input defaults (the runner never puts it in env). */
  readonly token: string;
  readonly runnerOs: string;
  readonly runnerArch: string;
  readonly runnerName: string;
  /** Step debug logging (sets RUNNER_DEBUG=1). */
  readonly debug: boolean;
}

function runnerOsName(): string {
  if (platform === 'darwin') return 'macOS';
  if (platform === 'win32') return 'Windows';
  return 'Linux';
}

function runnerArchName(): string {
  const names: Record<string, string> = { x64: 'X64', arm64: 'ARM64', ia32: 'X86', arm: 'ARM' };
  return names[arch] ?? arch.toUpperCase();
}

export function resolveContext(overrides: Partial<RunnerContext> = {}): RunnerContext {
  return {
    repository: 'example-org/example-app',
    repositoryId: '100000001',
    repositoryOwnerId: '200000001',
    sha: '0123456789abcdef0123456789abcdef01234567',
    ref: 'refs/heads/main',
    headRef: '',
    baseRef: '',
    eventName: 'push',
    actor: 'example-user',
    actorId: '300000001',
    workflow: 'CI',
    job: 'deploy',
    runId: '4000000001',
    runNumber: '7',
    runAttempt: '1',
    stepId: '__self',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    graphqlUrl: 'https://api.github.com/graphql',
    token: 'ghs_harnessFakeTokenNotValidAnywhere',
    runnerOs: runnerOsName(),
    runnerArch: runnerArchName(),
    runnerName: 'harness-runner',
    debug: false,
    ...overrides,
  };
}

export function refNameAndType(context: RunnerContext): { name: string; type: 'branch' | 'tag' } {
  const { ref } = context;
  const fromRef = ref.startsWith('refs/tags/')
    ? { name: ref.slice('refs/tags/'.length), type: 'tag' as const }
    : { name: ref.replace(/^refs\/(heads|pull)\//, ''), type: 'branch' as const };
  return { name: context.refName ?? fromRef.name, type: context.refType ?? fromRef.type };
}

export function defaultEventPayload(context: RunnerContext): unknown {
  const [owner = '', name = ''] = context.repository.split('/');
  return {
    ref: context.ref,
    after: context.sha,
    repository: { full_name: context.repository, name, owner: { login: owner } },
    sender: { login: context.actor },
  };
}

/** The GITHUB_* / RUNNER_* variables the runner sets for every step. */
export function contextEnv(context: RunnerContext, job: RunnerJob, actionDir: string, eventPath: string): Record<string, string> {
  const ref = refNameAndType(context);
  const env: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_REPOSITORY: context.repository,
    GITHUB_REPOSITORY_ID: context.repositoryId,
    GITHUB_REPOSITORY_OWNER: context.repository.split('/')[0] ?? '',
    GITHUB_REPOSITORY_OWNER_ID: context.repositoryOwnerId,
    GITHUB_SHA: context.sha,
    GITHUB_REF: context.ref,
    GITHUB_REF_NAME: ref.name,
    GITHUB_REF_TYPE: ref.type,
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_HEAD_REF: context.headRef,
    GITHUB_BASE_REF: context.baseRef,
    GITHUB_RUN_ID: context.runId,
    GITHUB_RUN_NUMBER: context.runNumber,
    GITHUB_RUN_ATTEMPT: context.runAttempt,
    GITHUB_JOB: context.job,
    GITHUB_ACTION: context.stepId,
    GITHUB_ACTION_PATH: actionDir,
    GITHUB_ACTION_REPOSITORY: '',
    GITHUB_ACTION_REF: '',
    GITHUB_EVENT_NAME: context.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SERVER_URL: context.serverUrl,
    GITHUB_API_URL: context.apiUrl,
    GITHUB_GRAPHQL_URL: context.graphqlUrl,
    GITHUB_WORKFLOW: context.workflow,
    GITHUB_WORKFLOW_REF: `${context.repository}/.github/workflows/ci.yml@${context.ref}`,
    GITHUB_WORKFLOW_SHA: context.sha,
    GITHUB_ACTOR: context.actor,
    GITHUB_ACTOR_ID: context.actorId,
    GITHUB_TRIGGERING_ACTOR: context.actor,
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_TEMP: job.runnerTemp,
    RUNNER_TOOL_CACHE: job.toolCache,
    RUNNER_WORKSPACE: dirname(job.workspace),
    RUNNER_OS: context.runnerOs,
    RUNNER_ARCH: context.runnerArch,
    RUNNER_NAME: context.runnerName,
    RUNNER_ENVIRONMENT: 'github-hosted',
  };
  if (context.debug) env.RUNNER_DEBUG = '1';
  return env;
}

/** Values `${{ github.* }}` / `${{ runner.* }}` resolve to in action.yml input defaults. */
export function expressionValues(context: RunnerContext, job: RunnerJob, actionDir: string): Record<string, string> {
  const ref = refNameAndType(context);
  return {
    'github.repository': context.repository,
    'github.repository_owner': context.repository.split('/')[0] ?? '',
    'github.sha': context.sha,
    'github.ref': context.ref,
    'github.ref_name': ref.name,
    'github.ref_type': ref.type,
    'github.head_ref': context.headRef,
    'github.base_ref': context.baseRef,
    'github.event_name': context.eventName,
    'github.actor': context.actor,
    'github.workflow': context.workflow,
    'github.job': context.job,
    'github.run_id': context.runId,
    'github.run_number': context.runNumber,
    'github.run_attempt': context.runAttempt,
    'github.server_url': context.serverUrl,
    'github.api_url': context.apiUrl,
    'github.graphql_url': context.graphqlUrl,
    'github.workspace': job.workspace,
    'github.action_path': actionDir,
    'github.token': context.token,
    'runner.os': context.runnerOs,
    'runner.arch': context.runnerArch,
    'runner.name': context.runnerName,
    'runner.temp': job.runnerTemp,
    'runner.tool_cache': job.toolCache,
    'runner.debug': context.debug ? '1' : '',
  };
}

// The runner's own namespaces must come only from the harness, and jest/npm add variables a
// real runner never passes (NODE_ENV=test would change how many libraries behave).
const NOT_INHERITED_PREFIXES = ['INPUT_', 'GITHUB_', 'STATE_', 'RUNNER_', 'ACTIONS_', 'npm_'];
const NOT_INHERITED_NAMES = new Set(['CI', 'NODE_OPTIONS', 'NODE_ENV', 'JEST_WORKER_ID', 'NODE_ICU_DATA']);

export function inheritedEnv(parent: NodeJS.ProcessEnv): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined || NOT_INHERITED_NAMES.has(name)) continue;
    if (NOT_INHERITED_PREFIXES.some((prefix) => name.startsWith(prefix))) continue;
    env[name] = value;
  }
  return env;
}
