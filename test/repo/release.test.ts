/**
 * The release script: the pure plan by tables, then the CLI against a temporary git repository with real tags
 * (lightweight and annotated), package.json fixtures with and without generator/package.json, and CHANGELOG.md.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changelogSection, planRelease, type ReleaseFacts } from '../../scripts/release-plan.js';
import { gitTags, main } from '../../scripts/release.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const CHANGELOG = `# Changelog

## [Unreleased]

- Something not yet released.

## [1.3.0] - 2026-11-02

### Added
- A feature.

## [1.2.4] - 2026-11-03

### Fixed
- The hotfix.

## 1.4.0-rc.1

- A candidate.

## [1.2.3] - 2026-10-01

## [1.0.0] - 2026-09-01

- First.

[Unreleased]: https://github.com/org/platform-actions/compare/v1.3.0...HEAD
[1.3.0]: https://github.com/org/platform-actions/releases/tag/v1.3.0
`;

const facts = (tag: string, over: Partial<ReleaseFacts> = {}): ReleaseFacts => {
  const version = tag.replace(/^v/, '');
  return {
    tag, changelog: CHANGELOG, missing: [], tags: ['v1.0.0', 'v1.2.3', 'v1.3.0', 'v1', 'not-a-version'],
    manifests: [{ path: 'package.json', version }, { path: 'generator/package.json', version }], ...over,
  };
};

describe('changelogSection', () => {
  it.each<[string, string | undefined]>([
    ['1.3.0', '### Added\n- A feature.'],
    ['1.2.4', '### Fixed\n- The hotfix.'],
    ['1.4.0-rc.1', '- A candidate.'],
    ['1.0.0', '- First.'],
    ['1.2.3', ''],
    ['1.3', undefined],
    ['2.0.0', undefined],
  ])('%s', (version, expected) => {
    expect(changelogSection(CHANGELOG, version)).toBe(expected);
  });

  it('the last section ends before the link definitions, and 1.0.0 is not found inside 1.0.0-beta', () => {
    const text = '## [1.0.0-beta] - x\n\n- beta\n\n## [0.9.0] - y\n\n- old\n\n[0.9.0]: https://example.com\n';
    expect(changelogSection(text, '1.0.0')).toBeUndefined();
    expect(changelogSection(text, '0.9.0')).toBe('- old');
  });
});

describe('planRelease', () => {
  it.each<[string, string, string[], { moveMajor: boolean; npmDistTag: string; githubLatest: boolean }]>([
    ['the next release moves v1', 'v1.3.1', ['v1.0.0', 'v1.2.3', 'v1.3.0', 'v1'], { moveMajor: true, npmDistTag: 'latest', githubLatest: true }],
    ['a v1.2.4 hotfix after v1.3.0 moves nothing back', 'v1.2.4', ['v1.2.3', 'v1.3.0', 'v1'], { moveMajor: false, npmDistTag: 'backport', githubLatest: false }],
    ['a re-run of the highest release (its tag is in the repository) moves v1 to itself', 'v1.3.0', ['v1.2.3', 'v1.3.0'], { moveMajor: true, npmDistTag: 'latest', githubLatest: true }],
    ['the first release', 'v1.0.0', [], { moveMajor: true, npmDistTag: 'latest', githubLatest: true }],
    ['an old major line moves its own v1, not npm latest', 'v1.9.0', ['v1.3.0', 'v2.0.0', 'v2'], { moveMajor: true, npmDistTag: 'backport', githubLatest: false }],
    ['v1.10.0 is above v1.9.0 (numbers, not text)', 'v1.10.0', ['v1.9.0'], { moveMajor: true, npmDistTag: 'latest', githubLatest: true }],
    ['a pre-release moves nothing', 'v1.4.0-rc.1', ['v1.3.0'], { moveMajor: false, npmDistTag: 'next', githubLatest: false }],
    ['pre-release and foreign tags never hold v1', 'v1.3.1', ['v1.4.0-rc.1', 'v2-beta', 'release-9.0.0', '9.0.0'], { moveMajor: true, npmDistTag: 'latest', githubLatest: true }],
  ])('%s', (_name, tag, tags, expected) => {
    const changelog = `## [${tag.slice(1)}] - 2026-11-10\n\n- Notes for ${tag}.\n`;
    const { plan, errors } = planRelease(facts(tag, { tags, changelog }));
    expect(errors).toEqual([]);
    expect(plan).toMatchObject({ ...expected, tag, version: tag.slice(1), majorTag: 'v1', notes: `- Notes for ${tag}.`, prerelease: tag.includes('-') });
    expect(plan?.majorReason).toMatch(expected.moveMajor ? /^v1 moves to / : /^v1 stays: /);
  });

  it('says why v1 stays and where latest stays', () => {
    expect(planRelease(facts('v1.2.4')).plan?.reasons).toEqual([
      'v1.2.4 matches package.json and generator/package.json, and CHANGELOG.md has its section',
      'v1 stays: v1.3.0 is a higher release of that major',
      "npm's latest and GitHub's Latest stay on v1.3.0 (npm dist-tag backport)",
    ]);
  });

  it.each<[string, Partial<ReleaseFacts>, string[]]>([
    ['package.json behind the tag', { manifests: [{ path: 'package.json', version: '1.2.3' }, { path: 'generator/package.json', version: '1.2.4' }] },
      ['package.json has version 1.2.3, but the tag is v1.2.4: set its "version" to 1.2.4, commit, and tag that commit']],
    ['generator/package.json behind the tag', { manifests: [{ path: 'package.json', version: '1.2.4' }, { path: 'generator/package.json', version: '1.2.3' }] },
      ['generator/package.json has version 1.2.3, but the tag is v1.2.4: set its "version" to 1.2.4, commit, and tag that commit']],
    ['a package.json without a version', { manifests: [{ path: 'package.json', version: undefined }] },
      ['package.json has version (none), but the tag is v1.2.4: set its "version" to 1.2.4, commit, and tag that commit']],
    ['no CHANGELOG section', { changelog: '## [1.2.3] - x\n\n- y\n' }, ['CHANGELOG.md has no section for 1.2.4: move the Unreleased entries under "## [1.2.4] - YYYY-MM-DD"']],
    ['an empty CHANGELOG section', { changelog: '## [1.2.4] - x\n\n## [1.2.3] - y\n\n- z\n' }, ["CHANGELOG.md's section for 1.2.4 is empty: say what changed"]],
    ['no CHANGELOG.md', { changelog: undefined }, ['there is no CHANGELOG.md: add one with a "## [1.2.4] - YYYY-MM-DD" section']],
  ])('refuses: %s', (_name, over, errors) => {
    expect(planRelease(facts('v1.2.4', over))).toEqual({ errors });
  });

  it.each([
    ['1.2.4', 'tag "1.2.4" is not a release tag: expected vMAJOR.MINOR.PATCH or vMAJOR.MINOR.PATCH-PRERELEASE (e.g. v1.2.3, v1.3.0-rc.1)'],
    ['v1.2', 'tag "v1.2" is not a release tag: expected vMAJOR.MINOR.PATCH or vMAJOR.MINOR.PATCH-PRERELEASE (e.g. v1.2.3, v1.3.0-rc.1)'],
    ['v1', 'tag "v1" is not a release tag: expected vMAJOR.MINOR.PATCH or vMAJOR.MINOR.PATCH-PRERELEASE (e.g. v1.2.3, v1.3.0-rc.1)'],
    ['v1.2.4+build.5', 'tag "v1.2.4+build.5" has build metadata (+build.5), which npm drops: tag v1.2.4 instead'],
  ])('refuses the tag %s', (tag, error) => {
    expect(planRelease(facts(tag)).errors).toEqual([error]);
  });

  it('checks only the manifests given, and says which one was missing', () => {
    const { plan } = planRelease(facts('v1.3.1', { manifests: [{ path: 'package.json', version: '1.3.1' }], missing: ['generator/package.json'], changelog: '## [1.3.1]\n\n- x\n' }));
    expect(plan?.reasons.slice(0, 2)).toEqual(['v1.3.1 matches package.json, and CHANGELOG.md has its section', 'generator/package.json does not exist, so it was not checked']);
  });
});

function git(cwd: string, ...args: string[]) {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'tag.gpgSign=false', '-c', 'commit.gpgSign=false', ...args], { cwd, encoding: 'utf8' });
}

/** A repository with v1.2.3 (annotated), v1.3.0 (lightweight), v1 and a pre-release, at version `version`. */
function repository(version: string, options: { generator?: string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-'));
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'platform-actions', version }));
  if (options.generator) {
    mkdirSync(join(dir, 'generator'));
    writeFileSync(join(dir, 'generator', 'package.json'), JSON.stringify({ name: 'gen-workflow', version: options.generator }));
  }
  writeFileSync(join(dir, 'CHANGELOG.md'), CHANGELOG);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'one');
  git(dir, 'tag', '-a', 'v1.2.3', '-m', 'v1.2.3');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'two');
  git(dir, 'tag', 'v1.3.0');
  git(dir, 'tag', 'v1');
  git(dir, 'tag', 'v1.4.0-rc.1');
  return dir;
}

function runMain(dir: string, ...argv: string[]) {
  const output = join(dir, '.github-output');
  writeFileSync(output, '');
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { root: dir, env: { GITHUB_OUTPUT: output, GITHUB_ACTIONS: 'true' }, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join(''), outputs: readFileSync(output, 'utf8') };
}

describe('scripts/release.ts against a git repository with real tags', () => {
  it('reads every tag, annotated and lightweight', () => {
    expect(gitTags(repository('1.2.4')).sort()).toEqual(['v1', 'v1.2.3', 'v1.3.0', 'v1.4.0-rc.1']);
  });

  it('verify v1.2.4 (a hotfix after v1.3.0): passes, leaves v1, writes the outputs and the notes', () => {
    const dir = repository('1.2.4', { generator: '1.2.4' });
    git(dir, 'tag', 'v1.2.4', 'v1.2.3');
    const notes = join(dir, 'notes.md');
    const result = runMain(dir, 'verify', 'v1.2.4', '--notes', notes);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('v1 stays: v1.3.0 is a higher release of that major');
    expect(result.outputs).toBe('version=1.2.4\nprerelease=false\nmajor-tag=v1\nmove-major=false\nnpm-dist-tag=backport\ngithub-latest=false\n' +
      'major-reason=v1 stays: v1.3.0 is a higher release of that major\n');
    expect(readFileSync(notes, 'utf8')).toBe('### Fixed\n- The hotfix.\n');
  });

  it('verify v1.3.1: moves v1; without generator/package.json only package.json is checked', () => {
    const dir = repository('1.3.1');
    writeFileSync(join(dir, 'CHANGELOG.md'), `## [1.3.1] - 2026-11-20\n\n- Next.\n\n${CHANGELOG}`);
    const result = runMain(dir, 'verify', 'v1.3.1');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('generator/package.json does not exist, so it was not checked');
    expect(result.outputs).toContain('move-major=true\nnpm-dist-tag=latest\ngithub-latest=true\n');
  });

  it('verify refuses a tag that differs from generator/package.json, with ::error:: lines and no outputs', () => {
    const dir = repository('1.3.0', { generator: '1.2.9' });
    const result = runMain(dir, 'verify', 'v1.3.0');
    expect(result).toMatchObject({ code: 1, outputs: '', stdout: '' });
    expect(result.stderr).toBe('::error::generator/package.json has version 1.2.9, but the tag is v1.3.0: set its "version" to 1.3.0, commit, and tag that commit\n');
  });

  it('notes prints the section; usage errors exit 2', () => {
    const dir = repository('1.3.0');
    expect(runMain(dir, 'notes', 'v1.3.0')).toMatchObject({ code: 0, stdout: '### Added\n- A feature.\n' });
    expect(runMain(dir, 'notes', 'v9.9.9')).toMatchObject({ code: 1, stderr: 'CHANGELOG.md has no section for v9.9.9\n' });
    expect(runMain(dir, 'verify').code).toBe(2);
    expect(runMain(dir, 'verify', 'v1.3.0', '--nots', 'x').code).toBe(2);
    expect(runMain(dir, 'help')).toMatchObject({ code: 0, stdout: expect.stringContaining('How to release:') });
  });

  it('runs as the release workflow runs it: npx tsx scripts/release.ts in the repository', () => {
    const dir = repository('1.3.0', { generator: '1.3.0' });
    const result = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'release.ts'), 'verify', 'v1.3.0'],
      { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, GITHUB_OUTPUT: '', GITHUB_ACTIONS: '' } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('v1 moves to v1.3.0, the highest release of that major');
  }, 60_000);
});
