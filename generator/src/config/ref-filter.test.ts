/**
 * GitHub's filter patterns, one table of cases (from GitHub's filter pattern cheat sheet and its order rule) run
 * through both places that match them: the JavaScript matcher (explain, tests) and the bash tag guard the deploy
 * jobs run. Both must give GitHub's answer for every case.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { compileFilter, filterMatches, FilterPatternError, releaseTagFilters } from './ref-filter.js';
import { releaseTagCheck } from '../model/jobs-deploy.js';

// [patterns in order, ref name, does GitHub's filter take it]
const CASES: Array<[string[], string, boolean]> = [
  [['feature/*'], 'feature/my-branch', true],
  [['feature/*'], 'feature/your-branch/sub', false],
  [['feature/**'], 'feature/beta-a/my-branch', true],
  [['*'], 'main', true],
  [['*'], 'releases/v1', false],
  [['**'], 'releases/v1', true],
  [['*feature'], 'mona-feature', true],
  [['*feature'], 'feature', true],
  [['v2*'], 'v2', true],
  [['v2*'], 'v2.9', true],
  [['v2*'], 'v3', false],
  [['v[12].[0-9]+.[0-9]+'], 'v1.10.1', true],
  [['v[12].[0-9]+.[0-9]+'], 'v2.0.0', true],
  [['v[12].[0-9]+.[0-9]+'], 'v3.0.0', false],
  [['v[12].[0-9]+.[0-9]+'], 'v1.x.0', false],
  // `.` is a literal dot, not "any character".
  [['v1.0'], 'v1x0', false],
  // `+`: one or more of the character before; `?`: zero or one of it (not "any one character").
  [['v1+'], 'v111', true],
  [['v1+'], 'v', false],
  [['ab?c'], 'ac', true],
  [['ab?c'], 'abc', true],
  [['ab?c'], 'abbc', false],
  [['ab?c'], 'axc', false],
  // A shell `case` reads `+` as a literal plus; GitHub does not.
  [['v1.2.3+'], 'v1.2.3+', false],
  [['v1.2.3+'], 'v1.2.33', true],
  [['v1.2.3\\+build'], 'v1.2.3+build', true],
  [['[0-9a-z]'], 'q', true],
  [['[0-9a-z]'], 'Q', false],
  // Order: a later ! excludes, a later positive pattern includes again.
  [['v*', '!v*-beta'], 'v1-beta', false],
  [['v*', '!v*-beta'], 'v1', true],
  [['!v1*', 'v1.2'], 'v1.2', true],
  [['v*', '!v1*', 'v1.2'], 'v1.3', false],
  // Pre-releases excluded by default: the pattern's `<p>-*`.
  [releaseTagFilters(['v*.*.*'], false), 'v1.2.3', true],
  [releaseTagFilters(['v*.*.*'], false), 'v1.2.3-rc.1', false],
  [releaseTagFilters(['v*.*.*'], true), 'v1.2.3-rc.1', true],
  [releaseTagFilters(['v*.*.*'], false), 'v1.2', false],
  [releaseTagFilters(['v*.*.*'], false), 'release/v1.2.3', false],
];

/** The deploy job's guard, run by bash on a tag: exit 0 = deploys. */
function guardAccepts(filters: string[], tag: string): boolean {
  const step = releaseTagCheck(filters);
  const result = spawnSync('bash', ['-c', step.run!], { env: { ...step.env, REF_TYPE: 'tag', REF_NAME: tag }, encoding: 'utf8' });
  if (result.status !== 0 && !result.stdout.includes('::error::')) throw new Error(`guard failed oddly: ${result.stderr}`);
  return result.status === 0;
}

describe('GitHub filter patterns', () => {
  it.each(CASES)('%j on %s → %s (JavaScript matcher)', (patterns, ref, expected) => {
    expect(filterMatches(patterns.map(compileFilter), ref)).toBe(expected);
  });

  it.each(CASES)('%j on %s → %s (the bash tag guard)', (patterns, ref, expected) => {
    expect(guardAccepts(patterns, ref)).toBe(expected);
  });

  it('the guard lets branch runs through (they are decided by the branch condition)', () => {
    const step = releaseTagCheck(['v*']);
    expect(spawnSync('bash', ['-c', step.run!], { env: { ...step.env, REF_TYPE: 'branch', REF_NAME: 'main' } }).status).toBe(0);
  });

  it.each([
    ['v[0-9', 'the "[" at position 2 is never closed'],
    ['v[]', 'lists no character'],
    ['v[a-Z]', 'is not a range'],
    ['v[_]', 'may list only letters, digits'],
    ['+v', 'there is none there to repeat'],
    ['v*+', 'there is none there to repeat'],
    ['v\\', 'lone \\'],
    ['!', 'empty pattern'],
  ])('refuses %s (%s)', (pattern, message) => {
    expect(() => compileFilter(pattern)).toThrow(FilterPatternError);
    expect(() => compileFilter(pattern)).toThrow(message);
  });
});
