/**
 * The platform.yml contract. Key names follow the documented example (they are the public contract); every object
 * is strict so a typo is an error with a suggestion, never a silently ignored key. Cross-field rules live in
 * `crossCheck` so they report through the same path → line machinery as shape errors.
 */
import { z } from 'zod';

const slug = (what: string) => z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, `${what}: lower-case letters, digits and '-', starting with a letter (at most 40)`);
const command = z.string().trim().min(1, 'a command must not be empty').refine((s) => !s.includes('${{'), 'a command must not contain ${{ }} expressions (they would be interpolated into the shell)');
const roleArn = z.string().regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/, 'an IAM role ARN, e.g. arn:aws:iam::111111111111:role/deploy');
const httpUrl = z.string().regex(/^https?:\/\/[^\s]+$/, 'an http(s) URL');

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
  run: z.array(command).min(1).describe('Commands run in order, one step each.'),
  services: z.array(testService).default([]).describe('Service containers for the tests, with health checks and their URLs in env.'),
  env: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name'), z.string()).default({}).describe('Extra environment for the test commands.'),
});

const serviceConfig = z.strictObject({
  name: slug('service name'),
  dockerfile: z.string().min(1).optional().describe('Default: <context>/Dockerfile.'),
  context: z.string().min(1).default('.'),
  'ecr-repository': z.string().regex(/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/, 'an ECR repository name, e.g. team/api'),
  container: z.string().regex(/^[A-Za-z0-9_-]{1,255}$/, 'the container name in the task definition'),
  target: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'a Dockerfile stage name').optional(),
  'build-args': z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a build argument name'), z.string()).optional(),
  migrate: command.optional().describe('Run this with db-migrate (in the new image) before the service deploys.'),
});

const frontendConfig = z.strictObject({
  build: command.describe('The build command.'),
  dir: z.string().min(1).describe('The folder the build writes, deployed with s3-spa-deploy.'),
  install: command.optional().describe('Default: npm ci, pnpm install --frozen-lockfile or yarn install --frozen-lockfile (which yarn 2+ reads as --immutable).'),
});

const smokeConfig = z.union([
  z.array(httpUrl).min(1),
  z.strictObject({
    urls: z.array(httpUrl).min(1),
    'body-contains': z.string().min(1).optional(),
    'expected-status': z.string().min(1).optional(),
    timeout: z.string().min(1).optional(),
  }),
]);

const environmentConfig = z.strictObject({
  branch: z.string().regex(/^[\w./-]+$/, 'a branch name').optional().describe('Pushes to this branch deploy here.'),
  'release-tags': z.string().regex(/^[\w.*+-]+$/, 'a tag pattern such as v*.*.*').optional().describe('Pushed tags matching this pattern deploy here, promoting what passed the previous environment.'),
  approval: z.boolean().default(false).describe('Deploys wait for the GitHub environment\'s required reviewers.'),
  role: roleArn.describe('Role assumed with GitHub OIDC for this environment.'),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region such as us-east-1').optional(),
  cluster: z.string().min(1),
  services: z.record(z.string(), z.string().min(1)).describe('Our service name → ECS service name.'),
  bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name').optional(),
  distribution: z.string().regex(/^[A-Z0-9]{1,32}$/, 'a CloudFront distribution id').optional(),
  smoke: smokeConfig.optional(),
  url: httpUrl.optional().describe('Shown on the deployment in GitHub. Default: the first smoke URL\'s origin.'),
});

const trivyConfig = z.strictObject({
  severity: z.array(z.enum(SEVERITIES)).min(1).default(['CRITICAL', 'HIGH']),
  'ignore-unfixed': z.boolean().default(false),
});

export const configSchema = z.strictObject({
  app: slug('app'),
  actions: z.string().regex(/^[\w.-]+\/[\w.-]+@[\w./-]+$/, 'owner/repository@ref, e.g. org/platform-actions@v1').describe('Where our actions come from.'),
  'runs-on': z.string().min(1).default('ubuntu-latest'),
  aws: z.strictObject({
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region such as us-east-1'),
    'build-role': roleArn.optional().describe('Role that pushes images. Default: the first environment\'s role.'),
  }),
  test: testConfig,
  services: z.array(serviceConfig).min(1),
  frontend: frontendConfig.optional(),
  environments: z.record(slug('environment name'), environmentConfig).refine((envs) => Object.keys(envs).length > 0, 'at least one environment'),
  security: z.strictObject({
    trivy: z.union([z.boolean(), trivyConfig]).default(true),
    gitleaks: z.boolean().default(true),
  }).default({ trivy: true, gitleaks: true }),
  notify: z.strictObject({
    slack: z.strictObject({
      'webhook-secret': z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'the name of a repository secret, e.g. SLACK_WEBHOOK_URL'),
      on: z.enum(['always', 'failure']).default('always').describe('Post for every pipeline, or only when a job failed.'),
    }).optional(),
  }).default({}),
}).superRefine(crossCheck);

export type Config = z.output<typeof configSchema>;
export type EnvironmentConfig = z.output<typeof environmentConfig>;
export type ServiceConfig = z.output<typeof serviceConfig>;

function crossCheck(config: z.output<typeof configSchema>, ctx: z.RefinementCtx): void {
  const names = config.services.map((s) => s.name);
  config.services.forEach((service, i) => {
    if (names.indexOf(service.name) !== i) ctx.addIssue({ code: 'custom', path: ['services', i, 'name'], message: `duplicate service name "${service.name}"` });
  });
  const envs = Object.entries(config.environments);
  const branches = new Map<string, string>();
  envs.forEach(([name, env], index) => {
    const at = (...rest: Array<string | number>) => ['environments', name, ...rest];
    if ((env.branch === undefined) === (env['release-tags'] === undefined)) {
      ctx.addIssue({ code: 'custom', path: at(), message: 'needs exactly one of "branch" (deploy on pushes to it) or "release-tags" (deploy on release tags)' });
    }
    if (env.branch !== undefined) {
      const other = branches.get(env.branch);
      if (other) ctx.addIssue({ code: 'custom', path: at('branch'), message: `branch "${env.branch}" already deploys to "${other}"` });
      branches.set(env.branch, name);
    }
    if (env['release-tags'] !== undefined && index !== envs.length - 1) {
      ctx.addIssue({ code: 'custom', path: at('release-tags'), message: 'only the last environment can deploy on release tags (it promotes what passed the one before it)' });
    }
    for (const key of Object.keys(env.services)) {
      if (!names.includes(key)) ctx.addIssue({ code: 'custom', path: at('services', key), message: `no service named "${key}" in services (${names.join(', ')})` });
    }
    if (Object.keys(env.services).length === 0 && !config.frontend) ctx.addIssue({ code: 'custom', path: at('services'), message: 'deploys nothing: map at least one service' });
    if (config.frontend && env.bucket === undefined) ctx.addIssue({ code: 'custom', path: at(), message: 'has no "bucket", but the config has a frontend to deploy' });
    if (!config.frontend && env.bucket !== undefined) ctx.addIssue({ code: 'custom', path: at('bucket'), message: 'is set, but the config has no "frontend" section to build' });
    if (env.distribution !== undefined && env.bucket === undefined) ctx.addIssue({ code: 'custom', path: at('distribution'), message: 'needs "bucket"' });
  });
  if (envs.filter(([, env]) => env['release-tags'] !== undefined).length > 1) {
    ctx.addIssue({ code: 'custom', path: ['environments'], message: 'at most one environment can deploy on release tags' });
  }
}
