/**
 * The keys for test toolchains and jobs, test services, frontends, environment vars and smoke tests per URL: each
 * accepted and turned into the steps it promises, and each bad value refused naming the key path.
 */
import { describe, expect, it } from '@jest/globals';
import { planWorkflow } from '../model/pipeline.js';
import type { Job } from '../model/types.js';
import { parseConfig } from './load.js';
import { problems, withExample } from '../../test/support.js';

const plan = (text: string) => planWorkflow(parseConfig(text, 'platform.yml').config, { config: 'platform.yml', out: '.github/workflows', generatorVersion: '1.0.0' });
const jobOf = (text: string, id: string): Job => {
  const job = plan(text).jobs.find((j) => j.id === id);
  if (!job) throw new Error(`no job ${id}`);
  return job;
};
const step = (job: Job, name: string) => job.steps.find((s) => s.name === name);

describe('test toolchains', () => {
  it('node: setup-node cached on the lockfile in the working directory, or no cache', () => {
    const test = jobOf(withExample((c) => { c.test = { node: { version: 22, 'package-manager': 'pnpm' }, 'working-directory': 'web', run: ['pnpm test'] }; }), 'test');
    expect(test.steps.map((s) => s.name)).toEqual(['Check out', 'Set up pnpm', 'Set up Node.js', 'pnpm test']);
    expect(step(test, 'Set up pnpm')!.with).toEqual({ package_json_file: 'web/package.json' });
    expect(step(test, 'Set up Node.js')!.with).toEqual({ 'node-version': '22', cache: 'pnpm', 'cache-dependency-path': 'web/pnpm-lock.yaml' });
    expect(step(test, 'pnpm test')!.workingDirectory).toBe('web');
    const uncached = jobOf(withExample((c) => { c.test = { node: { cache: false }, run: ['npm test'] }; }), 'test');
    expect(step(uncached, 'Set up Node.js')!.with).toEqual({ 'node-version': '20', 'package-manager-cache': false });
  });

  it('python: pip, poetry (installed first) and uv (its own cache), each keyed on its lockfile; no Node set up', () => {
    const pip = jobOf(withExample((c) => { c.test = { python: {}, 'working-directory': 'api', run: ['pytest'] }; }), 'test');
    expect(pip.steps.map((s) => s.name)).toEqual(['Check out', 'Set up Python', 'pytest']);
    expect(step(pip, 'Set up Python')!.with).toEqual({ 'python-version': '3.12', cache: 'pip', 'cache-dependency-path': 'api/requirements*.txt' });
    const poetry = jobOf(withExample((c) => { c.test = { python: { 'package-manager': 'poetry', version: '3.11' }, run: ['poetry run pytest'] }; }), 'test');
    expect(poetry.steps.map((s) => s.name).slice(1, 3)).toEqual(['Install Poetry 2.2.1', 'Set up Python']);
    expect(step(poetry, 'Set up Python')!.with).toMatchObject({ cache: 'poetry', 'cache-dependency-path': 'poetry.lock' });
    const uv = jobOf(withExample((c) => { c.test = { python: { 'package-manager': 'uv', lockfile: 'services/api/uv.lock' }, run: ['uv run pytest'] }; }), 'test');
    expect(uv.steps.map((s) => s.name).slice(1, 4)).toEqual(['Set up Python', 'Install uv 0.9.17', 'Cache uv downloads']);
    expect(step(uv, 'Set up Python')!.with).toEqual({ 'python-version': '3.12' });
    expect(step(uv, 'Cache uv downloads')!.with!.key).toBe("uv-${{ runner.os }}-${{ hashFiles('services/api/uv.lock') }}");
  });

  it('php: setup-php with extensions, and the Composer cache on composer.lock in the working directory', () => {
    const php = jobOf(withExample((c) => { c.test = { php: { version: '8.2', extensions: ['pdo_pgsql', 'redis'] }, 'working-directory': 'backend', run: ['composer install', 'php artisan test'] }; }), 'test');
    expect(step(php, 'Set up PHP')!.with).toEqual({ 'php-version': '8.2', tools: 'composer', coverage: 'none', extensions: 'pdo_pgsql, redis' });
    expect(step(php, 'Find the Composer cache')).toMatchObject({ id: 'composer-cache', workingDirectory: 'backend' });
    expect(step(php, 'Cache Composer downloads')!.with!.key).toBe("composer-${{ runner.os }}-${{ hashFiles('backend/composer.lock') }}");
  });

  it('test.jobs: one job per entry, in parallel, each a gate of the builds', () => {
    const workflow = plan(withExample((c) => { c.test = { jobs: { backend: { python: {}, run: ['pytest'] }, web: { run: ['npm test'] } } }; }));
    const ids = workflow.jobs.map((j) => j.id);
    expect(ids.filter((id) => id.startsWith('test'))).toEqual(['test-backend', 'test-web']);
    expect(workflow.jobs.find((j) => j.id === 'build-api')!.needs).toEqual(expect.arrayContaining(['test-backend', 'test-web']));
    expect(workflow.jobs.find((j) => j.id === 'test-web')!.steps.map((s) => s.name)).toContain('Set up Node.js');
  });

  it('refuses a bad package manager, a lockfile outside the repository, run next to jobs, and node twice', () => {
    expect(problems(withExample((c) => { c.test = { python: { 'package-manager': 'pipenv' }, run: ['pytest'] }; }))).toEqual(['test.python.package-manager: "pipenv" is not one of pip, poetry, uv']);
    expect(problems(withExample((c) => { c.test = { node: { lockfile: '../package-lock.json' }, run: ['npm test'] }; }))[0]).toMatch(/^test\.node\.lockfile: "\.\.\/package-lock\.json" leaves the repository/);
    expect(problems(withExample((c) => { c.test = { 'working-directory': '/src', run: ['npm test'] }; }))[0]).toMatch(/^test\.working-directory: "\/src" is absolute/);
    expect(problems(withExample((c) => { c.test.jobs = { web: { run: ['npm test'] } }; }))).toEqual(expect.arrayContaining([
      'test.run: is set next to "jobs": with several test jobs, each job has its own run; move it into test.jobs.<name>',
    ]));
    expect(problems(withExample((c) => { c.test = { services: ['redis'] }; }))).toEqual(['test: needs "run" (the test commands, e.g. run: [npm ci, npm test]) or "jobs" (several test jobs, e.g. jobs: { backend: { run: [pytest] } })']);
    expect(problems(withExample((c) => { c.test.node = { version: 22 }; }))).toEqual(['test.node-version: is set twice: with "node", write it as node.version']);
    expect(problems(withExample((c) => { c.test = { php: { extensions: ['pdo pgsql'] }, run: ['php artisan test'] }; }))[0]).toMatch(/^test\.php\.extensions\.0: "pdo pgsql" is not a PHP extension name/);
  });
});

describe('test services', () => {
  it('postgres, mysql and redis with their credentials, database, image and ports; any other container', () => {
    const test = jobOf(withExample((c) => {
      c.test.services = [
        { type: 'postgres', image: 'pgvector/pgvector:pg15', user: 'app', password: 'pw', database: 'app_db' },
        { type: 'mysql', user: 'shop', password: 'pw', ports: ['3307:3306'] },
        { name: 'minio', image: 'minio/minio:latest', env: { MINIO_ROOT_USER: 'minio' }, ports: [9000], 'health-cmd': 'mc ready local' },
      ];
    }), 'test');
    expect(test.services!.postgres).toEqual({ image: 'pgvector/pgvector:pg15', env: { POSTGRES_USER: 'app', POSTGRES_PASSWORD: 'pw', POSTGRES_DB: 'app_db' }, ports: ['5432:5432'], options: expect.stringContaining('--health-cmd "pg_isready -U app"') });
    expect(test.services!.mysql!.env).toEqual({ MYSQL_ROOT_PASSWORD: 'pw', MYSQL_USER: 'shop', MYSQL_PASSWORD: 'pw', MYSQL_DATABASE: 'keylo_test' });
    expect(test.services!.minio).toEqual({ image: 'minio/minio:latest', env: { MINIO_ROOT_USER: 'minio' }, ports: ['9000:9000'], options: '--health-cmd "mc ready local" --health-interval 5s --health-timeout 5s --health-retries 12' });
    expect(test.env).toMatchObject({ DATABASE_URL: 'postgresql://app:pw@localhost:5432/app_db', PGDATABASE: 'app_db', MYSQL_URL: 'mysql://shop:pw@127.0.0.1:3307/keylo_test' });
  });

  it('refuses a container without name and image, database keys on redis, two of one name, a quote in health-cmd and a bad port', () => {
    expect(problems(withExample((c) => { c.test.services = [{ image: 'rabbitmq:3' }]; }))).toEqual(['test.services.0: a container without "type" needs "name" and "image"; e.g. { name: rabbitmq, image: rabbitmq:3-management, ports: [5672], health-cmd: rabbitmq-diagnostics -q ping }']);
    expect(problems(withExample((c) => { c.test.services = [{ type: 'redis', password: 'x' }]; }))).toEqual(['test.services.0.password: is a database setting: it applies to type postgres or mysql, not redis; give other containers their env instead']);
    expect(problems(withExample((c) => { c.test.services = ['postgres', { type: 'postgres' }]; }))).toEqual(['test.services.1: a second service container named "postgres": give one of them another name, e.g. { type: postgres, name: postgres-2 }']);
    expect(problems(withExample((c) => { c.test.services = [{ name: 'mq', image: 'rabbitmq:3', 'health-cmd': 'echo "$X"' }]; }))[0]).toMatch(/^test\.services\.0\.health-cmd: must not contain " \$ ` or \\/);
    expect(problems(withExample((c) => { c.test.services = [{ name: 'mq', image: 'rabbitmq:3', ports: ['amqp'] }]; }))[0]).toMatch(/^test\.services\.0\.ports\.0: "amqp" is not a port or host:container ports/);
  });
});

const FRONTENDS = [{ name: 'app', build: 'npm run build', dir: 'dist', 'per-environment': true }, { name: 'learn', 'working-directory': 'learn', build: 'npm run build', dir: 'dist' }];
const withFrontends = (extra: (c: Record<string, any>) => void = () => undefined) => withExample((c) => { // eslint-disable-line @typescript-eslint/no-explicit-any
  delete c.frontend;
  c.frontends = FRONTENDS;
  for (const env of ['staging', 'production']) {
    delete c.environments[env].bucket;
    delete c.environments[env].distribution;
    c.environments[env].frontends = { app: { bucket: `keylo-${env}-app` }, learn: { bucket: `keylo-${env}-learn`, distribution: 'E2LEARN' } };
    c.environments[env].vars = { VITE_API_URL: `https://${env}.example.com` };
  }
  extra(c);
});

describe('frontends and environment vars', () => {
  it('builds a per-environment frontend once per environment with its vars, the other once; deploys each where mapped', () => {
    const workflow = plan(withFrontends());
    expect(workflow.jobs.map((j) => j.id).filter((id) => id.startsWith('build-frontend'))).toEqual(['build-frontend-app-staging', 'build-frontend-app-production', 'build-frontend-learn']);
    const appProduction = workflow.jobs.find((j) => j.id === 'build-frontend-app-production')!;
    expect(appProduction.env).toEqual({ VITE_API_URL: 'https://production.example.com' });
    expect(appProduction.if).toContain("startsWith(github.ref, 'refs/tags/')");
    expect(step(workflow.jobs.find((j) => j.id === 'build-frontend-learn')!, 'Keep the build for every environment')!.with!.path).toBe('learn/dist');
    const production = workflow.jobs.find((j) => j.id === 'deploy-production')!;
    expect(production.needs).toEqual(expect.arrayContaining(['build-frontend-app-production', 'build-frontend-learn']));
    expect(step(production, 'Deploy learn')!.with).toEqual({ source: '${{ runner.temp }}/frontend-learn', bucket: 'keylo-production-learn', 'distribution-id': 'E2LEARN' });
    expect(production.env).toMatchObject({ DEPLOY_ENVIRONMENT: 'production', VITE_API_URL: 'https://production.example.com' });
  });

  it('refuses frontend with frontends, an unknown frontend in an environment, bucket with frontends, a duplicate name and a bad var name', () => {
    expect(problems(withFrontends((c) => { c.frontend = { build: 'x', dir: 'dist' }; }))).toEqual(expect.arrayContaining([expect.stringMatching(/^frontends: is set next to "frontend"/)]));
    expect(problems(withFrontends((c) => { c.environments.staging.frontends.lern = { bucket: 'keylo-x' }; }))).toEqual(['environments.staging.frontends.lern: no frontend named "lern" (app, learn); did you mean "learn"?']);
    expect(problems(withFrontends((c) => { c.environments.staging.bucket = 'keylo-staging-web'; }))[0]).toMatch(/^environments\.staging\.bucket: with frontends, each frontend's bucket goes in frontends/);
    expect(problems(withFrontends((c) => { c.frontends = [FRONTENDS[0], FRONTENDS[0], FRONTENDS[1]]; }))).toEqual(['frontends.1.name: duplicate frontend name "app": each frontend needs its own name, e.g. app and learn']);
    expect(problems(withFrontends((c) => { c.environments.staging.vars = { 'VITE-API': 'x' }; }))[0]).toMatch(/^environments\.staging\.vars\.VITE-API: "VITE-API" is not a valid variable name/);
  });
});

describe('smoke tests per URL', () => {
  it('a URL with its own status, body and JSON-path assertions gets its own smoke-test step', () => {
    const staging = jobOf(withExample((c) => {
      c.environments.staging.smoke = ['https://staging.example.com/', { url: 'https://api.example.com/version', 'expected-status': 200, 'body-contains': ['ok', 'db'], 'json-assert': ['$.version == ${{ github.sha }}'], timeout: '10m', 'no-cache': true }];
    }), 'deploy-staging');
    expect(staging.steps.filter((s) => s.name.startsWith('Smoke test')).map((s) => s.with)).toEqual([
      { urls: 'https://staging.example.com/' },
      { urls: 'https://api.example.com/version', 'expected-status': '200', 'body-contains': 'ok\ndb', 'json-assert': '$.version == ${{ github.sha }}', timeout: '10m', 'no-cache': true },
    ]);
  });

  it('refuses an assertion smoke-test would refuse, and a bad status', () => {
    expect(problems(withExample((c) => { c.environments.staging.smoke = [{ url: 'https://x.example.com/', 'json-assert': '$.version = 1' }]; }))).toEqual([
      'environments.staging.smoke.0.json-assert: \'$.version = 1\' is not of the form <JSON path> == <value> or <JSON path> != <value>; e.g. "$.version == ${{ github.sha }}"',
    ]);
    expect(problems(withExample((c) => { c.environments.staging.smoke = [{ url: 'https://x.example.com/', 'expected-status': 'ok' }]; }))[0]).toMatch(/^environments\.staging\.smoke\.0\.expected-status: .*; e\.g\. "200", "200-299" or "2xx"$/);
  });
});
