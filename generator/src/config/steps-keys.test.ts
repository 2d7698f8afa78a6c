/**
 * The keys for the config's own steps and jobs, and for deploy notices: each accepted in its documented form, and
 * each bad value refused with an error naming the key path (and the step) and what to write instead.
 */
import { describe, expect, it } from '@jest/globals';
import { GenerationError } from '../action-inputs.js';
import { planWorkflow } from '../model/pipeline.js';
import { parseConfig } from './load.js';
import { problems, withExample } from '../../test/support.js';

type Tree = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const load = (text: string) => parseConfig(text, 'platform.yml').config;
const PINNED = 'codecov/codecov-action@671740ac38dd9b0130fbe1cec585b89eea48d3de';
const plan = (text: string) => planWorkflow(load(text), { config: 'platform.yml', out: '.github/workflows', generatorVersion: '1.0.0' });
const generationProblems = (text: string) => {
  try {
    plan(text);
  } catch (error) {
    if (error instanceof GenerationError) return error.problems;
    throw error;
  }
  throw new Error('generation succeeded');
};

describe('steps at named points', () => {
  it('places test.steps, services[].steps and environments.<env>.steps where they say', () => {
    const workflow = plan(withExample((c) => {
      c.test.steps = { before: [{ name: 'Seed', run: 'npm run seed' }], after: [{ name: 'Coverage', uses: PINNED, with: { files: 'coverage/lcov.info' } }] };
      c.services[0].steps = { after: [{ name: 'Sign the image', env: { IMAGE: '${{ steps.image.outputs.image }}' }, run: 'cosign sign "$IMAGE"' }] };
      c.environments.staging.steps = {
        before: [{ name: 'Terraform', 'working-directory': 'infra', run: 'terraform apply -auto-approve -var-file="environments/$DEPLOY_ENVIRONMENT.tfvars"' }],
        after: [{ name: 'Wait', run: 'sleep 5' }],
        'after-smoke': [{ name: 'E2E', run: 'npm run e2e', 'continue-on-error': true, 'timeout-minutes': 20 }],
      };
    }));
    const job = (id: string) => workflow.jobs.find((j) => j.id === id)!;
    const names = (id: string) => job(id).steps.map((s) => s.name);
    expect(names('test')).toEqual(['Check out', 'Set up Node.js', 'Seed', 'npm ci', 'npm run lint', 'npm run type-check', 'npm run test:unit', 'Coverage']);
    expect(job('test').steps.at(-1)).toMatchObject({ uses: { raw: PINNED }, with: { files: 'coverage/lcov.info' } });
    expect(names('build-api').at(-1)).toBe('Sign the image');
    expect(names('deploy-staging')).toEqual(['Only release tags (v*.*.* !v*.*.*-*) deploy here', 'Check out', 'AWS credentials (OIDC)', 'Terraform', 'Migrate api', 'Deploy api', 'Download the frontend build', 'Deploy the frontend', 'Wait', 'Smoke test', 'E2E']);
    expect(job('deploy-staging').steps.find((s) => s.name === 'Terraform')!.workingDirectory).toBe('infra');
    expect(job('deploy-staging').steps.at(-1)).toMatchObject({ continueOnError: true, timeoutMinutes: 20 });
    expect(job('deploy-staging').env).toEqual({ DEPLOY_ENVIRONMENT: 'staging', IMAGE_API: '${{ needs.build-api.outputs.image }}' });
    // production has no steps of its own: no checkout, no job env
    expect(names('deploy-production')).not.toContain('Check out');
    expect(job('deploy-production').env).toBeUndefined();
  });

  it('refuses a third-party action not pinned to a commit, naming the step', () => {
    expect(problems(withExample((c) => { c.test.steps = { after: [{ name: 'Coverage', uses: 'codecov/codecov-action@v5' }] }; }))).toEqual([
      'test.steps.after.0.uses: step "Coverage": "codecov/codecov-action@v5" is pinned to "v5", a tag or branch that can be moved to other code: pin the full 40-character commit SHA of the release, e.g. codecov/codecov-action@<commit SHA> (git ls-remote https://github.com/codecov/codecov-action refs/tags/<tag> prints it)',
    ]);
    expect(problems(withExample((c) => { c.environments.staging.steps = { before: [{ name: 'Kubectl', uses: 'azure/setup-kubectl' }] }; }))[0])
      .toMatch(/^environments\.staging\.steps\.before\.0\.uses: step "Kubectl": "azure\/setup-kubectl" has no version: pin the full 40-character commit SHA/);
    expect(problems(withExample((c) => { c.test.steps = { after: [{ name: 'Lint', uses: 'docker://alpine:3.20' }] }; }))).toEqual([
      'test.steps.after.0.uses: step "Lint": "docker://alpine:3.20" is not pinned: name the image by digest, e.g. docker://alpine@sha256:<64 hex digits>',
    ]);
    expect(load(withExample((c) => { c.test.steps = { after: [{ name: 'Local', uses: './.github/actions/report' }] }; })).test.steps!.after![0]!.uses).toBe('./.github/actions/report');
  });

  it('refuses ${{ }} in a run: script, naming the step and the env to use instead', () => {
    expect(problems(withExample((c) => { c.environments.production.steps = { after: [{ name: 'Announce', run: 'echo "${{ github.event.head_commit.message }}"' }] }; }))).toEqual([
      'environments.production.steps.after.0.run: step "Announce": run contains ${{ github.event.head_commit.message }}, which GitHub pastes into the script before the shell runs it (text from the event, such as a branch name or a commit message, would run as code); pass it through the step\'s env (env: { MESSAGE: "${{ github.event.head_commit.message }}" }) and write "$MESSAGE" in the script',
    ]);
  });

  it('refuses a step with neither run nor uses, both, with: on a run step and working-directory on a uses step', () => {
    expect(problems(withExample((c) => { c.test.steps = { before: [{ name: 'Nothing' }] }; }))).toEqual(['test.steps.before.0: step "Nothing": needs "run" (a script) or "uses" (an action pinned to a commit), e.g. run: npm run e2e']);
    expect(problems(withExample((c) => { c.test.steps = { before: [{ name: 'Both', run: 'true', uses: PINNED }] }; }))).toEqual(['test.steps.before.0.run: step "Both": has both "uses" and "run": a step does one; split it into two steps']);
    expect(problems(withExample((c) => { c.test.steps = { before: [{ name: 'W', run: 'true', with: { a: 1 } }] }; }))).toEqual(['test.steps.before.0.with: step "W": "with" gives inputs to an action (uses:); a run: step reads env']);
    expect(problems(withExample((c) => { c.test.steps = { before: [{ name: 'D', uses: PINNED, 'working-directory': 'x' }] }; }))).toEqual(['test.steps.before.0.working-directory: step "D": "working-directory" applies to run: steps only']);
    expect(problems(withExample((c) => { c.test.steps = { during: [] }; }))).toEqual(['test.steps.during: unknown key "during" (known keys: before, after)']);
    expect(problems(withExample((c) => { c.environments.staging.steps = { 'after-smok': [] }; }))).toEqual(['environments.staging.steps.after-smok: unknown key "after-smok"; did you mean "after-smoke"?']);
  });
});

describe('jobs (your own)', () => {
  const e2e = (extra: Tree = {}) => withExample((c) => { c.jobs = { e2e: { needs: ['deploy-staging'], steps: [{ name: 'E2E', run: 'npm run e2e' }], ...extra } }; });

  it('become jobs needing generated jobs, with checkout, OIDC credentials when given a role, and the least permissions', () => {
    const job = plan(e2e({ role: 'arn:aws:iam::111111111111:role/e2e', env: { BASE_URL: 'https://staging.example.com' } })).jobs.find((j) => j.id === 'e2e')!;
    expect(job).toMatchObject({ name: 'e2e', needs: ['deploy-staging'], permissions: { contents: 'read', 'id-token': 'write' }, timeoutMinutes: 30, env: { BASE_URL: 'https://staging.example.com' } });
    expect(job.steps.map((s) => s.name)).toEqual(['Check out', 'AWS credentials (OIDC)', 'E2E']);
    expect(plan(e2e()).jobs.find((j) => j.id === 'notify')!.needs).toContain('e2e');
  });

  it('refuses an unknown job in needs (with the closest one), a job needing itself, a circle and a taken id', () => {
    expect(generationProblems(withExample((c) => { c.jobs = { e2e: { needs: ['deploy-stagin'], steps: [{ name: 'E2E', run: 'true' }] } }; })))
      .toEqual([expect.stringMatching(/^jobs\.e2e\.needs\.0: no job "deploy-stagin" in the pipeline \(workflow-drift, test, .*\); did you mean "deploy-staging"\?$/)]);
    expect(generationProblems(withExample((c) => { c.jobs = { a: { needs: ['a'], steps: [{ name: 'A', run: 'true' }] } }; }))).toEqual(['jobs.a.needs.0: a job cannot need itself']);
    expect(generationProblems(withExample((c) => { c.jobs = { a: { needs: ['b'], steps: [{ name: 'A', run: 'true' }] }, b: { needs: ['a'], steps: [{ name: 'B', run: 'true' }] } }; })))
      .toEqual(['jobs.a.needs: the jobs need each other in a circle (a → b → a); remove one of these needs']);
    expect(generationProblems(withExample((c) => { c.jobs = { test: { steps: [{ name: 'T', run: 'true' }] } }; }))).toEqual(['jobs.test: the pipeline already has a job "test"; give yours another id, e.g. test-custom']);
  });

  it('refuses a bad id, permission, role and no steps', () => {
    expect(problems(withExample((c) => { c.jobs = { E2E: { steps: [{ name: 'E', run: 'true' }] } }; }))[0]).toMatch(/^jobs\.E2E: "E2E" is not a valid job id/);
    expect(problems(e2e({ permissions: { contents: 'admin' } }))).toEqual(['jobs.e2e.permissions.contents: "admin" is not one of read, write']);
    expect(problems(e2e({ role: 'e2e' }))[0]).toMatch(/^jobs\.e2e\.role: "e2e" is not an IAM role ARN/);
    expect(problems(e2e({ steps: [] }))).toEqual(['jobs.e2e.steps: needs at least one entry; e.g. steps: [{ name: E2E, run: npm run e2e }]']);
  });
});

describe('notify: per-environment Slack notices and webhooks', () => {
  const HOOK = { name: 'pagerduty', url: 'https://events.pagerduty.com/v2/enqueue', on: ['failed'], environments: ['production'], secrets: { routing_key: 'PD_KEY' }, payload: '{routing_key: $routing_key, event_action: "trigger"}' };

  it('slack.deploys and webhooks become steps of the deploy jobs they name, which never fail the deploy', () => {
    const workflow = plan(withExample((c) => { c.notify.slack.deploys = { environments: ['production'] }; c.notify.webhooks = [HOOK]; }));
    const steps = (id: string) => workflow.jobs.find((j) => j.id === id)!.steps;
    expect(steps('deploy-staging').some((s) => /Slack|Webhook/.test(s.name))).toBe(false);
    const production = steps('deploy-production');
    expect(production.filter((s) => /Slack|Webhook/.test(s.name)).map((s) => [s.name, s.if, s.continueOnError])).toEqual([
      ['Slack: compose the deploy started notice', undefined, true], ['Slack: post the deploy started notice', undefined, true],
      ['Slack: compose the deploy result notice', 'always()', true], ['Slack: post the deploy result notice', 'always()', true],
      ['Webhook pagerduty: deploy result', 'failure()', true],
    ]);
    expect(production.at(-1)!.env).toMatchObject({ WEBHOOK_URL: HOOK.url, PAYLOAD: HOOK.payload, SECRET_ROUTING_KEY: '${{ secrets.PD_KEY }}', STATUS: '${{ job.status }}' });
    expect(production.at(-1)!.run).toContain('--arg routing_key "$SECRET_ROUTING_KEY" "$PAYLOAD"');
  });

  it('refuses an unknown environment, a webhook with no url or two, ${{ }} in a payload, a bad jq variable and an unknown event', () => {
    expect(problems(withExample((c) => { c.notify.slack.deploys = { environments: ['producton'] }; }))).toEqual(['notify.slack.deploys.environments.0: no environment named "producton" (staging, production); did you mean "production"?']);
    expect(problems(withExample((c) => { c.notify.webhooks = [{ ...HOOK, url: undefined }]; }))).toEqual(['notify.webhooks.0: needs exactly one of "url" (e.g. url: https://events.pagerduty.com/v2/enqueue) or "url-secret" (the repository secret holding the URL)']);
    expect(problems(withExample((c) => { c.notify.webhooks = [{ ...HOOK, payload: '{key: "${{ secrets.X }}"}' }]; }))[0]).toMatch(/^notify\.webhooks\.0\.payload: must not contain \$\{\{ \}\}: the payload is a jq program/);
    expect(problems(withExample((c) => { c.notify.webhooks = [{ ...HOOK, secrets: { 'Routing-Key': 'PD' } }]; }))[0]).toMatch(/^notify\.webhooks\.0\.secrets\.Routing-Key: "Routing-Key" is not a jq variable name/);
    expect(problems(withExample((c) => { c.notify.webhooks = [{ ...HOOK, on: ['crashed'] }]; }))).toEqual(['notify.webhooks.0.on.0: "crashed" is not one of started, succeeded, failed']);
  });
});
