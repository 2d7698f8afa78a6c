import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { createJob, disposeAllJobs, runAction, type RunnerJob } from './index.js';

const probeDir = fileURLToPath(new URL('./fixtures/probe', import.meta.url));

interface ProbeReport {
  inputs: Record<string, string>;
  runner: Record<string, string>;
  env: Record<string, string>;
  cwd: string;
  stdin: string;
  version: string;
  moduleSystem: string;
  event: { ref?: string; repository?: { full_name?: string }; pull_request?: { number?: number } };
}

let scratch: string;
let reportCount = 0;

async function probe(options: Omit<Parameters<typeof runAction>[0], 'actionDir'> = {}): Promise<ProbeReport> {
  const report = join(scratch, `report-${++reportCount}.json`);
  const result = await runAction({ actionDir: probeDir, timeoutMs: 15_000, ...options, env: { PROBE_REPORT: report, ...options.env } });
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  return JSON.parse(await readFile(report, 'utf8')) as ProbeReport;
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'harness-env-test-'));
});

afterAll(async () => {
  await disposeAllJobs();
  await rm(scratch, { recursive: true, force: true });
});

describe('inputs', () => {
  it('names INPUT_ variables like the runner and fills omitted inputs from action.yml defaults', async () => {
    const report = await probe({ with: { 'deploy target': 'prod', 'dry-run': 'true' } });
    expect(report.inputs).toEqual({
      INPUT_GREETING: 'hello',
      'INPUT_DEPLOY_TARGET': 'prod',
      'INPUT_DRY-RUN': 'true',
      INPUT_RETRIES: '3',
      INPUT_TOKEN: 'ghs_harnessFakeTokenNotValidAnywhere',
      INPUT_REPO: 'repo=example-org/example-app',
    });
  });

  it('passes an explicit empty string instead of the default, and declared inputs without default as empty', async () => {
    const report = await probe({ with: { greeting: '' }, context: { repository: 'acme/shop', token: 't0ken' } });
    expect(report.inputs.INPUT_GREETING).toBe('');
    expect(report.inputs.INPUT_DEPLOY_TARGET).toBe('');
    expect(report.inputs.INPUT_TOKEN).toBe('t0ken');
    expect(report.inputs.INPUT_REPO).toBe('repo=acme/shop');
  });

  it('passes undeclared inputs through and warns about them, as the runner does', async () => {
    const report = join(scratch, 'undeclared.json');
    const result = await runAction({ actionDir: probeDir, with: { 'not-declared': 'x' }, env: { PROBE_REPORT: report } });
    const inputs = (JSON.parse(await readFile(report, 'utf8')) as ProbeReport).inputs;
    expect(inputs['INPUT_NOT-DECLARED']).toBe('x');
    expect(result.annotations).toEqual([expect.objectContaining({ level: 'warning', origin: 'runner', message: expect.stringContaining("'not-declared'") })]);
    expect(result.conclusion).toBe('success');
  });
});

describe('runner environment', () => {
  const planted = ['INPUT_PARENT_LEAK', 'GITHUB_TOKEN', 'GITHUB_OUTPUT', 'STATE_parent', 'RUNNER_TEMP', 'ACTIONS_RUNTIME_TOKEN'];
  afterEach(() => {
    for (const name of planted) delete process.env[name];
  });

  it('sets the context variables and creates empty file-command files under RUNNER_TEMP', async () => {
    const report = await probe();
    const vars = report.runner;
    expect(vars).toMatchObject({
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_REPOSITORY: 'example-org/example-app',
      GITHUB_REPOSITORY_OWNER: 'example-org',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_ACTION: '__self',
      GITHUB_ACTION_PATH: probeDir,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      RUNNER_OS: 'Linux',
    });
    for (const name of ['GITHUB_SHA', 'GITHUB_RUN_ID', 'GITHUB_RUN_NUMBER', 'GITHUB_RUN_ATTEMPT', 'GITHUB_JOB', 'GITHUB_WORKFLOW', 'GITHUB_ACTOR', 'RUNNER_ARCH', 'RUNNER_NAME', 'RUNNER_TOOL_CACHE']) {
      expect(vars[name]).toMatch(/\S/);
    }
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
      expect(vars[name]?.startsWith(join(vars.RUNNER_TEMP ?? '?', '_runner_file_commands'))).toBe(true);
    }
    expect(report.cwd).toBe(vars.GITHUB_WORKSPACE);
    expect(report.event.repository?.full_name).toBe('example-org/example-app');
    expect(vars.RUNNER_DEBUG).toBeUndefined();
  });

  it('does not leak the parent INPUT_/GITHUB_/STATE_/RUNNER_/ACTIONS_ variables, but keeps PATH and HOME', async () => {
    for (const name of planted) process.env[name] = 'from-parent';
    const report = await probe();
    expect(report.env.INPUT_PARENT_LEAK).toBeUndefined();
    expect(report.env.GITHUB_TOKEN).toBeUndefined();
    expect(report.env.STATE_parent).toBeUndefined();
    expect(report.env.ACTIONS_RUNTIME_TOKEN).toBeUndefined();
    expect(report.env.GITHUB_OUTPUT).not.toBe('from-parent');
    expect(report.env.RUNNER_TEMP).not.toBe('from-parent');
    expect(report.env.NODE_ENV).toBeUndefined();
    expect(report.env.PATH).toBe(process.env.PATH);
    expect(report.env.HOME).toBe(process.env.HOME);
  });

  it('lets context and env options override anything, and writes the given event payload', async () => {
    const report = await probe({
      context: { ref: 'refs/tags/v1.2.0', eventName: 'release', event: { ref: 'custom' }, debug: true },
      env: { GITHUB_SERVER_URL: 'https://ghe.example.test', EXTRA: 'yes', HOME: undefined },
    });
    expect(report.runner).toMatchObject({
      GITHUB_REF_NAME: 'v1.2.0',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_EVENT_NAME: 'release',
      GITHUB_SERVER_URL: 'https://ghe.example.test',
      RUNNER_DEBUG: '1',
    });
    expect(report.env.EXTRA).toBe('yes');
    expect(report.env.HOME).toBeUndefined();
    expect(report.event).toEqual({ ref: 'custom' });
  });

  it('closes stdin and runs in the given cwd; a caller-owned job keeps its workspace', async () => {
    const job: RunnerJob = await createJob({ workspace: join(scratch, 'ws') });
    try {
      const report = await probe({ job, cwd: scratch });
      expect(report.stdin).toBe('');
      expect(report.cwd).toBe(scratch);
      expect(report.runner.GITHUB_WORKSPACE).toBe(join(scratch, 'ws'));
      expect(report.runner.RUNNER_TEMP).toBe(job.runnerTemp);
      expect(report.moduleSystem).toBe('esm');
      expect(job.disposed).toBe(false);
    } finally {
      await job.dispose();
    }
  });

  it('removes a job it created once an action without post has run', async () => {
    const result = await runAction({ actionDir: probeDir, env: { PROBE_REPORT: join(scratch, 'cleanup.json') } });
    expect(result.job.createdByHarness).toBe(true);
    expect(result.job.disposed).toBe(true);
    await expect(stat(result.job.root)).rejects.toThrow(/ENOENT/);
  });
});
