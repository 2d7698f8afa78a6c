import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parseConfig } from './config/load.js';
import { inspectRepository, starterConfig, writeStarterConfig, type RepoFacts } from './init.js';
import { unwrap } from '../test/seed-repos/index.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function repo(prefix: string, files: Record<string, string | object>): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  made.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

const NPM_INIT_TEST = 'echo "Error: no test specified" && exit 1';

describe('a pnpm monorepo with two services, a vite app, migrations and docker-compose', () => {
  const dir = repo('init-pnpm', {
    'package.json': { name: '@acme/keylo', private: true, engines: { node: '>=18' }, scripts: { lint: 'eslint .', typecheck: 'tsc -b', test: 'vitest run' } },
    'pnpm-lock.yaml': 'lockfileVersion: 9.0\n',
    'pnpm-workspace.yaml': 'packages: [apps/*]\n',
    '.nvmrc': 'v22.3.0\n',
    'apps/api/package.json': { name: '@acme/api', scripts: { 'db:migrate': 'prisma migrate deploy', build: 'tsc' }, dependencies: { pg: '^8' } },
    'apps/api/Dockerfile': 'FROM node:22\nCOPY pnpm-lock.yaml package.json ./\nCOPY apps/api ./apps/api\n',
    'apps/worker/package.json': { name: '@acme/worker', scripts: { build: 'tsc' } },
    'apps/worker/Dockerfile': 'FROM node:22\nCOPY . .\n',
    'apps/web/package.json': { name: '@acme/web', scripts: { build: 'tsc && vite build' }, devDependencies: { vite: '^6' } },
    'apps/web/vite.config.ts': 'export default {};\n',
    'docker-compose.yml': 'services:\n  db: { image: "postgres:16-alpine" }\n  cache:\n    image: redis:7\n  app:\n    build: .\n',
    // Dependencies and build output are not the project's own Dockerfiles.
    'node_modules/some-lib/Dockerfile': 'FROM scratch\n',
    'dist/Dockerfile': 'FROM scratch\n',
  });
  const facts = inspectRepository(dir);
  const text = unwrap(starterConfig(facts));

  it('detects every fact from the files', () => {
    expect(facts).toMatchObject({
      app: 'keylo',
      packageManager: 'pnpm',
      nodeVersion: '22',
      testCommands: [{ run: 'pnpm install --frozen-lockfile' }, { run: 'pnpm run lint' }, { run: 'pnpm run typecheck' }, { run: 'pnpm run test' }],
      frontend: { build: 'pnpm --filter @acme/web run build', dir: 'apps/web/dist' },
      testServices: ['postgres', 'redis'],
    });
    expect(facts.images.map(({ name, dockerfile, context }) => ({ name, dockerfile, context }))).toEqual([
      { name: 'api', dockerfile: 'apps/api/Dockerfile', context: '.' },
      { name: 'worker', dockerfile: 'apps/worker/Dockerfile', context: 'apps/worker' },
    ]);
    // The db:migrate script is pnpm's, and the api image (FROM node:22, no corepack) has no pnpm to run it.
    expect(facts.images[0]!.migrate).toBeUndefined();
    expect(facts.images[0]!.migrateTodo).toBe('no migrate: the final stage of apps/api/Dockerfile (FROM node:22) has no pnpm (node images have npm; add RUN corepack enable) to run the "db:migrate" script in apps/api/package.json. Make that stage able to run the migration (copy what it needs into it), then add migrate: with a command it can run');
  });

  it('writes a config the schema accepts as written', () => {
    const { config } = parseConfig(text, 'platform.yml');
    expect(config.app).toBe('keylo');
    expect(config.test).toMatchObject({ 'node-version': 22, 'package-manager': 'pnpm', run: facts.testCommands.map((c) => c.run), services: ['postgres', 'redis'] });
    expect(config.services.map((s) => [s.name, s.dockerfile, s.context, s.migrate])).toEqual([
      ['api', 'apps/api/Dockerfile', '.', undefined],
      ['worker', 'apps/worker/Dockerfile', 'apps/worker', undefined],
    ]);
    expect(config.frontend).toEqual({ build: 'pnpm --filter @acme/web run build', dir: 'apps/web/dist' });
    expect(Object.keys(config.environments)).toEqual(['staging', 'production']);
    expect(config.environments.staging).toMatchObject({ branch: 'main', bucket: 'keylo-staging-web', services: { api: 'keylo-api', worker: 'keylo-worker' } });
    expect(config.environments.production).toMatchObject({ 'release-tags': 'v*.*.*', approval: true, bucket: 'keylo-production-web' });
    expect(config.security).toEqual({ trivy: { severity: ['CRITICAL', 'HIGH'], 'ignore-unfixed': true }, gitleaks: true });
    expect(config.notify.slack?.['webhook-secret']).toBe('SLACK_WEBHOOK_URL');
  });

  it('says where each value came from and marks what it cannot know', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Starter config written by gen-workflow init. Edit it, then run: npx gen-workflow');
    expect(lines[1]).toBe('# yaml-language-server: $schema=https://raw.githubusercontent.com/org/platform-actions/v1/generator/platform.schema.json');
    expect(text).toContain('# found apps/api/Dockerfile; named after its folder apps/api; context . because it copies apps/api from the repository root');
    expect(text).toContain('# found apps/worker/Dockerfile');
    expect(text).toContain('package-manager: pnpm # from pnpm-lock.yaml');
    expect(text).toContain('node-version: 22 # from .nvmrc');
    expect(text).toContain('branch: main # TODO: not a git repository; write the branch whose pushes deploy to staging');
    expect(text).toContain('# from docker-compose.yml (postgres:16-alpine, redis:7); started as containers');
    expect(text).toContain('found apps/web (apps/web/vite.config.ts)');
    expect(text).toContain('  # TODO: no migrate: the final stage of apps/api/Dockerfile (FROM node:22) has no pnpm');
    expect(text).toContain('role: arn:aws:iam::111111111111:role/keylo-deploy-staging # TODO: your OIDC deploy role');
    for (const key of ['region', 'role', 'cluster', 'api', 'worker', 'bucket', 'distribution', 'smoke']) {
      const line = lines.find((l) => l.trimStart().startsWith(`${key}:`));
      expect([key, line]).toEqual([key, expect.stringContaining('# TODO')]);
    }
    expect(lines.filter((l) => l.includes('TODO: your OIDC deploy role'))).toHaveLength(2);
    expect(text).toContain('slack: {webhook-secret: SLACK_WEBHOOK_URL} # remove if you do not use Slack');
  });
});

describe('an npm single app with only ./Dockerfile', () => {
  const dir = repo('init-npm', {
    'package.json': { name: 'My Shop!', engines: { node: '^18.17' }, scripts: { lint: 'eslint .', 'type-check': 'tsc', 'test:unit': 'jest unit', test: 'jest', start: 'node .' }, dependencies: { mysql2: '^3', ioredis: '^5' } },
    'package-lock.json': '{}',
    Dockerfile: 'FROM node:18\nCOPY . .\n',
  });
  const facts = inspectRepository(dir);

  it('detects the facts, with services from the dependencies', () => {
    expect(facts).toMatchObject({
      app: 'my-shop',
      packageManager: 'npm',
      nodeVersion: '18',
      testCommands: [{ run: 'npm ci' }, { run: 'npm run lint' }, { run: 'npm run type-check' }, { run: 'npm run test:unit' }],
      images: [{ name: 'my-shop', dockerfile: 'Dockerfile', context: '.' }],
      testServices: ['mysql', 'redis'],
    });
    expect(facts.frontend).toBeUndefined();
  });

  it('writes a valid config without a frontend, bucket or migration', () => {
    const text = starterConfig(facts);
    const { config } = parseConfig(text, 'platform.yml');
    expect(config.services).toEqual([{ name: 'my-shop', dockerfile: 'Dockerfile', context: '.', 'ecr-repository': 'my-shop', container: 'my-shop' }]);
    expect(config.test).toMatchObject({ 'node-version': 18, run: facts.testCommands.map((c) => c.run), services: ['mysql', 'redis'] });
    expect(config.frontend).toBeUndefined();
    expect(config.environments.staging).toMatchObject({ branch: 'main', services: { 'my-shop': 'my-shop' } });
    expect(config.environments.staging?.bucket).toBeUndefined();
    expect(text).toContain('# found Dockerfile; named after the app (the Dockerfile at the root); built from the repository root');
    expect(text).toContain('# from package.json engines.node');
    expect(text).toContain('# from package-lock.json');
    expect(text).toContain('# from the code: mysql2 in package.json, ioredis in package.json; started as containers');
    expect(text).not.toContain('frontend:');
    expect(text).not.toContain('bucket:');
  });
});

describe('a yarn repo with no Dockerfile', () => {
  const dir = repo('init-yarn', {
    'package.json': { name: '@scope/widget', packageManager: 'yarn@4.1.0', scripts: { build: 'react-scripts build', test: 'react-scripts test', migrate: 'prisma migrate deploy' }, dependencies: { 'react-scripts': '5', '@prisma/client': '5' } },
    'yarn.lock': '',
    'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n',
  });
  const facts = inspectRepository(dir);

  it('detects the facts, with postgres from the prisma schema', () => {
    expect(facts).toMatchObject({
      app: 'widget',
      packageManager: 'yarn',
      nodeVersion: '20',
      testCommands: [{ run: 'yarn install --immutable' }, { run: 'yarn run test' }],
      images: [],
      frontend: { build: 'yarn run build', dir: 'build' },
      testServices: ['postgres'],
    });
  });

  it('writes one placeholder service marked TODO', () => {
    const text = starterConfig(facts);
    const { config } = parseConfig(text, 'platform.yml');
    // No Dockerfile: nothing says what the image holds, so no migration is proposed.
    expect(config.services).toEqual([{ name: 'widget', dockerfile: 'Dockerfile', context: '.', 'ecr-repository': 'widget', container: 'widget' }]);
    expect(config.frontend).toEqual({ build: 'yarn run build', dir: 'build' });
    expect(config.test).toMatchObject({ 'package-manager': 'yarn', run: ['yarn install --immutable', 'yarn run test'], services: ['postgres'] });
    expect(text).toContain('dockerfile: Dockerfile # TODO: no Dockerfile found');
    expect(text).toContain('# from yarn.lock');
    expect(text).toContain('found the root package (react-scripts)');
    expect(text).toContain('# from the code: prisma (postgresql) in prisma/schema.prisma; started as containers');
  });
});

describe('Dockerfile names and build contexts', () => {
  it('names images after their folder or file, keeps names unique, and builds from the root only when the Dockerfile needs it', () => {
    const dir = repo('init-contexts', {
      'package.json': { name: 'kit' },
      Dockerfile: 'FROM node:22\nCOPY . .\n',
      'docker/Dockerfile': 'FROM node:22\n',
      'docker/migrate.Dockerfile': 'FROM node:22\n',
      'legacy/api/Dockerfile': 'FROM node:22\nCOPY . .\n',
      // A copy from another stage and a WORKDIR name the folder, but only as paths inside the image.
      'services/api/Dockerfile': 'FROM node:22 AS build\nWORKDIR /srv/services/api\nCOPY . .\nFROM node:22\nCOPY --from=build /srv/services/api/dist ./dist\nCOPY --from=build services/api/dist ./public\n',
      'services/jobs/Dockerfile': 'FROM node:22\nCOPY ["services/jobs/package.json", "./"]\n',
      'services/cron/Dockerfile': 'FROM node:22\nCOPY package.json yarn.lock ./\n',
    });
    const facts = inspectRepository(dir);
    expect(facts.images.map(({ name, dockerfile, context, nameTodo }) => ({ name, dockerfile, context, guess: nameTodo !== undefined }))).toEqual([
      { name: 'kit', dockerfile: 'Dockerfile', context: '.', guess: false },
      // docker/ holds Dockerfiles for the whole repository: named after the app, a second one is a guess.
      { name: 'kit-2', dockerfile: 'docker/Dockerfile', context: '.', guess: true },
      { name: 'migrate', dockerfile: 'docker/migrate.Dockerfile', context: '.', guess: false },
      // legacy/ is not a folder of services and legacy/api has no manifest: its name is only the folder's.
      { name: 'api', dockerfile: 'legacy/api/Dockerfile', context: 'legacy/api', guess: true },
      { name: 'api-2', dockerfile: 'services/api/Dockerfile', context: 'services/api', guess: true },
      { name: 'cron', dockerfile: 'services/cron/Dockerfile', context: '.', guess: false },
      { name: 'jobs', dockerfile: 'services/jobs/Dockerfile', context: '.', guess: false },
    ]);
    const text = unwrap(starterConfig(facts));
    expect(parseConfig(text, 'platform.yml').config.services.map((s) => s.name)).toEqual(['kit', 'kit-2', 'migrate', 'api', 'api-2', 'cron', 'jobs']);
    expect(text).toContain('  # TODO: another service is already called api; give this one a name that says what it does\n  - name: api-2 # TODO: a guess, see above');
    expect(text).toContain('# found services/cron/Dockerfile; named after its folder services/cron; context . because it copies yarn.lock, which is at the repository root');
    expect(text).toContain('# found services/api/Dockerfile; named after its folder services/api; built from its own folder');
  });
});

describe('frontends in workspaces', () => {
  it('finds a Next.js static export in an npm workspace, and ignores a server-rendered one', () => {
    const files = {
      'package.json': { name: 'site', workspaces: ['packages/*'], scripts: { test: NPM_INIT_TEST } },
      'packages/site/package.json': { name: 'site-web', scripts: { build: 'next build' }, dependencies: { next: '15' } },
      'packages/site/next.config.mjs': "export default { output: 'export' };\n",
    };
    const facts = inspectRepository(repo('init-next', files));
    expect(facts.frontend).toEqual({ build: 'npm run build --workspace=packages/site', dir: 'packages/site/out', from: "found packages/site (packages/site/next.config.mjs with output: 'export')", project: '' });
    // The test script `npm init` writes always fails: it is not a test suite.
    expect(facts.testCommands).toEqual([{ run: 'npm install' }]);
    const serverRendered = { ...files, 'packages/site/next.config.mjs': 'export default {};\n' };
    expect(inspectRepository(repo('init-next-ssr', serverRendered)).frontend).toBeUndefined();
  });
});

describe('bounds', () => {
  it('looks four folders deep and no deeper', () => {
    const dir = repo('init-deep', { 'a/b/c/d/Dockerfile': 'FROM scratch\n', 'a/b/c/d/e/Dockerfile': 'FROM scratch\n' });
    expect(inspectRepository(dir).images.map((d) => d.dockerfile)).toEqual(['a/b/c/d/Dockerfile']);
  });

  it('stops after 5,000 entries', () => {
    const dir = repo('init-wide', { 'zzz/Dockerfile': 'FROM scratch\n' });
    mkdirSync(join(dir, 'aaa'));
    for (let i = 0; i < 5000; i++) writeFileSync(join(dir, 'aaa', `f${i}`), '');
    expect(inspectRepository(dir).images).toEqual([]);
    rmSync(join(dir, 'aaa', 'f0'));
    rmSync(join(dir, 'aaa', 'f1'));
    rmSync(join(dir, 'aaa', 'f2'));
    expect(inspectRepository(dir).images.map((d) => d.dockerfile)).toEqual(['zzz/Dockerfile']);
  });
});

describe('starterConfig', () => {
  const awkward: RepoFacts = {
    app: 'shop',
    packageManager: 'npm',
    nodeVersion: 'lts/*',
    testCommands: ['npm ci', 'npm run "lint: all" # not a comment', '*star', "it's", '- dash', '@scoped', '{brace}', 'a: b', '"quoted"', 'yes'].map((run) => ({ run })),
    testServices: [],
    images: [{ name: 'api', dockerfile: 'apps/my api/Dockerfile', context: 'apps/my api', migrate: 'npm run migrate -- --to "2024: final"', migrateFrom: 'by hand' }],
    frontend: { build: "npm run build --workspace='apps/my web'", dir: 'apps/my web/dist' },
    notes: [],
  };

  it('quotes values with YAML-special characters so they read back exactly', () => {
    const { config } = parseConfig(starterConfig(awkward), 'platform.yml');
    expect(config.test.run).toEqual(awkward.testCommands.map((c) => c.run));
    expect(config.test['node-version']).toBe('lts/*');
    expect(config.services[0]).toMatchObject({ dockerfile: 'apps/my api/Dockerfile', context: 'apps/my api', migrate: awkward.images[0]!.migrate });
    expect(config.frontend).toEqual({ build: awkward.frontend!.build, dir: awkward.frontend!.dir });
  });

  it('uses generic comments and branch main for facts it did not inspect, and omits test services when none', () => {
    const text = starterConfig(awkward);
    expect(parseConfig(text, 'platform.yml').config.environments.staging?.branch).toBe('main');
    expect(text).toContain('# found apps/my api/Dockerfile; context apps/my api');
    expect(text).not.toMatch(/^ {2}services:/m);
  });

  it('points the schema comment and actions at the given source, and refuses a malformed one', () => {
    const text = starterConfig(awkward, { actions: 'acme/deploy-kit@v2.1' });
    expect(text.split('\n')[1]).toBe('# yaml-language-server: $schema=https://raw.githubusercontent.com/acme/deploy-kit/v2.1/generator/platform.schema.json');
    expect(parseConfig(text, 'platform.yml').config.actions).toBe('acme/deploy-kit@v2.1');
    expect(() => starterConfig(awkward, { actions: 'acme/deploy-kit' })).toThrow('owner/repository@ref');
  });
});

describe('writeStarterConfig', () => {
  it('writes a valid starter for a folder with nothing in it, named after the folder', () => {
    const dir = repo('init-Empty', {});
    const { path, facts } = writeStarterConfig(dir, 'platform.yml', { force: false });
    expect(path).toBe(join(dir, 'platform.yml'));
    expect(facts.app).toBe(basename(dir).toLowerCase());
    expect(facts.testCommands).toEqual([]);
    const text = readFileSync(path, 'utf8');
    expect(parseConfig(text, 'platform.yml').config.test.run).toEqual(['npm test']);
    expect(text).toContain('npm test # TODO: no package.json, pyproject.toml or composer.json found; your test commands');
  });

  it('refuses to overwrite an existing file unless forced', () => {
    const dir = repo('init-existing', { 'platform.yml': 'app: mine\n', 'package.json': { name: 'svc' }, Dockerfile: 'FROM scratch\n' });
    expect(() => writeStarterConfig(dir, 'platform.yml', { force: false })).toThrow(new Error('platform.yml already exists; use --force to overwrite it'));
    expect(readFileSync(join(dir, 'platform.yml'), 'utf8')).toBe('app: mine\n');
    const { path, facts } = writeStarterConfig(dir, 'platform.yml', { force: true, actions: 'acme/pa@v3' });
    expect(facts.images).toMatchObject([{ name: 'svc', dockerfile: 'Dockerfile', context: '.' }]);
    const { config } = parseConfig(readFileSync(path, 'utf8'), 'platform.yml');
    expect(config).toMatchObject({ app: 'svc', actions: 'acme/pa@v3' });
  });
});
