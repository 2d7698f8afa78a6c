/**
 * Semantic versions (semver.org 2.0.0) and the one rule every floating tag obeys: `1`, `1.4`, `latest` (and our own
 * `v1` git tag) move only to the highest release of their line, so a backport published after a newer release never
 * moves them back. build-push (Docker tags), the release script (the `v1` tag, npm's `latest`) and gen-workflow's
 * "a newer version is available" notice all decide with this module. Pure: no I/O.
 */

export interface Semver {
  major: number;
  minor: number;
  patch: number;
  /** The part after `-` (`rc.1`), empty for a release. */
  prerelease: string;
  /** The part after `+`; it never changes precedence. */
  build: string;
}

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** `1.2.3`, `v1.2.3`, `1.2.3-rc.1+build.7`; anything else (`1.2`, `v01.2.3`, `latest`) is undefined. */
export function parseSemver(text: string): Semver | undefined {
  const m = SEMVER.exec(text);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] ?? '', build: m[5] ?? '' };
}

/** A release: a version without a pre-release part (build metadata does not make a pre-release). */
export const isRelease = (v: Semver): boolean => v.prerelease === '';

/** Orders by major, minor, patch only. */
export function compareReleases(a: Semver, b: Semver): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

// semver.org §11: numeric identifiers compare as numbers and below alphanumeric ones; a longer list wins a tie.
function comparePrerelease(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i] as string, y[i] as string];
    if (p === q) continue;
    const [pn, qn] = [/^\d+$/.test(p), /^\d+$/.test(q)];
    if (pn && qn) return Number(p) - Number(q);
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

/** Full semver precedence: `1.4.0-rc.1` < `1.4.0-rc.2` < `1.4.0` < `1.4.1`; build metadata is ignored. */
export function compareSemver(a: Semver, b: Semver): number {
  return compareReleases(a, b) || comparePrerelease(a.prerelease, b.prerelease);
}

export const formatSemver = (v: Semver): string => `${v.major}.${v.minor}.${v.patch}${v.prerelease ? `-${v.prerelease}` : ''}`;

/**
 * The floating lines a release belongs to: `major` (`1`), `minor` (`1.4`) and `all` (`latest`). For each, the highest
 * release already published in that line that is *higher* than `version`, or undefined when `version` is the highest
 * of the line (it may itself be among `published`: a re-run moves nothing back). Pre-releases and entries that are not
 * versions (`latest`, a commit sha, `v1`) are ignored.
 */
export interface HigherReleases {
  major?: Semver;
  minor?: Semver;
  all?: Semver;
}

export function higherReleases(version: Semver, published: readonly string[]): HigherReleases {
  const higher: HigherReleases = {};
  const keep = (line: keyof HigherReleases, v: Semver) => {
    const current = higher[line];
    if (!current || compareReleases(v, current) > 0) higher[line] = v;
  };
  for (const text of published) {
    const v = parseSemver(text);
    if (!v || !isRelease(v) || compareReleases(v, version) <= 0) continue;
    keep('all', v);
    if (v.major === version.major) keep('major', v);
    if (v.major === version.major && v.minor === version.minor) keep('minor', v);
  }
  return higher;
}
