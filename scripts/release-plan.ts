/**
 * What a pushed release tag may do, decided from facts only (no I/O): the tag must equal the version of every
 * package.json that is released and have a CHANGELOG section; the major tag (`v1`) and npm's `latest` move only when
 * this is the highest release of their line, so a v1.2.4 hotfix after v1.3.0 moves neither back, and a
 * pre-release moves nothing. scripts/release.ts reads the facts and prints or writes the plan.
 */
import { formatSemver, higherReleases, isRelease, parseSemver, type Semver } from '../actions/common/src/semver.js';

export interface Manifest {
  /** As shown to the user, e.g. `generator/package.json`. */
  path: string;
  /** Its `version`; undefined when it has none. */
  version: string | undefined;
}

export interface ReleaseFacts {
  tag: string;
  /** package.json files that must carry the tag's version; an optional one that does not exist is simply absent. */
  manifests: Manifest[];
  /** Manifests that are expected but missing, said in the plan (not an error). */
  missing: string[];
  /** CHANGELOG.md's text, or undefined when there is none. */
  changelog: string | undefined;
  /** Every tag in the repository (the pushed one may be among them). */
  tags: readonly string[];
}

export interface ReleasePlan {
  tag: string;
  version: string;
  prerelease: boolean;
  /** `v1` for v1.2.3. */
  majorTag: string;
  moveMajor: boolean;
  /** Why the major tag moves or stays. */
  majorReason: string;
  /** npm dist-tag: `latest` only for the highest release; `next` for a pre-release; `backport` otherwise. */
  npmDistTag: 'latest' | 'next' | 'backport';
  /** Whether GitHub should mark this release "Latest". */
  githubLatest: boolean;
  /** The CHANGELOG section: the release notes. */
  notes: string;
  /** One line per decision, for the log. */
  reasons: string[];
}

export type PlanResult = { plan: ReleasePlan; errors: [] } | { plan?: undefined; errors: string[] };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The body of `## [1.2.3] - 2026-10-01` (Keep a Changelog; `## 1.2.3` also counts) up to the next `## ` heading,
 * without the link definitions (`[1.2.3]: https://…`) that close the file. Undefined when there is no such section.
 */
export function changelogSection(changelog: string, version: string): string | undefined {
  const heading = new RegExp(`^## \\[?${escapeRegExp(version)}\\]?(?:\\s|$)`);
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  return (end < 0 ? rest : rest.slice(0, end)).filter((line) => !/^\[[^\]]+\]:\s/.test(line)).join('\n').trim();
}

function parseTag(tag: string): Semver | string {
  const version = tag.startsWith('v') ? parseSemver(tag) : undefined;
  if (!version) return `tag "${tag}" is not a release tag: expected vMAJOR.MINOR.PATCH or vMAJOR.MINOR.PATCH-PRERELEASE (e.g. v1.2.3, v1.3.0-rc.1)`;
  if (version.build) return `tag "${tag}" has build metadata (+${version.build}), which npm drops: tag v${formatSemver(version)} instead`;
  return version;
}

export function planRelease(facts: ReleaseFacts): PlanResult {
  const parsed = parseTag(facts.tag);
  if (typeof parsed === 'string') return { errors: [parsed] };
  const version = formatSemver(parsed);
  const errors: string[] = [];
  for (const manifest of facts.manifests) {
    if (manifest.version !== version) {
      errors.push(`${manifest.path} has version ${manifest.version ?? '(none)'}, but the tag is ${facts.tag}: set its "version" to ${version}, commit, and tag that commit`);
    }
  }
  const notes = facts.changelog === undefined ? undefined : changelogSection(facts.changelog, version);
  if (facts.changelog === undefined) errors.push(`there is no CHANGELOG.md: add one with a "## [${version}] - YYYY-MM-DD" section`);
  else if (notes === undefined) errors.push(`CHANGELOG.md has no section for ${version}: move the Unreleased entries under "## [${version}] - YYYY-MM-DD"`);
  else if (notes === '') errors.push(`CHANGELOG.md's section for ${version} is empty: say what changed`);
  if (errors.length || notes === undefined) return { errors };

  const reasons = [
    `${facts.tag} matches ${facts.manifests.map((m) => m.path).join(' and ')}, and CHANGELOG.md has its section`,
    ...facts.missing.map((path) => `${path} does not exist, so it was not checked`),
  ];
  const majorTag = `v${parsed.major}`;
  if (!isRelease(parsed)) {
    const majorReason = `${majorTag} stays: ${facts.tag} is a pre-release`;
    reasons.push(majorReason, `npm's latest and GitHub's Latest stay where they are (npm dist-tag next)`);
    return { plan: { tag: facts.tag, version, prerelease: true, majorTag, moveMajor: false, majorReason, npmDistTag: 'next', githubLatest: false, notes, reasons }, errors: [] };
  }
  const releaseTags = facts.tags.filter((tag) => tag.startsWith('v'));
  const higher = higherReleases(parsed, releaseTags);
  const majorReason = higher.major
    ? `${majorTag} stays: v${formatSemver(higher.major)} is a higher release of that major`
    : `${majorTag} moves to ${facts.tag}, the highest release of that major`;
  reasons.push(majorReason, higher.all
    ? `npm's latest and GitHub's Latest stay on v${formatSemver(higher.all)} (npm dist-tag backport)`
    : `${facts.tag} is the highest release: npm's latest and GitHub's Latest`);
  return {
    plan: {
      tag: facts.tag, version, prerelease: false, majorTag, moveMajor: !higher.major, majorReason,
      npmDistTag: higher.all ? 'backport' : 'latest', githubLatest: !higher.all, notes, reasons,
    },
    errors: [],
  };
}
