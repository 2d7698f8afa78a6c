/**
 * Tag rules: which tags a build gets from the commit and ref it was triggered by. Pure, so every rule is
 * tested by tables; the one fact it needs from ECR (the release tags already pushed, so that `1`, `1.4` and `latest`
 * move only to the highest release of their line) is passed in.
 */
import { higherReleases, isRelease, parseSemver, type Semver } from '../../common/src/semver.js';

export type TagRule = 'sha' | 'sha-short' | 'semver' | 'latest' | 'branch';

export const TAG_RULES: readonly TagRule[] = ['sha', 'sha-short', 'semver', 'latest', 'branch'];
export const DEFAULT_TAG_RULES: readonly TagRule[] = ['sha', 'semver', 'latest'];

/** Docker's tag grammar (distribution/reference): a word character, then up to 127 of [A-Za-z0-9_.-]. */
export const DOCKER_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

export interface GitContext {
  /** The full commit sha (GITHUB_SHA). */
  sha: string;
  /** GITHUB_REF, e.g. refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge. */
  ref: string;
  /** The repository's default branch, when known (event payload or input). */
  defaultBranch?: string;
}

/** The full version as a tag: `+` is not allowed in Docker tags, so build metadata is joined with `-`. */
export function versionTag(v: Semver): string {
  const base = `${v.major}.${v.minor}.${v.patch}${v.prerelease ? `-${v.prerelease}` : ''}`;
  return v.build ? `${base}-${v.build}` : base;
}

export const branchOf = (ref: string): string | undefined => (ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined);
export const gitTagOf = (ref: string): string | undefined => (ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined);

/** A branch name as a tag: `feature/Login` → `feature-Login`; characters Docker refuses become `-`. */
export function sanitizeTag(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[.-]+/, '').slice(0, 128);
  return cleaned;
}

export interface TagPlan {
  /** Tags in rule order, then extra tags; no duplicates. */
  tags: string[];
  /** The tag the skip check looks for: the commit's own tag (sha, else sha-short), if a rule made one. */
  commitTag?: string;
  /** The version for the org.opencontainers.image.version label. */
  version: string;
  /** Why each rule gave what it gave, for the log. */
  notes: string[];
}

export interface TagPlanInput {
  rules: readonly TagRule[];
  extraTags: readonly string[];
  git: GitContext;
  /** Tags already in the repository; only the release versions among them matter (for `1`, `1.4` and `latest`). */
  existingTags: readonly string[];
}

export function planTags(input: TagPlanInput): TagPlan {
  const { git } = input;
  const tags: string[] = [];
  const notes: string[] = [];
  const add = (tag: string) => {
    if (!tags.includes(tag)) tags.push(tag);
  };
  const branch = branchOf(git.ref);
  const gitTag = gitTagOf(git.ref);
  const version = gitTag ? parseSemver(gitTag) : undefined;
  const moveUnlessHigher = (tag: string, higher: Semver | undefined) => {
    if (!higher) add(tag);
    else if (version) notes.push(`${tag}: ${versionTag(version)} is older than ${versionTag(higher)}, already in the repository`);
  };
  let commitTag: string | undefined;
  for (const rule of input.rules) {
    switch (rule) {
      case 'sha':
        add(git.sha);
        commitTag = git.sha;
        break;
      case 'sha-short':
        add(git.sha.slice(0, 7));
        commitTag ??= git.sha.slice(0, 7);
        break;
      case 'branch':
        if (branch) add(sanitizeTag(branch));
        else notes.push(`branch: ${git.ref} is not a branch`);
        break;
      case 'semver':
        if (!version) {
          notes.push(`semver: ${git.ref} is not a version tag (refs/tags/v1.2.3)`);
        } else if (!isRelease(version)) {
          // A pre-release must never move 2.0 or 2 away from the last real release.
          add(versionTag(version));
        } else {
          add(versionTag(version));
          // A backport (1.4.2 after 1.5.0) moves 1.4 only if it is the highest 1.4.x, and never 1 back from 1.5.0.
          const higher = higherReleases(version, input.existingTags);
          moveUnlessHigher(`${version.major}.${version.minor}`, higher.minor);
          moveUnlessHigher(`${version.major}`, higher.major);
        }
        break;
      case 'latest': {
        if (branch !== undefined && git.defaultBranch !== undefined && branch === git.defaultBranch) {
          add('latest');
        } else if (version && isRelease(version)) {
          moveUnlessHigher('latest', higherReleases(version, input.existingTags).all);
        } else {
          notes.push(`latest: ${git.ref} is neither the default branch${git.defaultBranch ? ` (${git.defaultBranch})` : ' (unknown)'} nor a release tag`);
        }
        break;
      }
    }
  }
  for (const tag of input.extraTags) add(tag);
  return { tags, commitTag, version: version ? versionTag(version) : (branch ? sanitizeTag(branch) : git.sha), notes };
}
