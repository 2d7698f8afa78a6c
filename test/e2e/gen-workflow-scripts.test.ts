/**
 * The generated run: scripts executed with bash the way the runner runs them (`bash -e`, env from the step's
 * `env:`), with what each needs faked on PATH or in RUNNER_TEMP: the Slack message, the release-tag guard and
 * the gitleaks commit range.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeGenerated } from '../../generator/src/generate.js';
import { examplePath, readWorkflow, tempRepo, type JobYaml } from '../../generator/test/support.js';

let jobs: Record<string, JobYaml>;

beforeAll(() => {
  const dir = tempRepo(examplePath);
  writeGenerated({ cwd: dir, config: 'platform.yml', out: '.github/workflows' });
  jobs = readWorkflow(dir).workflow.jobs;
});

function script(job: string, stepName: string): string {
  const step = jobs[job]!.steps.find((s) => String(s.name).startsWith(stepName));
  if (!step || typeof step.run !== 'string') throw new Error(`no run step "${stepName}" in ${job}`);
  return step.run;
}

function bash(run: string, env: Record<string, string>, cwd = tmpdir()) {
  const file = join(mkdtempSync(join(tmpdir(), 'gen-run-')), 'step.sh');
  writeFileSync(file, run);
  return spawnSync('bash', ['-e', file], { cwd, encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH ?? '', ...env } });
}

describe('the Slack message', () => {
  const run = () => {
    const temp = mkdtempSync(join(tmpdir(), 'gen-slack-'));
    return (results: string, extra: Record<string, string> = {}) => {
      const result = bash(script('notify', 'Compose the message'), {
        RUNNER_TEMP: temp, APP: 'keylo', JOB_RESULTS: results, REF_NAME: 'v1.4.2', SHA: 'abcdef1234567890', ACTOR: 'dana',
        RUN_URL: 'https://github.com/acme/keylo/actions/runs/42', ...extra,
      });
      expect([result.status, result.stderr]).toEqual([0, '']);
      return (JSON.parse(readFileSync(join(temp, 'slack-payload.json'), 'utf8')) as { text: string }).text;
    };
  };

  it('names the failing jobs, lists every result and links the run', () => {
    const text = run()('test=success\nbuild-api=success\ndeploy-staging=failure\ndeploy-production=skipped');
    expect(text.split('\n')).toEqual([
      ':x: *keylo* pipeline failed: deploy-staging (v1.4.2 @ abcdef1, by dana)',
      ':white_check_mark: test: success',
      ':white_check_mark: build-api: success',
      ':x: deploy-staging: failure',
      ':heavy_minus_sign: deploy-production: skipped',
      '<https://github.com/acme/keylo/actions/runs/42|Open the run>',
    ]);
  });

  it('a run where everything passed says so; cancelled jobs count as failed', () => {
    expect(run()('test=success\ndeploy-production=success').split('\n')[0]).toBe(':white_check_mark: *keylo* pipeline succeeded (v1.4.2 @ abcdef1, by dana)');
    expect(run()('test=success\ndeploy-production=cancelled').split('\n')[0]).toBe(':x: *keylo* pipeline failed: deploy-production (v1.4.2 @ abcdef1, by dana)');
  });

  it('escapes what Slack would read as markup in names from the event, and the JSON stays valid', () => {
    const text = run()('test=success', { REF_NAME: 'feat/<b>&"x"', ACTOR: 'a>b' });
    expect(text.split('\n')[0]).toBe(':white_check_mark: *keylo* pipeline succeeded (feat/&lt;b&gt;&amp;"x" @ abcdef1, by a&gt;b)');
  });
});

describe('the release-tag guard', () => {
  // The step's own env carries the compiled filters; only the ref comes from the event.
  const guard = () => {
    const step = jobs['deploy-production']!.steps.find((s) => String(s.name).startsWith('Only release tags'));
    if (!step || typeof step.run !== 'string') throw new Error('no release-tag guard in deploy-production');
    const env = step.env as Record<string, string>;
    return (refType: string, refName: string) =>
      bash(step.run as string, { TAG_PATTERNS: env.TAG_PATTERNS!, TAG_FILTERS: env.TAG_FILTERS!, REF_TYPE: refType, REF_NAME: refName });
  };
  it('lets a matching tag through', () => {
    expect(guard()('tag', 'v1.4.2')).toMatchObject({ status: 0, stdout: 'Release v1.4.2\n' });
  });
  it('leaves a branch run to the job\'s if: (the guard is about tags only)', () => {
    expect(guard()('branch', 'v1.4.2')).toMatchObject({ status: 0, stdout: '' });
  });
  it.each([['nightly'], ['v1.4'], ['v1.4.2-rc.1']])('refuses tag %s with an ::error::', (name) => {
    const result = guard()('tag', name);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`::error::This environment deploys release tags matching v*.*.* !v*.*.*-*; tag ${name} is not one.\n`);
  });
});

describe('the gitleaks scan', () => {
  let repo: string;
  let base: string;
  let head: string;
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'gen-git-'));
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).stdout.trim();
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'one');
    base = git('rev-parse', 'HEAD');
    git('commit', '-q', '--allow-empty', '-m', 'two');
    head = git('rev-parse', 'HEAD');
  });

  /** A stand-in gitleaks that records its arguments, one per line, and exits with the given status. */
  function scan(env: Record<string, string>, exit = 0) {
    const temp = mkdtempSync(join(tmpdir(), 'gen-gl-'));
    writeFileSync(join(temp, 'gitleaks'), `#!/usr/bin/env bash\nprintf '%s\\n' "$@" > "$RUNNER_TEMP/args"\nexit ${exit}\n`);
    chmodSync(join(temp, 'gitleaks'), 0o755);
    const result = bash(script('secrets-scan', 'Scan commits'), { RUNNER_TEMP: temp, HEAD_SHA: head, ...env }, repo);
    return { ...result, args: readFileSync(join(temp, 'args'), 'utf8').trim().split('\n') };
  }

  it('scans only the pushed commits when the base is known', () => {
    const result = scan({ BASE_SHA: base });
    expect(result.status).toBe(0);
    expect(result.args).toEqual(['git', '--redact', '--exit-code', '1', '--report-format', 'sarif', '--report-path', expect.stringMatching(/gitleaks\.sarif$/), `--log-opts=--no-merges --first-parent ${base}..${head}`, '.']);
  });

  it('scans the whole history for a new branch (zero base), an unknown base or a manual run', () => {
    for (const BASE_SHA of ['0000000000000000000000000000000000000000', 'f'.repeat(40), '']) {
      expect(scan({ BASE_SHA }).args.some((a) => a.startsWith('--log-opts'))).toBe(false);
    }
  });

  it('a finding (gitleaks exit 1) fails the step', () => {
    expect(scan({ BASE_SHA: base }, 1).status).toBe(1);
  });
});
