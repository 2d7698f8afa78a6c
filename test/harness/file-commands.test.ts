import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { disposeAllJobs, runAction, runPost, STEP_SUMMARY_LIMIT_BYTES, type ActionResult } from './index.js';

const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));
const fileCommandsDir = join(fixtures, 'file-commands');
const conditionalPostDir = join(fixtures, 'conditional-post');

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'harness-files-test-'));
});

afterAll(async () => {
  await disposeAllJobs();
  await rm(scratch, { recursive: true, force: true });
});

describe('file commands of a main step and its post step', () => {
  const reportPath = (): string => join(scratch, 'post-report.json');
  const options = (): Parameters<typeof runAction>[0] => ({
    actionDir: fileCommandsDir,
    with: { who: 'tests' },
    env: { PROBE_REPORT: reportPath() },
    timeoutMs: 15_000,
  });
  let main: ActionResult;
  let post: ActionResult;

  beforeAll(async () => {
    main = await runAction(options());
    post = await runPost(options(), main);
  });

  it('reads outputs: name=value lines, heredocs with multi-line values, and files over legacy set-output', () => {
    expect(main.conclusion).toBe('success');
    expect(main.outputs).toEqual({
      'files-were-empty': 'true',
      greeting: 'hello tests',
      equation: 'a=b=c',
      empty: '',
      notes: 'line one\n  indented line\n\nline four = not a pair\nname<<NOT_A_HEREDOC',
      'empty-heredoc': '',
      legacy: 'from stdout',
      overridden: 'from file',
      repeated: 'second',
    });
    expect(main.fileCommandErrors).toEqual([]);
  });

  it('reads GITHUB_STATE, GITHUB_ENV, GITHUB_PATH and the step summary', () => {
    expect(main.state).toEqual({ 'deployment-id': 'dep-42', cleanup: 'rm -rf a\nrm -rf b' });
    expect(main.exportedEnv).toEqual({ EXPORTED_ONE: '1', EXPORTED_MULTI: 'first\nsecond' });
    expect(main.addedPath).toEqual(['/opt/tool-a/bin', '/opt/tool-b/bin']);
    expect(main.summary).toBe('## Deployed\n\n| service | status |\n| --- | --- |\n| api | ok |\n');
  });

  it('gives the post step STATE_*, the same inputs, the exported env and PATH, fresh files and the same RUNNER_TEMP', async () => {
    const report = JSON.parse(await readFile(reportPath(), 'utf8')) as {
      state: Record<string, string>;
      exported: { one?: string; multi?: string };
      path: string;
      inputWho: string;
      handoff: string;
      freshFiles: boolean;
    };
    expect(report.state).toEqual({ 'STATE_deployment-id': 'dep-42', STATE_cleanup: 'rm -rf a\nrm -rf b' });
    expect(report.exported).toEqual({ one: '1', multi: 'first\nsecond' });
    // The directory added last comes first, both ahead of the job's PATH.
    expect(report.path.split(delimiter).slice(0, 2)).toEqual(['/opt/tool-b/bin', '/opt/tool-a/bin']);
    expect(report.inputWho).toBe('tests');
    expect(report.handoff).toBe('from main');
    expect(report.freshFiles).toBe(true);
    expect(post.stage).toBe('post');
    expect(post.outputs).toEqual({ 'post-ran': 'yes' });
    expect(post.log).toBe('post cleanup done');
  });

  it('removes the job it created once the post step has run, not before', async () => {
    expect(main.job).toBe(post.job);
    expect(main.job.disposed).toBe(true);
    await expect(stat(main.job.root)).rejects.toThrow(/ENOENT/);
  });
});

describe('file command failures', () => {
  it('fails the step on an unterminated heredoc but keeps the values read before it', async () => {
    const result = await runAction({
      actionDir: fileCommandsDir,
      with: { 'break-output': 'true' },
      env: { PROBE_REPORT: join(scratch, 'unused.json') },
    });
    await result.dispose();
    expect(result.exitCode).toBe(0);
    expect(result.conclusion).toBe('failure');
    expect(result.fileCommandErrors).toEqual([expect.stringContaining("'NEVER_CLOSED' not found")]);
    expect(result.outputs.greeting).toBe('hello world');
    expect(result.outputs.broken).toBeUndefined();
    expect(result.annotations.some((a) => a.origin === 'runner' && a.level === 'error' && a.message.includes('NEVER_CLOSED'))).toBe(true);
  });

  it('drops a step summary over the 1 MiB limit with an error, without failing the step', async () => {
    const result = await runAction({
      actionDir: fileCommandsDir,
      with: { 'summary-bytes': String(STEP_SUMMARY_LIMIT_BYTES + 1) },
      env: { PROBE_REPORT: join(scratch, 'unused.json') },
    });
    await result.dispose();
    expect(result.summary).toBe('');
    expect(result.conclusion).toBe('success');
    expect(result.annotations).toEqual([expect.objectContaining({ level: 'error', origin: 'runner', message: expect.stringContaining('STEP_SUMMARY') })]);
  });
});

describe('post-if', () => {
  it('runs a success() post step after a successful main', async () => {
    const main = await runAction({ actionDir: conditionalPostDir });
    const post = await runPost({ actionDir: conditionalPostDir }, main);
    expect(post.conclusion).toBe('success');
    expect(post.stdout).toBe('post ran\n');
  });

  it('skips a success() post step after a failed main', async () => {
    const main = await runAction({ actionDir: conditionalPostDir, with: { fail: 'true' } });
    expect(main.conclusion).toBe('failure');
    const post = await runPost({ actionDir: conditionalPostDir, with: { fail: 'true' } }, main);
    expect(post.conclusion).toBe('skipped');
    expect(post.stdout).toBe('');
    expect(main.job.disposed).toBe(true);
  });
});
