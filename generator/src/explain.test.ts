/** explain's own rules: GitHub's trigger filters, the implicit success(), status functions, and its arguments. */
import { describe, expect, it } from '@jest/globals';
import { data } from '@actions/expressions';
import { parseArgs } from './cli.js';
import { evaluateJobIf, explainRun } from './explain.js';

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

  it('takes --event, --ref and --input only with explain, and needs both', () => {
    expect(parseArgs(['explain', '--event', 'workflow_dispatch', '--ref', 'refs/heads/main', '--input', 'rollback-environment=production'])).toMatchObject({
      command: 'explain', event: 'workflow_dispatch', ref: 'refs/heads/main', inputs: { 'rollback-environment': 'production' },
    });
    expect(() => parseArgs(['explain', '--event', 'release', '--ref', 'refs/heads/main'])).toThrow('explain needs --event push, pull_request or workflow_dispatch');
    expect(() => parseArgs(['explain', '--event', 'push', '--ref', 'main'])).toThrow('explain needs --ref refs/heads/<branch> or refs/tags/<tag>');
    expect(() => parseArgs(['explain', '--event', 'push', '--ref', 'refs/heads/main', '--input', 'x'])).toThrow('--input takes NAME=VALUE, not "x"');
    expect(() => parseArgs(['generate', '--ref', 'refs/heads/main'])).toThrow('--ref goes with explain');
  });
});
