/**
 * The platform.yml contract. Key names follow the documented example (they are the public contract); every object
 * is strict so a typo is an error with a suggestion, never a silently ignored key. Each rule carries its message for
 * the user (what is wrong with the value and what to write); cross-field rules live in rules.ts and run even when a
 * key is missing, so one run reports every problem.
 */
import { z } from 'zod';
import { parseDuration } from '../../../actions/common/src/durations.js';
import { regionProblem } from './aws-regions.js';
import { crossCheck } from './rules.js';
import { command, explained, format, slug, valueCheck } from './schema-helpers.js';
import { environmentDeployKeys, environmentService, migrateConfig } from './schema-deploy.js';
import { roleArnProblem, secretInBuildArgProblem } from './values.js';

const roleArn = explained(/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/, roleArnProblem);
const httpUrl = format(/^https?:\/\/[^\s]+$/, 'an http(s) URL', 'https://staging.example.com/health');
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
// The pattern (kept for the JSON Schema) lets `us-eest-1` through; the list of regions does not.
const region = explained(REGION, regionProblem).superRefine(valueCheck((value) => (REGION.test(value) ? regionProblem(value) : undefined)));
const variableName = (what: string) => format(/^[A-Za-z_][A-Za-z0-9_]*$/, `a valid ${what} (letters, digits and _, not starting with a digit)`, 'NODE_ENV');
// Node's timers hold at most 2^31 - 1 ms; smoke-test refuses longer timeouts, and anything it cannot parse, at deploy time.
const MAX_TIMER_MS = 2_147_483_647;
const duration = z.string().min(1).superRefine(valueCheck((value) => {
  const ms = parseDuration(value);
  if (ms === undefined || ms <= 0) return `${JSON.stringify(value)} is not a duration: write a number with a unit (ms, s, m, h), e.g. 90s, 5m or 1h30m`;
  return ms > MAX_TIMER_MS ? `${JSON.stringify(value)} is longer than the smoke test can wait (at most 596h)` : undefined;
}));

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
export const TEST_SERVICES = ['postgres', 'mysql', 'redis'] as const;

const testService = z.union([
  z.enum(TEST_SERVICES),
  z.strictObject({
    type: z.enum(TEST_SERVICES).describe('Which database or cache this is (sets the port, health check and env).'),
    image: z.string().min(1).optional().describe('Image instead of the default, e.g. postgres:17-alpine.'),
  }),
]);

const testConfig = z.strictObject({
  'node-version': z.union([z.number(), z.string().min(1)]).default('20').describe('Node.js version for setup-node.'),
  'package-manager': z.enum(['npm', 'pnpm', 'yarn']).optional().describe('Default: from the first run command (npm, pnpm or yarn).'),
  run: z.array(command('test')).min(1).describe('Commands run in order, one step each.'),
  services: z.array(testService).default([]).describe('Service containers for the tests, with health checks and their URLs in env.'),
  env: z.record(variableName('environment variable name'), z.string()).default({}).describe('Extra environment for the test commands.'),
});

const serviceConfig = z.strictObject({
  name: slug('service name', 'api'),
  dockerfile: z.string().min(1).optional().describe('Default: <context>/Dockerfile.'),
  context: z.string().min(1).default('.'),
  'ecr-repository': format(/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/, 'an ECR repository name (lower-case parts joined by . _ - or /)', 'team/api'),
  container: format(/^[A-Za-z0-9_-]{1,255}$/, 'a container name (letters, digits, _ and -)', 'api'),
  target: format(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'a Dockerfile stage name', 'runtime').optional(),
  'build-args': z.record(variableName('build argument name'), z.string().superRefine(valueCheck(secretInBuildArgProblem))).optional(),
  migrate: migrateConfig.optional(),
});

const frontendConfig = z.strictObject({
  build: command('frontend').describe('The build command.'),
  dir: z.string().min(1).describe('The folder the build writes, deployed with s3-spa-deploy.'),
  install: command('frontend').optional().describe('Default: npm ci, pnpm install --frozen-lockfile or yarn install --frozen-lockfile (which yarn 2+ reads as --immutable).'),
});

const smokeConfig = z.union([
  z.array(httpUrl).min(1),
  z.strictObject({
    urls: z.array(httpUrl).min(1),
    'body-contains': z.string().min(1).optional(),
    'expected-status': z.string().min(1).optional(),
    timeout: duration.optional(),
  }),
]);

const environmentConfig = z.strictObject({
  branch: format(/^[\w./-]+$/, 'a branch name', 'main').optional().describe('Pushes to this branch deploy here.'),
  ...environmentDeployKeys,
  approval: z.boolean().default(false).describe('Deploys wait for the GitHub environment\'s required reviewers.'),
  role: roleArn.describe('Role assumed with GitHub OIDC for this environment.'),
  region: region.optional(),
  cluster: z.string().min(1),
  services: z.record(z.string(), environmentService).describe('Our service name → ECS service name (or a list, or {ecs-services, scheduled-tasks}).'),
  bucket: format(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name (3 to 63 lower-case letters, digits, . and -)', 'keylo-staging-web').optional(),
  distribution: format(/^[A-Z0-9]{1,32}$/, 'a CloudFront distribution id (upper-case letters and digits)', 'E2ABCDEF123456').optional(),
  smoke: smokeConfig.optional(),
  url: httpUrl.optional().describe('Shown on the deployment in GitHub. Default: the first smoke URL\'s origin.'),
});

const trivyConfig = z.strictObject({
  severity: z.array(z.enum(SEVERITIES)).min(1).default(['CRITICAL', 'HIGH']),
  'ignore-unfixed': z.boolean().default(false),
});

export const configSchema = z.strictObject({
  app: slug('app name', 'keylo'),
  actions: format(/^[\w.-]+\/[\w.-]+@[\w./-]+$/, 'owner/repository@ref', 'org/platform-actions@v1').describe('Where our actions come from.'),
  'runs-on': z.string().min(1).default('ubuntu-latest'),
  aws: z.strictObject({
    region,
    'build-role': roleArn.optional().describe('Role that pushes images. Default: the first environment\'s role.'),
  }),
  test: testConfig,
  services: z.array(serviceConfig).min(1),
  frontend: frontendConfig.optional(),
  environments: z.record(slug('environment name', 'staging'), environmentConfig).refine((envs) => Object.keys(envs).length > 0, 'needs at least one environment; e.g. environments: { staging: { branch: main, role: …, cluster: …, services: { api: keylo-api-service } } }'),
  security: z.strictObject({
    trivy: z.union([z.boolean(), trivyConfig]).default(true),
    gitleaks: z.boolean().default(true),
  }).default({ trivy: true, gitleaks: true }),
  notify: z.strictObject({
    slack: z.strictObject({
      'webhook-secret': format(/^[A-Za-z_][A-Za-z0-9_]*$/, 'the name of a repository secret (the name, not the URL)', 'SLACK_WEBHOOK_URL'),
      on: z.enum(['always', 'failure']).default('always').describe('Post for every pipeline, or only when a job failed.'),
    }).optional(),
  }).default({}),
// `when`: the cross-field rules run even when a key is missing or mistyped, so that every problem shows in one run.
}).superRefine(crossCheck, { when: () => true });

export type Config = z.output<typeof configSchema>;
export type EnvironmentConfig = z.output<typeof environmentConfig>;
export type ServiceConfig = z.output<typeof serviceConfig>;
