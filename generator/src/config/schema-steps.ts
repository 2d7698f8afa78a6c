/**
 * The config's own steps and jobs: what a team adds at named points of the generated pipeline (before and after the
 * tests, after each build, around each environment's deploy) and whole extra jobs. The config owns them, so they
 * survive regeneration. Two rules keep them as safe as the generated steps: a third-party `uses:` is pinned to a
 * commit (a tag can be moved to other code), and a `run:` script holds no `${{ }}` (GitHub pastes it into the
 * script before the shell runs it, so a branch name or a commit message would run as code).
 */
import { z } from 'zod';
import { format, region, roleArn, slug, variableName } from './fields.js';

/** `owner/repo[/path]@<40-hex>`, a local action (`./path`), or a Docker image by digest. */
const PINNED_ACTION = /^(?:[\w.-]+\/[\w.-]+(?:\/[^@\s]+)?@[0-9a-f]{40}|\.\/[^\s]*|docker:\/\/[^\s@]+@sha256:[0-9a-f]{64})$/;

/** Undefined when `uses` is pinned; else what is wrong and what to write. */
export function unpinnedActionProblem(uses: string): string | undefined {
  if (PINNED_ACTION.test(uses)) return undefined;
  const shown = JSON.stringify(uses);
  if (uses.startsWith('docker://')) return `${shown} is not pinned: name the image by digest, e.g. docker://alpine@sha256:<64 hex digits>`;
  const match = /^([\w.-]+\/[\w.-]+(?:\/[^@\s]+)?)(?:@(.*))?$/.exec(uses);
  if (!match) return `${shown} is not an action reference: write owner/repo@<commit SHA> (or owner/repo/path@<commit SHA>, or ./path for an action in this repository)`;
  const [, action, ref] = match;
  const reason = ref === undefined ? 'has no version' : `is pinned to "${ref}", a tag or branch that can be moved to other code`;
  return `${shown} ${reason}: pin the full 40-character commit SHA of the release, e.g. ${action}@<commit SHA> (git ls-remote https://github.com/${action?.split('/').slice(0, 2).join('/')} refs/tags/<tag> prints it)`;
}

/** Undefined when `script` holds no `${{ }}`; else how to pass the value through the step's env instead. */
export function expressionInRunProblem(script: string): string | undefined {
  const expression = /\$\{\{\s*([^}]*?)\s*\}\}/.exec(script) ?? /\$\{\{/.exec(script);
  if (!expression) return undefined;
  const inner = expression[1]?.trim() ?? '';
  const name = (inner.split('.').pop() ?? '').replace(/\W/g, '_').toUpperCase() || 'VALUE';
  return `run contains ${expression[0]}, which GitHub pastes into the script before the shell runs it (text from the event, such as a branch name or a commit message, would run as code); `
    + `pass it through the step's env (env: { ${name}: "${expression[0]}" }) and write "$${name}" in the script`;
}

const SCALAR = z.union([z.string(), z.number(), z.boolean()]);

const stepShape = {
  name: z.string().trim().min(1).describe('Shown in the run; errors about the step name it.'),
  id: format(/^[A-Za-z_][A-Za-z0-9_-]*$/, 'a step id (letters, digits, _ and -, starting with a letter or _)', 'coverage').optional(),
  if: z.string().min(1).optional().describe('A GitHub expression, e.g. success() && github.ref == \'refs/heads/main\'.'),
  uses: z.string().min(1).optional().describe('An action pinned to a 40-hex commit SHA (owner/repo@<sha>), ./path, or docker://image@sha256:…'),
  with: z.record(z.string().min(1), SCALAR).optional().describe('Inputs of the action (uses: steps only).'),
  run: z.string().min(1).optional().describe('A bash script; values from GitHub come through env, never as ${{ }} in the script.'),
  env: z.record(variableName('environment variable name'), z.string()).optional(),
  'working-directory': z.string().min(1).optional().describe('Where run: runs (run: steps only).'),
  shell: z.enum(['bash', 'sh', 'python', 'pwsh']).optional(),
  'continue-on-error': z.boolean().optional(),
  'timeout-minutes': z.number().int().positive().max(360).optional(),
};

type StepInput = Partial<Record<keyof typeof stepShape, unknown>>;

/** The rules across a step's keys; they name the step, since a list position alone is hard to find. */
function stepRules(step: StepInput, ctx: z.RefinementCtx): void {
  if (!step || typeof step !== 'object') return;
  const label = typeof step.name === 'string' ? `step "${step.name}"` : 'this step';
  const issue = (key: string, message: string) => ctx.addIssue({ code: 'custom', path: [key], message: `${label}: ${message}`, params: { onKey: true } });
  const uses = typeof step.uses === 'string' ? step.uses : undefined;
  const run = typeof step.run === 'string' ? step.run : undefined;
  if (step.uses === undefined && step.run === undefined) ctx.addIssue({ code: 'custom', path: [], message: `${label}: needs "run" (a script) or "uses" (an action pinned to a commit), e.g. run: npm run e2e`, params: { onKey: true } });
  if (step.uses !== undefined && step.run !== undefined) issue('run', 'has both "uses" and "run": a step does one; split it into two steps');
  if (uses !== undefined) {
    const problem = unpinnedActionProblem(uses);
    if (problem) ctx.addIssue({ code: 'custom', path: ['uses'], message: `${label}: ${problem}` });
    for (const key of ['working-directory', 'shell'] as const) if (step[key] !== undefined) issue(key, `"${key}" applies to run: steps only`);
  }
  if (run !== undefined) {
    const problem = expressionInRunProblem(run);
    if (problem) ctx.addIssue({ code: 'custom', path: ['run'], message: `${label}: ${problem}` });
    if (step.with !== undefined) issue('with', '"with" gives inputs to an action (uses:); a run: step reads env');
  }
}

export const customStep = z.strictObject(stepShape).superRefine(stepRules, { when: () => true });
export type CustomStep = z.output<typeof customStep>;

const stepList = z.array(customStep);

/** Steps before and after a part of a job. */
export const beforeAfter = z.strictObject({
  before: stepList.optional(),
  after: stepList.optional(),
});

/** Around an environment's deploy: before it (after the AWS credentials), after it (before the smoke tests), after the smoke tests. */
export const deploySteps = z.strictObject({
  before: stepList.optional().describe('After the AWS credentials, before migrations and deploys (e.g. terraform apply).'),
  after: stepList.optional().describe('After the services and frontends deploy, before the smoke tests (e.g. kubectl apply, kubectl rollout status).'),
  'after-smoke': stepList.optional().describe('After the smoke tests (e.g. an E2E suite).'),
});

const PERMISSIONS = ['actions', 'checks', 'contents', 'deployments', 'id-token', 'issues', 'packages', 'pages', 'pull-requests', 'security-events', 'statuses', 'attestations'] as const;

export const customJob = z.strictObject({
  name: z.string().trim().min(1).optional().describe('Shown in the run. Default: the job id.'),
  needs: z.array(z.string().min(1)).default([]).describe('Jobs that must succeed first: generated ones (test, build-api, deploy-staging, …) or other custom jobs.'),
  if: z.string().min(1).optional().describe('A GitHub expression. Default: run when every job in needs succeeded (pull requests included when needs allows).'),
  'runs-on': z.string().min(1).optional(),
  role: roleArn.optional().describe('Assumed with GitHub OIDC before the steps (adds id-token: write).'),
  region: region.optional().describe('Default: aws.region.'),
  permissions: z.partialRecord(z.enum(PERMISSIONS), z.enum(['read', 'write'])).default({ contents: 'read' }),
  checkout: z.boolean().default(true).describe('Check out the repository first (without keeping credentials).'),
  'timeout-minutes': z.number().int().positive().max(360).default(30),
  env: z.record(variableName('environment variable name'), z.string()).default({}),
  steps: z.array(customStep).min(1),
});

export const customJobs = z.record(slug('job id', 'e2e'), customJob);
export type CustomJob = z.output<typeof customJob>;
