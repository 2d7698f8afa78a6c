import { describe, expect, it } from '@jest/globals';
import { compareSemver, formatSemver, higherReleases, parseSemver, type Semver } from './semver.js';

const v = (text: string): Semver => {
  const parsed = parseSemver(text);
  if (!parsed) throw new Error(`not a version: ${text}`);
  return parsed;
};
const show = (found: Semver | undefined) => (found ? formatSemver(found) : undefined);

describe('parseSemver', () => {
  it.each([
    ['v1.2.3', '1.2.3'], ['1.2.3', '1.2.3'], ['10.20.30-rc.1', '10.20.30-rc.1'], ['1.0.0-alpha-1.x+build.7', '1.0.0-alpha-1.x'],
    ['1.2', undefined], ['v01.2.3', undefined], ['1.2.3-', undefined], ['1.2.3-rc..1', undefined], ['latest', undefined], ['1.2.3\n', undefined],
  ])('%j → %j', (text, expected) => {
    const parsed = parseSemver(text);
    expect(parsed ? formatSemver(parsed) : undefined).toBe(expected);
  });
});

describe('compareSemver', () => {
  // semver.org §11's own example order, then numbers that sort wrongly as text.
  const ordered = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.0.1', '1.2.0', '1.10.0', '2.0.0', '10.0.0'];
  it.each(ordered.slice(1).map((b, i) => [ordered[i] as string, b]))('%s < %s', (a, b) => {
    expect(Math.sign(compareSemver(v(a), v(b)))).toBe(-1);
    expect(Math.sign(compareSemver(v(b), v(a)))).toBe(1);
  });
  it('ignores build metadata and the v prefix', () => {
    expect(compareSemver(v('v1.2.3+a'), v('1.2.3+b'))).toBe(0);
  });
});

describe('higherReleases: a floating line moves only to its highest release', () => {
  it.each<[string, string, string[], Record<'major' | 'minor' | 'all', string | undefined>]>([
    ['the first release', '1.4.2', [], { major: undefined, minor: undefined, all: undefined }],
    ['a normal next release', '1.4.2', ['1.4.1', '1.3.0', 'latest', '1', '1.4'], { major: undefined, minor: undefined, all: undefined }],
    ['a re-run of the highest release', '1.4.2', ['1.4.2', '1.4.1'], { major: undefined, minor: undefined, all: undefined }],
    ['a backport 1.4.2 after 1.5.0: only 1.4 moves', '1.4.2', ['1.4.1', '1.5.0'], { major: '1.5.0', minor: undefined, all: '1.5.0' }],
    ['a hotfix 1.2.4 after 1.3.0 (v-prefixed git tags)', '1.2.4', ['v1.2.3', 'v1.3.0', 'v1'], { major: '1.3.0', minor: undefined, all: '1.3.0' }],
    ['1.4.2 when 1.4.3 exists: nothing moves', '1.4.2', ['1.4.3', '1.5.0', '2.0.0'], { major: '1.5.0', minor: '1.4.3', all: '2.0.0' }],
    ['an old major line: 1 moves, latest does not', '1.9.0', ['1.8.0', '2.0.0'], { major: undefined, minor: undefined, all: '2.0.0' }],
    ['pre-releases never hold a line', '1.5.0', ['2.0.0-rc.1', '1.6.0-beta.1'], { major: undefined, minor: undefined, all: undefined }],
    ['10 is above 9, not below it', '10.0.0', ['9.9.9'], { major: undefined, minor: undefined, all: undefined }],
    ['build metadata does not outrank', '1.4.2', ['1.4.2+build.9'], { major: undefined, minor: undefined, all: undefined }],
  ])('%s', (_name, version, published, expected) => {
    const higher = higherReleases(v(version), published);
    expect({ major: show(higher.major), minor: show(higher.minor), all: show(higher.all) }).toEqual(expected);
  });
});
