/** explain's own rules: GitHub's trigger filters, the implicit success(), status functions, and its arguments. */
import { describe, expect, it } from '@jest/globals';
import { data } from '@actions/expressions';
import { join } from 'node:path';
import { parseArgs } from './cli.js';
import { evaluateJobIf, explainRun, formatExplanation, UnknownJobError } from './explain.js';
import { generateFiles } from './generate.js';
import { parse } from 'yaml';
import { repoRoot } from '../test/support.js';

const context = (value: unknown) => JSON.parse(JSON.stringify(value), data.reviver) as data.Dictionary;
const job = (extra: Record<string, unknown> = {}) => ({ 'runs-on': 'ubuntu-latest', steps: [{ run: 'true' }], ...extra });

describe('explain', () => {
  it('on.push with only tags ignores branch pushes, with only branches ignores tags (as GitHub does)', () => {
    const tagsOnly = { on: { push: { tags: ['v*'] } }, jobs: { a: job() } };
    expect(explainRun(tagsOnly, { event: 'push', ref: 'refs/heads/main' }).triggered).toBe(false);
    expect(explainRun(tagsOnly, { event: 'push', ref: 'refs/tags/v1' }).triggered).toBe(true);
    const branchesOnly = { on: { push: { branches: ['main'] } }, jobs: { a: job() } };
    expect(explainRun(branchesOnly, { event: 'push', ref: 'refs/tags/v1' }).triggered).toBe(false);
    expect(explainRun(branchesOnly, { event: 'push', ref: 'refs/heads/develop' })).toMatchObject({ triggered: false, trigger: 'branch develop does not pass on.push.branches (main)' });
    expect(explainRun({ on: { push: {} }, jobs: { a: job() } }, { event: 'pull_request', ref: 'refs/heads/main' })).toMatchObject({ triggered: false, trigger: 'the workflow has no pull_request trigger' });
  });

  it('an if: without a status function gets GitHub\'s implicit success(); always() runs after a failure', () => {
    const github = context({ github: { event_name: 'push' } });
    expect(evaluateJobIf("github.event_name == 'push'", github, ['success'])).toBe(true);
    expect(evaluateJobIf("github.event_name == 'push'", github, ['skipped'])).toBe(false);
    expect(evaluateJobIf("${{ github.event_name == 'push' }}", github, [])).toBe(true);
    expect(evaluateJobIf("always() && github.event_name == 'push'", github, ['failure'])).toBe(true);
    expect(evaluateJobIf('failure()', github, ['success'])).toBe(false);
    expect(evaluateJobIf(undefined, github, ['failure'])).toBe(false);
  });

  it('a job after a skipped or failed one is skipped, naming why; stages follow needs', () => {
    const workflow = { on: { push: {} }, jobs: { a: job({ if: "github.ref == 'refs/heads/x'" }), b: job({ needs: 'a' }), c: job(), d: job({ needs: ['c'] }) } };
    const explanation = explainRun(workflow, { event: 'push', ref: 'refs/heads/main' });
    expect(explanation.jobs).toEqual([
      { id: 'a', result: 'skipped', reason: "its if: is false: github.ref == 'refs/heads/x'" },
      { id: 'b', result: 'skipped', reason: 'needs a (skipped)' },
      { id: 'c', result: 'success', stage: 1, reason: 'needs nothing' },
      { id: 'd', result: 'success', stage: 2, reason: 'after c' },
    ]);
  });

  it('--fail: jobs with a status function run, the rest after it are skipped, and so is a job whose needs passed but an earlier one failed (GitHub: ancestors)', () => {
    const workflow = {
      on: { push: {} },
      jobs: {
        test: job(),
        deploy: job({ needs: 'test', steps: [{ name: 'Deploy', run: 'true' }, { name: 'Page', if: 'failure()', run: 'true' }, { name: 'Tidy', if: "always() && github.ref == 'refs/heads/x'", run: 'true' }, { name: 'Done', if: 'success()', run: 'true' }] }),
        cleanup: job({ needs: 'deploy', if: 'always()' }),
        after: job({ needs: 'cleanup' }),
        rescue: job({ needs: 'deploy', if: 'failure()' }),
        notify: job({ needs: ['test', 'deploy'], if: "always() && contains(needs.*.result, 'failure')" }),
        happy: job({ needs: 'deploy' }),
      },
    };
    const explanation = explainRun(workflow, { event: 'push', ref: 'refs/heads/main', fail: ['deploy'] });
    const verdict = (id: string) => explanation.jobs.find((j) => j.id === id)!;
    expect(verdict('deploy')).toEqual({ id: 'deploy', result: 'failure', stage: 2, reason: 'assumed to fail (--fail); its steps that still run after a failed step: Page' });
    expect(['cleanup', 'rescue', 'notify'].map((id) => verdict(id).result)).toEqual(['success', 'success', 'success']);
    expect(verdict('happy')).toEqual({ id: 'happy', result: 'skipped', reason: 'needs deploy (failure)' });
    // cleanup succeeded, but deploy before it failed: GitHub's implicit success() skips "after" (actions/runner#2205).
    expect(verdict('after')).toMatchObject({ result: 'skipped', reason: expect.stringContaining('an earlier job it depends on did not succeed: deploy (failure)') });
    // Without --fail the failure paths do not run.
    const quiet = explainRun(workflow, { event: 'push', ref: 'refs/heads/main' });
    expect(quiet.jobs.filter((j) => j.result === 'skipped').map((j) => j.id)).toEqual(['rescue', 'notify']);
    expect(formatExplanation(explanation).split('\n')[0]).toBe('Assuming deploy fails when run.');
    expect(formatExplanation(explainRun(workflow, { event: 'push', ref: 'refs/heads/main', fail: ['test', 'happy'] })).split('\n')[0]).toBe('Assuming test, happy fail when run (happy does not run on this event).');
  });

  it('--fail names a job of the pipeline, or says which it meant', () => {
    const workflow = { on: { push: {} }, jobs: { 'deploy-staging': job(), test: job() } };
    expect(() => explainRun(workflow, { event: 'push', ref: 'refs/heads/main', fail: ['deploy-stagin'] })).toThrow(UnknownJobError);
    expect(() => explainRun(workflow, { event: 'push', ref: 'refs/heads/main', fail: ['deploy-stagin'] })).toThrow('--fail deploy-stagin: the pipeline has no job "deploy-stagin"; did you mean "deploy-staging"? (its jobs: deploy-staging, test)');
  });

  it('--fail on a generated pipeline (CredLink): a failed prod deploy pages PagerDuty and Slack, and the run summary still goes out', () => {
    const [file] = generateFiles({ cwd: join(repoRoot, 'generator', 'examples'), config: 'credlink.yml', out: '.github/workflows' }).files;
    const workflow = parse(file!.content) as Parameters<typeof explainRun>[0];
    const explanation = explainRun(workflow, { event: 'push', ref: 'refs/tags/v1.2.3', fail: ['deploy-prod'] });
    const verdict = (id: string) => explanation.jobs.find((j) => j.id === id)!;
    expect(verdict('deploy-prod').result).toBe('failure');
    expect(verdict('deploy-prod').reason).toMatch(/^assumed to fail \(--fail\); its steps that still run after a failed step: .*Slack.*, .*Webhook pagerduty/);
    expect(verdict('notify')).toMatchObject({ result: 'success', stage: expect.any(Number) });
    expect(explainRun(workflow, { event: 'push', ref: 'refs/tags/v1.2.3' }).jobs.find((j) => j.id === 'notify')!.result).toBe('skipped');
    // A failed review stops the deploy it guards (nothing unreviewed is applied), and the summary still goes out.
    const review = explainRun(workflow, { event: 'push', ref: 'refs/tags/v1.2.3', fail: ['review-prod'] });
    expect(review.jobs.find((j) => j.id === 'deploy-prod')).toMatchObject({ result: 'skipped', reason: 'needs review-prod (failure)' });
    expect(review.jobs.find((j) => j.id === 'notify')!.result).toBe('success');
  });

  it('takes --event, --ref and --input only with explain, and needs both', () => {
    expect(parseArgs(['explain', '--event', 'workflow_dispatch', '--ref', 'refs/heads/main', '--input', 'rollback-environment=production'])).toMatchObject({
      command: 'explain', event: 'workflow_dispatch', ref: 'refs/heads/main', inputs: { 'rollback-environment': 'production' },
    });
    expect(() => parseArgs(['explain', '--event', 'release', '--ref', 'refs/heads/main'])).toThrow('explain needs --event push, pull_request or workflow_dispatch');
    expect(() => parseArgs(['explain', '--event', 'push', '--ref', 'main'])).toThrow('explain needs --ref refs/heads/<branch> or refs/tags/<tag>');
    expect(() => parseArgs(['explain', '--event', 'push', '--ref', 'refs/heads/main', '--input', 'x'])).toThrow('--input takes NAME=VALUE, not "x"');
    expect(() => parseArgs(['generate', '--ref', 'refs/heads/main'])).toThrow('--ref goes with explain');
    expect(parseArgs(['explain', '--event', 'push', '--ref', 'refs/heads/main', '--fail', 'test', '--fail=deploy-staging'])).toMatchObject({ fail: ['test', 'deploy-staging'] });
    expect(() => parseArgs(['generate', '--fail', 'test'])).toThrow('--fail goes with explain');
    expect(() => parseArgs(['explain', '--event', 'push', '--ref', 'refs/heads/main', '--fail'])).toThrow('--fail needs a value');
  });
});
