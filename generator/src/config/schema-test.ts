/**
 * The test jobs: one (`test: { run: … }`, as before) or several in parallel (`test: { jobs: { backend: …,
 * frontend: … } }`), each with its toolchains (Node, Python, PHP: the setup action and a dependency cache keyed on the
 * lockfile at the job's working directory), its service containers and its own steps before and after the commands.
 */
import { z } from 'zod';
import { beforeAfter } from './schema-steps.js';
import { command, format, slug, valueCheck, variableName } from './fields.js';

export const TEST_SERVICES = ['postgres', 'mysql', 'redis'] as const;

const version = (example: string) => z.union([z.number(), z.string().min(1)]).describe(`e.g. ${example}`);
export const relativePath = (what: string, example: string) => z.string().min(1).superRefine(valueCheck((value) => {
  if (value.startsWith('/')) return `${JSON.stringify(value)} is absolute; write the ${what} relative to the repository root, e.g. ${example}`;
  if (value.split('/').includes('..')) return `${JSON.stringify(value)} leaves the repository; write the ${what} relative to the repository root, e.g. ${example}`;
  if (/['"$`\\]/.test(value)) return `${JSON.stringify(value)} contains a quote, $, \` or \\; write a plain path, e.g. ${example}`;
  return undefined;
}));

export const NODE_MANAGERS = ['npm', 'pnpm', 'yarn'] as const;
export const PYTHON_MANAGERS = ['pip', 'poetry', 'uv'] as const;

/** `cache: false` turns the dependency cache off; `lockfile` names the file its key hashes (default: by package manager, in the working directory). */
const cacheKeys = {
  cache: z.boolean().default(true).describe('Cache dependencies, keyed on the lockfile.'),
  lockfile: relativePath('lockfile', 'frontend/package-lock.json').optional().describe('The lockfile the cache key hashes, from the repository root. Default: the package manager\'s lockfile in the working directory.'),
};

export const nodeToolchain = z.strictObject({
  version: version('20').default('20'),
  'package-manager': z.enum(NODE_MANAGERS).default('npm'),
  ...cacheKeys,
});

export const pythonToolchain = z.strictObject({
  version: version('"3.12"').default('3.12'),
  'package-manager': z.enum(PYTHON_MANAGERS).default('pip'),
  ...cacheKeys,
});

export const phpToolchain = z.strictObject({
  version: version('"8.3"').default('8.3'),
  extensions: z.array(format(/^[\w:-]+$/, 'a PHP extension name', 'pdo_pgsql')).default([]).describe('PHP extensions for setup-php, e.g. [pdo_pgsql, redis].'),
  ...cacheKeys,
});

const hostPort = format(/^\d{1,5}(:\d{1,5})?$/, 'a port or host:container ports', '5672:5672');

/**
 * One service container: a known type (postgres, mysql, redis: port, health check, credentials and the URLs the
 * job gets) with any image, or any other container by name and image with its own env, ports and health command.
 */
const testServiceObject = z.strictObject({
  type: z.enum(TEST_SERVICES).optional().describe('postgres, mysql or redis: sets the port, health check and the env the job gets.'),
  name: slug('service container name', 'rabbitmq').optional().describe('The container\'s name (its host name is localhost). Default: the type.'),
  image: z.string().min(1).optional().describe('Image instead of the default, e.g. pgvector/pgvector:pg16.'),
  user: z.string().min(1).optional().describe('Database user (postgres, mysql). Default: postgres, or root for mysql.'),
  password: z.string().min(1).optional().describe('Database password (postgres, mysql), a test-only value. Default: postgres / root.'),
  database: format(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a database name (letters, digits and _)', 'app_test').optional().describe('Default: <app>_test.'),
  env: z.record(variableName('environment variable name'), z.string()).optional().describe('The container\'s environment.'),
  ports: z.array(z.union([z.number().int().min(1).max(65535), hostPort])).optional().describe('Ports published on the runner, e.g. [5672, 15672].'),
  'health-cmd': z.string().min(1).regex(/^[^"$`\\]*$/, { error: () => 'must not contain " $ ` or \\ (it is passed inside double quotes to docker); e.g. health-cmd: rabbitmq-diagnostics -q ping' }).optional()
    .describe('A command that succeeds once the container is ready.'),
});

export const testService = z.union([z.enum(TEST_SERVICES), testServiceObject]);
export type TestServiceConfig = z.output<typeof testService>;

const jobShape = {
  node: nodeToolchain.optional().describe('Set up Node.js with the package manager\'s cache.'),
  python: pythonToolchain.optional().describe('Set up Python (pip, Poetry or uv) with its cache.'),
  php: phpToolchain.optional().describe('Set up PHP and Composer with the Composer cache.'),
  'working-directory': relativePath('working directory', 'backend').optional().describe('Where the commands run, and where the lockfiles are looked for. Default: the repository root.'),
  services: z.array(testService).optional().describe('Service containers for the tests, with health checks and their URLs in env.'),
  env: z.record(variableName('environment variable name'), z.string()).optional().describe('Extra environment for the test commands.'),
  steps: beforeAfter.optional().describe('Your steps before the commands (after the toolchains) and after them.'),
};

export const testJobConfig = z.strictObject({
  ...jobShape,
  run: z.array(command('test')).min(1).describe('Commands run in order, one step each.'),
});
export type TestJobConfig = z.output<typeof testJobConfig>;

/**
 * `test`: one job (`run` with its settings; with no toolchain named, Node is set up as before, from `node-version`
 * and `package-manager`), or `jobs`: several named jobs run in parallel, each setting up only the toolchains it names.
 */
export const testConfig = z.strictObject({
  ...jobShape,
  'node-version': version('20').optional().describe('Node.js version for setup-node (default 20); same as node.version.'),
  'package-manager': z.enum(NODE_MANAGERS).optional().describe('Default: from the first run command (npm, pnpm or yarn); same as node.package-manager.'),
  run: z.array(command('test')).min(1).optional().describe('Commands run in order, one step each.'),
  jobs: z.record(slug('test job name', 'backend'), testJobConfig).optional().describe('Several test jobs, run in parallel; each is a test job of its own (job id test-<name>).'),
}).superRefine((value, ctx) => testRules(value, ctx), { when: () => true });
export type TestConfig = z.output<typeof testConfig>;

type Loose = Record<string, unknown>;
const loose = (value: unknown): Loose | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? value as Loose : undefined);

/** Rules across a test job's keys; `at` is the path of the job inside `test`. */
function jobRules(job: Loose, at: Array<string | number>, ctx: z.RefinementCtx, legacy: boolean): void {
  const issue = (path: Array<string | number>, message: string) => ctx.addIssue({ code: 'custom', path: [...at, ...path], message, params: { onKey: true } });
  if (legacy && job.node !== undefined) {
    for (const key of ['node-version', 'package-manager']) if (job[key] !== undefined) issue([key], `is set twice: with "node", write it as node.${key === 'node-version' ? 'version' : 'package-manager'}`);
  }
  const services = Array.isArray(job.services) ? job.services : [];
  const names = new Map<string, number>();
  services.forEach((entry, i) => {
    const service = loose(entry);
    const type = typeof entry === 'string' ? entry : typeof service?.type === 'string' ? service.type : undefined;
    const name = typeof service?.name === 'string' ? service.name : type;
    if (service && service.type === undefined) {
      if (service.name === undefined || service.image === undefined) issue(['services', i], 'a container without "type" needs "name" and "image"; e.g. { name: rabbitmq, image: rabbitmq:3-management, ports: [5672], health-cmd: rabbitmq-diagnostics -q ping }');
    }
    if (service && type !== 'postgres' && type !== 'mysql') {
      for (const key of ['user', 'password', 'database']) if (service[key] !== undefined) issue(['services', i, key], `is a database setting: it applies to type postgres or mysql${type ? `, not ${type}` : ''}; give other containers their env instead`);
    }
    if (name === undefined) return;
    const first = names.get(name);
    if (first !== undefined) issue(['services', i], `a second service container named "${name}": give one of them another name, e.g. { type: ${type ?? 'postgres'}, name: ${name}-2 }`);
    else names.set(name, i);
  });
}

export function testRules(value: unknown, ctx: z.RefinementCtx): void {
  const test = loose(value);
  if (!test) return;
  const issue = (path: Array<string | number>, message: string) => ctx.addIssue({ code: 'custom', path, message, params: { onKey: true } });
  const jobs = loose(test.jobs);
  if (test.jobs !== undefined) {
    const single = Object.keys(test).filter((key) => key !== 'jobs');
    for (const key of single) issue([key], `is set next to "jobs": with several test jobs, each job has its own ${key}; move it into test.jobs.<name>`);
    if (jobs && Object.keys(jobs).length === 0) issue(['jobs'], 'needs at least one job; e.g. jobs: { backend: { python: {}, run: [pytest] } }');
    for (const [name, job] of Object.entries(jobs ?? {})) if (loose(job)) jobRules(loose(job)!, ['jobs', name], ctx, false);
    return;
  }
  if (test.run === undefined) issue([], 'needs "run" (the test commands, e.g. run: [npm ci, npm test]) or "jobs" (several test jobs, e.g. jobs: { backend: { run: [pytest] } })');
  jobRules(test, [], ctx, true);
}
