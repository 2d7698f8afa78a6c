/**
 * What an environment's deploy does besides the ECS services: the frontends (several, each built once or per
 * environment), smoke tests per URL, the environment's own values and steps, and the notices sent about it.
 */
import { z } from 'zod';
import { parseJsonAssertion, parseStatusRanges } from '../../../actions/smoke-test/src/assertions.js';
import { command, duration, format, httpUrl, slug, valueCheck, variableName } from './fields.js';
import { beforeAfter, deploySteps } from './schema-steps.js';
import { reviewConfig } from './schema-review.js';
import { nodeToolchain, relativePath } from './schema-test.js';

const bucket = format(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name (3 to 63 lower-case letters, digits, . and -)', 'keylo-staging-web');
const distribution = format(/^[A-Z0-9]{1,32}$/, 'a CloudFront distribution id (upper-case letters and digits)', 'E2ABCDEF123456');

/** The values an environment gives its deploy job and per-environment frontend builds, as environment variables. */
export const environmentVars = z.record(variableName('variable name'), z.string())
  .describe('Environment variables of this environment\'s deploy job and of frontend builds made per environment, e.g. { VITE_API_URL: https://api.staging.example.com }.');

export const frontendTarget = z.strictObject({
  bucket,
  distribution: distribution.optional(),
});

export const frontendEntry = z.strictObject({
  name: slug('frontend name', 'app'),
  build: command('test').describe('The build command; values come from env (and the environment\'s vars when built per environment).'),
  dir: z.string().min(1).describe('The folder the build writes (from the working directory), deployed with s3-spa-deploy.'),
  install: command('test').optional().describe('Default: the package manager\'s clean install (npm ci, pnpm install --frozen-lockfile, yarn install --frozen-lockfile).'),
  'working-directory': relativePath('working directory', 'apps/web').optional().describe('Where install and build run, and where the lockfile is. Default: the repository root.'),
  node: nodeToolchain.optional().describe('Default: Node 20 with npm, cached on the lockfile in the working directory.'),
  env: z.record(variableName('environment variable name'), z.string()).default({}).describe('Environment of the install and build commands.'),
  'per-environment': z.boolean().default(false).describe('Build once per environment with that environment\'s vars in env (e.g. VITE_API_URL); default: build once for all.'),
  steps: beforeAfter.optional().describe('Your steps before and after the build command.'),
});
export type FrontendEntry = z.output<typeof frontendEntry>;

const textOrLines = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const jsonAssert = textOrLines.superRefine((value, ctx) => {
  for (const line of Array.isArray(value) ? value : value.split('\n').filter((l) => l.trim() !== '')) {
    try {
      parseJsonAssertion(line.trim());
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `${(error as Error).message}; e.g. "$.version == \${{ github.sha }}"`, input: line });
    }
  }
});

const expectedStatus = z.union([z.string().min(1), z.number().int()]).superRefine((value, ctx) => {
  try {
    parseStatusRanges(String(value));
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `${(error as Error).message}; e.g. "200", "200-299" or "2xx"`, input: value });
  }
});

const checks = {
  'expected-status': expectedStatus.optional().describe('Accepted status codes, ranges or classes, e.g. "200" or "2xx". Default 200-399.'),
  'body-contains': textOrLines.optional().describe('Text the body must contain (each line, or each entry).'),
  'json-assert': jsonAssert.optional().describe('JSON-path assertions, e.g. "$.version == ${{ github.sha }}" (the new version is served).'),
  timeout: duration.optional(),
  'no-cache': z.boolean().optional().describe('Bypass CDN caches (Cache-Control: no-cache and a unique query parameter).'),
};

/** One URL with its own expectations. */
export const smokeCheck = z.strictObject({ url: httpUrl, ...checks });

export const smokeConfig = z.union([
  z.array(z.union([httpUrl, smokeCheck])).min(1),
  z.strictObject({ urls: z.array(httpUrl).min(1), ...checks }),
]);
export type SmokeConfig = z.output<typeof smokeConfig>;

export const DEPLOY_EVENTS = ['started', 'succeeded', 'failed'] as const;

/** Which deploys a notice is about: its events, and the environments (default: all of them). */
const deployNotice = {
  on: z.array(z.enum(DEPLOY_EVENTS)).min(1).default(['started', 'succeeded', 'failed']).describe('started, succeeded, failed.'),
  environments: z.array(z.string().min(1)).min(1).optional().describe('Only these environments, e.g. [production]. Default: every environment.'),
};

const secretName = format(/^[A-Za-z_][A-Za-z0-9_]*$/, 'the name of a repository secret (the name, not the value)', 'PAGERDUTY_ROUTING_KEY');

export const slackDeploys = z.strictObject(deployNotice);

/**
 * A webhook for any other tool: the payload is a jq program (jq builds the JSON, so no outside text is pasted
 * into it by hand) over named values: $app, $environment, $event, $status, $ref, $sha, $actor, $run_url, $run_id,
 * and each of `secrets` by its name.
 */
export const webhookConfig = z.strictObject({
  name: slug('webhook name', 'pagerduty'),
  url: httpUrl.optional().describe('The endpoint, e.g. https://events.pagerduty.com/v2/enqueue.'),
  'url-secret': secretName.optional().describe('The repository secret holding the endpoint, when the URL itself is a secret.'),
  secrets: z.record(format(/^[a-z_][a-z0-9_]*$/, 'a jq variable name (lower-case letters, digits and _)', 'routing_key'), secretName).default({})
    .describe('jq variable → repository secret, e.g. { routing_key: PAGERDUTY_ROUTING_KEY } (read as $routing_key).'),
  payload: z.string().min(1).superRefine(valueCheck((value) => (value.includes('${{') ? 'must not contain ${{ }}: the payload is a jq program over $app, $environment, $service, $event, $status, $ref, $sha, $actor, $run_url, $run_id and the secrets you name' : undefined)))
    .describe('A jq program that prints the JSON body.'),
  ...deployNotice,
});
export type WebhookConfig = z.output<typeof webhookConfig>;

/** Keys an environment gets from this section (spread into its schema). */
export const environmentExtras = {
  vars: environmentVars.optional(),
  steps: deploySteps.optional().describe('Your steps around this environment\'s deploy.'),
  review: reviewConfig.optional().describe('A job before this environment\'s approval: your steps (e.g. terraform plan -out), a file shown in the run\'s summary, and files handed to the deploy (the plan it applies).'),
  frontends: z.record(z.string(), frontendTarget).optional().describe('Frontend name → its bucket and distribution here (with frontends:).'),
};
