/**
 * .github/workflows/release.yml as data and as scripts: its wiring to scripts/release.ts (the outputs the script
 * writes are the ones the jobs read), least privilege, SHA pins from the manifest, and each `run:` script executed
 * by bash with stand-in `npm` and `gh` commands that record what they were asked.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ACTION_PINS } from '../../generator/src/pins.js';
import { planRelease } from '../../scripts/release-plan.js';
import { planOutputs } from '../../scripts/release.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
interface Step { name?: string; id?: string; uses?: string; if?: string; run?: string; env?: Record<string, string> }
interface Job { needs?: string | string[]; permissions: Record<string, string>; outputs?: Record<string, string>; env?: Record<string, string>; steps: Step[] }
const text = readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8');
const workflow = parse(text) as { on: unknown; permissions: unknown; jobs: Record<string, Job> };
const { verify, 'publish-npm': publish, release } = workflow.jobs as Record<'verify' | 'publish-npm' | 'release', Job>;
const stepNamed = (job: Job, prefix: string) => job.steps.find((s) => s.name?.startsWith(prefix)) as Step;

describe('release.yml as data', () => {
  it('runs on release tags with no default permissions; contents: write only where the release and tag are made', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v*.*.*'] } });
    expect(workflow.permissions).toEqual({});
    expect(verify.permissions).toEqual({ contents: 'read' });
    expect(publish.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(release.permissions).toEqual({ contents: 'write' });
    // The job that can write runs no npm code: no checkout, no install.
    expect(release.steps.map((s) => s.uses ?? s.run ?? '').join('\n')).not.toMatch(/checkout|npm|npx/);
  });

  it('pins every action to the SHA in generator/src/pins.ts, with its version as a comment', () => {
    const uses = [...text.matchAll(/uses: (\S+) # (\S+)$/gm)].map((m) => [m[1], m[2]]);
    expect(uses.length).toBe([...text.matchAll(/uses:/g)].length);
    for (const [ref, version] of uses) {
      const [name, sha] = (ref as string).split('@') as [string, string];
      expect([ref, sha, version]).toEqual([ref, ACTION_PINS[name]?.sha, ACTION_PINS[name]?.version]);
    }
  });

  it('the job outputs are exactly what scripts/release.ts writes, and the decisions read them', () => {
    const { plan } = planRelease({ tag: 'v1.0.0', manifests: [], missing: [], changelog: '## [1.0.0]\n\n- x\n', tags: [] });
    expect(Object.keys(verify.outputs!).sort()).toEqual(Object.keys(planOutputs(plan!)).sort());
    for (const [key, value] of Object.entries(verify.outputs!)) expect(value).toBe(`\${{ steps.plan.outputs.${key} }}`);
    expect(stepNamed(verify, 'The tag matches').run).toBe('npx tsx scripts/release.ts verify "$TAG" --notes "$RUNNER_TEMP/release-notes.md"');
    expect(stepNamed(release, 'Move ').if).toBe("needs.verify.outputs.move-major == 'true'");
    expect(stepNamed(release, 'Leave ').if).toBe("needs.verify.outputs.move-major != 'true'");
    expect(release.needs).toEqual(['verify', 'publish-npm']);
  });

  it('tests with the dists under Node 24 and checks dist before anything is published', () => {
    const runs = verify.steps.map((s) => s.run ?? '');
    expect(runs).toEqual(expect.arrayContaining(['npm run check-dist', 'npm run lint', 'npm run typecheck']));
    expect(runs.find((r) => r.includes('npm test'))).toMatch(/HARNESS_NODE="\$\(node -p process.execPath\)"\n\s*export HARNESS_NODE\n[^\n]*\^v24/);
    expect(verify.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))).toMatchObject({ with: { 'node-version': 24 } });
  });
});

/** Runs a step's script with bash; `npm` and `gh` are stand-ins that log their arguments and answer from `script`. */
function runStep(job: Job, step: Step, env: Record<string, string>, stubs: { npm?: string; gh?: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'release-step-'));
  const log = join(dir, 'calls.log');
  for (const [name, body] of Object.entries(stubs)) {
    writeFileSync(join(dir, name), `#!/bin/bash\necho "${name} $*" >> "${log}"\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  }
  writeFileSync(log, '');
  const result = spawnSync('bash', ['-e', '-c', step.run as string], {
    encoding: 'utf8', env: { PATH: `${dir}:/usr/bin:/bin`, RUNNER_TEMP: dir, ...job.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls: readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) };
}

describe('release.yml scripts, run by bash with stand-in npm and gh', () => {
  const publishStep = stepNamed(publish, 'Publish');
  const publishEnv = { VERSION: '1.2.4', DIST_TAG: 'backport', NODE_AUTH_TOKEN: '' };

  it('publishes ./generator with provenance under the planned dist-tag', () => {
    const npm = 'case "$1" in --version) echo 11.6.2;; view) echo "npm error 404" >&2; exit 1;; esac';
    const result = runStep(publish, publishStep, publishEnv, { npm });
    expect(result.status).toBe(0);
    expect(result.calls).toEqual(['npm --version', 'npm view gen-workflow@1.2.4 version', 'npm publish ./generator --provenance --access public --tag backport --ignore-scripts']);
  });

  it('skips a version already on npm (a re-run), and refuses an npm too old for trusted publishing', () => {
    const published = runStep(publish, publishStep, publishEnv, { npm: 'case "$1" in --version) echo 11.5.1;; view) echo 1.2.4;; esac' });
    expect(published).toMatchObject({ status: 0, stdout: 'gen-workflow@1.2.4 is already on npm\n' });
    expect(published.calls).toEqual(['npm --version', 'npm view gen-workflow@1.2.4 version']);
    const old = runStep(publish, publishStep, publishEnv, { npm: 'echo 10.9.2' });
    expect(old).toMatchObject({ status: 1, stdout: '::error::npm 10.9.2 cannot use trusted publishing (11.5.1 or later is needed)\n', calls: ['npm --version'] });
  });

  const env = { GH_TOKEN: 't', GH_REPO: 'org/platform-actions', TAG: 'v1.2.4' };

  it('creates the release from the notes file, Latest only when planned, a pre-release marked; a re-run edits it', () => {
    const create = stepNamed(release, 'Create the release');
    const fresh = runStep(release, create, { ...env, PRERELEASE: 'false', LATEST: 'false' }, { gh: '[ "$2" = view ] && exit 1; exit 0' });
    expect(fresh.status).toBe(0);
    expect(fresh.calls[1]).toMatch(/^gh release create v1\.2\.4 --verify-tag --title v1\.2\.4 --notes-file \S+\/notes\/release-notes\.md --latest=false$/);
    const rc = runStep(release, create, { ...env, TAG: 'v1.4.0-rc.1', PRERELEASE: 'true', LATEST: 'false' }, { gh: '[ "$2" = view ] && exit 1; exit 0' });
    expect(rc.calls[1]).toMatch(/ --latest=false --prerelease$/);
    const rerun = runStep(release, create, { ...env, PRERELEASE: 'false', LATEST: 'true' }, { gh: 'exit 0' });
    expect(rerun.calls[1]).toMatch(/^gh release edit v1\.2\.4 --title v1\.2\.4 --notes-file \S+ --latest=true$/);
  });

  it('moves the major tag through the refs API to the tagged commit: updates it, or creates it the first time', () => {
    const move = stepNamed(release, 'Move ');
    const sha = 'a'.repeat(40);
    const existing = runStep(release, move, { ...env, TAG: 'v1.3.0', MAJOR: 'v1' }, { gh: `[ "$2" = "repos/org/platform-actions/commits/v1.3.0" ] && echo ${sha}; exit 0` });
    expect(existing.status).toBe(0);
    expect(existing.calls).toEqual([
      'gh api repos/org/platform-actions/commits/v1.3.0 --jq .sha',
      'gh api repos/org/platform-actions/git/ref/tags/v1',
      `gh api --method PATCH repos/org/platform-actions/git/refs/tags/v1 -f sha=${sha} -F force=true`,
    ]);
    expect(existing.stdout).toBe(`v1 → v1.3.0 (${sha})\n`);
    const first = runStep(release, move, { ...env, TAG: 'v2.0.0', MAJOR: 'v2' }, { gh: `case "$2" in */commits/*) echo ${sha};; */git/ref/*) exit 1;; esac` });
    expect(first.calls[2]).toBe(`gh api --method POST repos/org/platform-actions/git/refs -f ref=refs/tags/v2 -f sha=${sha}`);
  });
});
