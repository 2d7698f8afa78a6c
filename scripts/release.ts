/**
 * The release script behind .github/workflows/release.yml, and a maintainer's pre-flight check. Thin: reads the
 * package.json files, CHANGELOG.md and the repository's tags, asks release-plan.ts, prints or writes the answer.
 * Run it with `npx tsx scripts/release.ts help`.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { changelogSection, planRelease, type Manifest, type ReleasePlan } from './release-plan.js';

export const HELP = `scripts/release.ts — what a release tag may do

Usage:
  npx tsx scripts/release.ts verify <tag> [--notes FILE]
      Refuse the tag unless it is vX.Y.Z[-pre], package.json and generator/package.json (when it exists) have
      version X.Y.Z[-pre], and CHANGELOG.md has a "## [X.Y.Z] - date" section. Print the plan: whether the major
      tag (v1) moves (only for the highest release of that major; never for a pre-release) and npm's dist-tag.
      In GitHub Actions the plan is also written to GITHUB_OUTPUT; --notes writes the CHANGELOG section to FILE.
  npx tsx scripts/release.ts notes <tag>
      Print the CHANGELOG section of that version (the release notes).

How to release:
  1. In CHANGELOG.md, move the Unreleased entries under "## [X.Y.Z] - YYYY-MM-DD" (leave Unreleased empty).
  2. npm version X.Y.Z --no-git-tag-version, and the same in generator/ (its package.json has its own version);
     npm run build (the dists), then commit through a pull request to main.
  3. npx tsx scripts/release.ts verify vX.Y.Z   (the same check the release workflow makes)
  4. Tag the merged commit and push the tag: git tag -a vX.Y.Z -m vX.Y.Z <commit> && git push origin vX.Y.Z
  5. release.yml then tests (dists under Node 24), checks dist, publishes gen-workflow to npm with provenance,
     creates the GitHub release from the CHANGELOG section and moves vX if this is its highest release.
     A hotfix for an older line (v1.2.4 after v1.3.0): tag it from a branch off v1.2.3; v1 and npm's latest stay.
`;

/** package.json is released; generator/package.json is the npm package gen-workflow, checked when it exists. */
const MANIFESTS = [{ path: 'package.json', required: true }, { path: 'generator/package.json', required: false }];

export function readManifests(root: string): { manifests: Manifest[]; missing: string[] } {
  const manifests: Manifest[] = [];
  const missing: string[] = [];
  for (const { path, required } of MANIFESTS) {
    const file = join(root, path);
    if (!existsSync(file) && !required) { missing.push(path); continue; }
    const version = (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version;
    manifests.push({ path, version: typeof version === 'string' ? version : undefined });
  }
  return { manifests, missing };
}

export function gitTags(root: string): string[] {
  return execFileSync('git', ['tag', '--list'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
}

function readChangelog(root: string): string | undefined {
  const file = join(root, 'CHANGELOG.md');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

export function planOutputs(plan: ReleasePlan): Record<string, string> {
  return {
    version: plan.version, prerelease: String(plan.prerelease), 'major-tag': plan.majorTag, 'move-major': String(plan.moveMajor),
    'npm-dist-tag': plan.npmDistTag, 'github-latest': String(plan.githubLatest), 'major-reason': plan.majorReason,
  };
}

interface Io { root: string; env: NodeJS.ProcessEnv; out: (text: string) => void; err: (text: string) => void }

function verify(tag: string, notesFile: string | undefined, io: Io): number {
  const { manifests, missing } = readManifests(io.root);
  const result = planRelease({ tag, manifests, missing, changelog: readChangelog(io.root), tags: gitTags(io.root) });
  if (!result.plan) {
    const prefix = io.env.GITHUB_ACTIONS === 'true' ? '::error::' : 'error: ';
    for (const error of result.errors) io.err(`${prefix}${error}\n`);
    return 1;
  }
  const { plan } = result;
  for (const reason of plan.reasons) io.out(`${reason}\n`);
  if (io.env.GITHUB_OUTPUT) {
    appendFileSync(io.env.GITHUB_OUTPUT, Object.entries(planOutputs(plan)).map(([key, value]) => `${key}=${value}\n`).join(''));
  }
  if (notesFile) writeFileSync(notesFile, `${plan.notes}\n`);
  return 0;
}

export function main(argv: string[], io: Io): number {
  const [command, tag, ...rest] = argv;
  if (command === 'verify' && tag) {
    if (rest.length && (rest[0] !== '--notes' || rest.length !== 2)) { io.err(`unexpected ${rest.join(' ')}\n\n${HELP}`); return 2; }
    return verify(tag, rest[1], io);
  }
  if (command === 'notes' && tag && rest.length === 0) {
    const changelog = readChangelog(io.root);
    const notes = changelog === undefined ? undefined : changelogSection(changelog, tag.replace(/^v/, ''));
    if (!notes) { io.err(`CHANGELOG.md has no section for ${tag}\n`); return 1; }
    io.out(`${notes}\n`);
    return 0;
  }
  if (command === 'help' || command === '--help' || command === '-h') { io.out(HELP); return 0; }
  io.err(HELP);
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2), {
    root: process.cwd(), env: process.env, out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text),
  });
}
