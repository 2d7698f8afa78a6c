import { describe, expect, it } from '@jest/globals';
import { parseSemver } from '../../common/src/semver.js';
import { DEFAULT_TAG_RULES, planTags, sanitizeTag, type TagRule } from './tags.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const plan = (ref: string, options: { rules?: TagRule[]; existing?: string[]; defaultBranch?: string; extra?: string[] } = {}) =>
  planTags({ rules: options.rules ?? [...DEFAULT_TAG_RULES], extraTags: options.extra ?? [], existingTags: options.existing ?? [],
    git: { sha: SHA, ref, defaultBranch: 'defaultBranch' in options ? options.defaultBranch : 'main' } });

describe('planTags', () => {
  it.each<[string, string, Parameters<typeof plan>[1], string[]]>([
    ['a feature branch', 'refs/heads/feature/login', {}, [SHA]],
    ['the default branch', 'refs/heads/main', {}, [SHA, 'latest']],
    ['the default branch from another name', 'refs/heads/trunk', { defaultBranch: 'trunk' }, [SHA, 'latest']],
    ['main when the default branch is unknown', 'refs/heads/main', { defaultBranch: undefined }, [SHA]],
    ['a release v1.4.2 in an empty repository', 'refs/tags/v1.4.2', {}, [SHA, '1.4.2', '1.4', '1', 'latest']],
    ['v1.4.2 when 1.4.1 and 1.3.0 exist', 'refs/tags/v1.4.2', { existing: ['1.4.1', '1.3.0', 'latest', SHA] }, [SHA, '1.4.2', '1.4', '1', 'latest']],
    ['v1.4.2 rebuilt when it is the highest', 'refs/tags/v1.4.2', { existing: ['1.4.2', '1.4'] }, [SHA, '1.4.2', '1.4', '1', 'latest']],
    ['a backport v1.4.2 when 2.0.0 exists', 'refs/tags/v1.4.2', { existing: ['2.0.0', '2.0', '2'] }, [SHA, '1.4.2', '1.4', '1']],
    ['a backport v1.4.2 after 1.5.0: only 1.4 moves, neither 1 nor latest', 'refs/tags/v1.4.2', { existing: ['1.4.1', '1.5.0', '1.5', '1', 'latest'] }, [SHA, '1.4.2', '1.4']],
    ['v1.4.2 after 1.4.3 and 1.5.0: only its own version', 'refs/tags/v1.4.2', { existing: ['1.4.3', '1.5.0'] }, [SHA, '1.4.2']],
    ['v1.4.2 after 1.4.3 when 2.0.0 exists: 1.4.3 holds 1.4 and 1', 'refs/tags/v1.4.2', { existing: ['1.4.3', '2.0.0'] }, [SHA, '1.4.2']],
    ['a release on an old major line moves its X and X.Y, not latest', 'refs/tags/v1.9.0', { existing: ['1.8.0', '2.1.0'] }, [SHA, '1.9.0', '1.9', '1']],
    ['a re-run of a backport after 1.5.0 still moves only 1.4', 'refs/tags/v1.4.2', { existing: ['1.4.2', '1.4', '1.5.0', '1', 'latest'] }, [SHA, '1.4.2', '1.4']],
    ['a pre-release after 1.5.0 gets only its full version', 'refs/tags/v1.6.0-rc.1', { existing: ['1.5.0'] }, [SHA, '1.6.0-rc.1']],
    ['2.0.0 is compared as a number, not text', 'refs/tags/v10.0.0', { existing: ['9.9.9'] }, [SHA, '10.0.0', '10.0', '10', 'latest']],
    ['a pre-release only gets its full version', 'refs/tags/v2.0.0-rc.1', {}, [SHA, '2.0.0-rc.1']],
    ['pre-releases in the repository do not block latest', 'refs/tags/v1.5.0', { existing: ['2.0.0-rc.1'] }, [SHA, '1.5.0', '1.5', '1', 'latest']],
    ['a tag without v', 'refs/tags/3.1.0', {}, [SHA, '3.1.0', '3.1', '3', 'latest']],
    ['a tag that is not a version', 'refs/tags/nightly', {}, [SHA]],
    ['build metadata joined with -', 'refs/tags/v1.2.3+build.7', { rules: ['semver'] }, ['1.2.3-build.7', '1.2', '1']],
    ['a pull request merge ref', 'refs/pull/7/merge', { rules: ['sha', 'branch', 'semver', 'latest'] }, [SHA]],
    ['branch and sha-short', 'refs/heads/feature/Login_2', { rules: ['sha-short', 'branch'] }, ['0123456', 'feature-Login_2']],
    ['extra tags after the rules, no duplicates', 'refs/heads/main', { extra: ['stable', 'latest'] }, [SHA, 'latest', 'stable']],
  ])('%s', (_name, ref, options, expected) => {
    expect(plan(ref, options).tags).toEqual(expected);
  });

  it('names the commit tag for the skip check: the full sha, else the short one, else none', () => {
    expect(plan('refs/heads/main').commitTag).toBe(SHA);
    expect(plan('refs/heads/main', { rules: ['sha-short', 'latest'] }).commitTag).toBe('0123456');
    expect(plan('refs/heads/main', { rules: ['latest'] }).commitTag).toBeUndefined();
  });

  it('says why a rule gave no tag', () => {
    const notes = plan('refs/tags/v1.4.2', { existing: ['2.0.0'] }).notes;
    expect(notes).toContain('latest: 1.4.2 is older than 2.0.0, already in the repository');
    expect(plan('refs/tags/v1.4.2', { existing: ['1.5.0', '1.4.3'] }).notes).toEqual([
      '1.4: 1.4.2 is older than 1.4.3, already in the repository',
      '1: 1.4.2 is older than 1.5.0, already in the repository',
      'latest: 1.4.2 is older than 1.5.0, already in the repository',
    ]);
    expect(plan('refs/heads/dev').notes).toContain('semver: refs/heads/dev is not a version tag (refs/tags/v1.2.3)');
  });

  it('gives the version label from the tag, else the branch, else the sha', () => {
    expect(plan('refs/tags/v2.0.0-rc.1').version).toBe('2.0.0-rc.1');
    expect(plan('refs/heads/feature/x').version).toBe('feature-x');
    expect(plan('refs/pull/1/merge').version).toBe(SHA);
  });
});

describe('parseSemver and sanitizeTag', () => {
  it.each([['v1.2.3', true], ['1.2', false], ['v01.2.3', false], ['v1.2.3-alpha.1', true], ['release-1.2.3', false]])('%s is semver: %s', (text, ok) => {
    expect(parseSemver(text) !== undefined).toBe(ok);
  });
  it('makes branch names valid tags', () => {
    expect(sanitizeTag('dependabot/npm_and_yarn/@types/node-24')).toBe('dependabot-npm_and_yarn--types-node-24');
    expect(sanitizeTag('.hidden')).toBe('hidden');
    expect(sanitizeTag('x'.repeat(200))).toHaveLength(128);
  });
});
