/** The rollback job's two scripts, run by bash: a release name → its commit, each repository's image → by digest. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../config/load.js';
import { examplePath, repoRoot } from '../../test/support.js';
import { planEnvironments } from './conditions.js';
import { rollbackJobs } from './rollback.js';
import type { Job } from './types.js';

const config = parseConfig(readFileSync(examplePath, 'utf8'), 'platform.yml').config;
const job = rollbackJobs(config, planEnvironments(config).find((plan) => plan.name === 'production')!, 'arn:aws:iam::111111111111:role/push').at(-1)!;
const script = (id: string) => job.steps.find((step) => step.id === id)!;
const digest = 'a'.repeat(64);
const bash = (run: string, env: Record<string, string>, cwd: string) => spawnSync('bash', ['--noprofile', '--norc', '-c', run], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });

describe('rollback job', () => {
  it('resolves a release tag to its commit, and refuses an unknown name, one that is not a ref, or one that never deployed here', () => {
    const repo = mkdtempSync(join(tmpdir(), 'rollback-'));
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, encoding: 'utf8' }).stdout.trim();
    git('init', '-q'); git('commit', '-q', '--allow-empty', '-m', 'one'); git('tag', 'v1.2.2');
    const sha = git('rev-parse', 'HEAD');
    const output = join(repo, 'out');
    writeFileSync(output, '');
    const release = (name: string, step = script('release')) => bash(step.run!, { ...step.env!, RELEASE: name, GITHUB_OUTPUT: output }, repo);
    expect(release('v1.2.2').status).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(`sha=${sha}\n`);
    expect(release('v9.9.9').stdout).toContain('::error::No tag or commit named v9.9.9');
    expect(release('--all').stdout).toContain('::error::rollback-release must be a release tag or a commit SHA');
    // Only what could have deployed here: production takes release tags (not a pre-release), staging commits of main.
    git('commit', '-q', '--allow-empty', '-m', 'two'); git('tag', 'v1.3.0-rc.1'); git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    git('checkout', '-q', '-b', 'feature'); git('commit', '-q', '--allow-empty', '-m', 'three');
    const feature = git('rev-parse', 'HEAD');
    writeFileSync(output, '');
    expect(release('v1.3.0-rc.1').stdout).toBe('::error::v1.3.0-rc.1 is not on a release tag (v*.*.* !v*.*.*-*), so it never deployed to this environment; choose a release that did.\n');
    expect(release(feature).status).toBe(1);
    const staging = rollbackJobs(config, planEnvironments(config).find((plan) => plan.name === 'staging')!, 'r').at(-1)!.steps.find((s) => s.id === 'release')!;
    expect(release('v1.3.0-rc.1', staging).status).toBe(0);
    expect(release(feature, staging).stdout).toBe(`::error::${feature} is not on branch main or a release tag (v*.*.* !v*.*.*-*), so it never deployed to this environment; choose a release that did.\n`);
    expect(readFileSync(output, 'utf8')).toBe(`sha=${git('rev-parse', 'HEAD~1')}\n`);
  });

  it('finds each service\'s image of that commit by digest, and fails naming a repository without one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rollback-'));
    // A stand-in aws CLI: the image exists only for commit abc.
    writeFileSync(join(dir, 'aws'), `#!/bin/bash\ncase "$*" in *imageTag=abc*) printf "111111111111\\tsha256:${digest}\\n" ;; *imageTag=bad*) printf "111111111111\\tsha256:1\\n::warning::x\\n" ;; *) echo "ImageNotFoundException" >&2; exit 254 ;; esac\n`);
    chmodSync(join(dir, 'aws'), 0o755);
    const output = join(dir, 'out');
    const envFile = join(dir, 'env');
    writeFileSync(output, '');
    writeFileSync(envFile, '');
    const env = { ...script('images').env!, PATH: `${dir}:${process.env.PATH}`, AWS_REGION: 'us-east-1', GITHUB_OUTPUT: output, GITHUB_ENV: envFile };
    expect(bash(script('images').run!, { ...env, SHA: 'abc' }, dir).status).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(`api=111111111111.dkr.ecr.us-east-1.amazonaws.com/keylo-api@sha256:${digest}\n`);
    // Your steps read it as IMAGE_<SERVICE>.
    expect(readFileSync(envFile, 'utf8')).toBe(`IMAGE_API=111111111111.dkr.ecr.us-east-1.amazonaws.com/keylo-api@sha256:${digest}\n`);
    // Anything but an account id and a digest is not written where later steps would read it.
    const odd = bash(script('images').run!, { ...env, SHA: 'bad' }, dir);
    expect([odd.status, odd.stdout]).toEqual([1, '::error::ECR did not answer with an account id and an image digest for keylo-api at bad\n']);
    expect(readFileSync(envFile, 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
    const missing = bash(script('images').run!, { ...env, SHA: 'def' }, dir);
    expect([missing.status, missing.stdout]).toEqual([1, '::error::keylo-api has no image for commit def (was it built by this pipeline?)\n']);
    expect(job.steps.find((s) => s.name === 'Redeploy api')!.with).toMatchObject({ cluster: 'keylo-production', service: 'keylo-api-service', image: '${{ steps.images.outputs.api }}' });
  });

  it('rebuilds the frontend from the release\'s commit, without AWS credentials, and deploys it after the services', () => {
    const [rebuild, rollback] = rollbackJobs(config, planEnvironments(config).find((plan) => plan.name === 'production')!, 'arn:aws:iam::111111111111:role/push') as [Job, Job];
    expect(rebuild.id).toBe('rollback-production_build-frontend');
    expect(rebuild.if).toBe(rollback.if);
    expect(rebuild.permissions).toEqual({ contents: 'read' });
    expect(rebuild.steps.map((s) => s.name).slice(0, 4)).toEqual(['Check out', 'Find the release\'s commit', 'Check out the release', 'Set up Node.js']);
    expect(rebuild.steps.find((s) => s.name === 'Build')!.run).toBe('npm run build --workspace=apps/web');
    expect(rebuild.steps.at(-1)!.with).toMatchObject({ name: 'rollback-frontend', path: 'apps/web/dist', 'retention-days': 1 });
    expect(rollback.needs).toEqual(['rollback-production_build-frontend']);
    const names = rollback.steps.map((s) => s.name);
    expect(names.indexOf('Redeploy api')).toBeLessThan(names.indexOf('Deploy the frontend'));
    expect(rollback.steps.find((s) => s.name === 'Download the frontend build')!.with!.name).toBe('rollback-frontend');
    expect(rollback.steps.find((s) => s.name === 'Deploy the frontend')!.with).toMatchObject({ bucket: 'keylo-production-web', 'distribution-id': 'E2PROD' });
  });

  it('EKS by your own steps: they run on the release\'s tree with its images, and the smoke test expects the release\'s commit', () => {
    const atlantic = parseConfig(readFileSync(join(repoRoot, 'generator', 'examples', 'atlantic.yml'), 'utf8'), 'platform.yml').config;
    const [rollback, ...more] = rollbackJobs(atlantic, planEnvironments(atlantic).find((plan) => plan.name === 'production')!, 'arn:aws:iam::111111111111:role/push');
    expect(more).toEqual([]);
    expect(rollback!.steps.map((s) => s.name)).toEqual([
      'Check out', 'Find the release\'s commit', 'Check out the release', 'AWS credentials for the registry (OIDC)', 'Find the release\'s images by digest',
      'AWS credentials (OIDC)', 'kubectl for the EKS cluster', 'kubectl apply the manifests', 'Deploy the new image', 'Smoke test https://api.atlantic.example.com/health',
    ]);
    expect(rollback!.env).toEqual({ DEPLOY_ENVIRONMENT: 'production', ROLLBACK: 'true', EKS_CLUSTER: 'atlanticfrewaycard-cluster', K8S_NAMESPACE: 'production' });
    expect(rollback!.steps.find((s) => s.id === 'images')!.env!.REPOSITORIES).toBe('api IMAGE_API atlantic-api');
    expect(rollback!.steps.at(-1)!.with!['json-assert']).toBe('$.version == ${{ steps.release.outputs.sha }}');
    expect(rollback!.steps.find((s) => s.name === 'Deploy the new image')!.run).toContain('api="$IMAGE_API"');
  });

  it('the release\'s tree: "Check out the release" detaches to the resolved commit', () => {
    const repo = mkdtempSync(join(tmpdir(), 'rollback-'));
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, encoding: 'utf8' }).stdout.trim();
    git('init', '-q'); git('commit', '-q', '--allow-empty', '-m', 'one');
    const old = git('rev-parse', 'HEAD');
    git('commit', '-q', '--allow-empty', '-m', 'two');
    const step = job.steps.find((s) => s.name === 'Check out the release') ?? rollbackJobs(config, planEnvironments(config)[0]!, 'r')[0]!.steps.find((s) => s.name === 'Check out the release')!;
    expect(bash(step.run!, { SHA: old }, repo).status).toBe(0);
    expect(git('rev-parse', 'HEAD')).toBe(old);
  });
});
