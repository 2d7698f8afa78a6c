/**
 * `check --notice-newer`: "a newer gen-workflow is available", as a notice and never a failure. The drift job runs
 * the exact version that wrote the workflow, so this is how users hear of a new release without their pipeline
 * failing for it. npm is asked which version its `latest` dist-tag names (pre-releases and backports are published
 * under other dist-tags, see scripts/release.ts), and that is compared with ours by semver precedence.
 */
import { spawnSync } from 'node:child_process';
import { compareSemver, parseSemver } from '../../actions/common/src/semver.js';
import { GENERATOR_PACKAGE } from './model/jobs-verify.js';

/** The version npm's `latest` names, or why it is unknown (no network, a registry that refuses, a timeout). */
export type LatestVersion = { version: string } | { problem: string };

export type RunNpm = (args: string[]) => { status: number | null; stdout: string; error?: Error };

const runNpm: RunNpm = (args) => {
  const result = spawnSync('npm', args, { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'ignore'] });
  return { status: result.status, stdout: result.stdout ?? '', error: result.error };
};

export function latestPublishedVersion(npm: RunNpm = runNpm): LatestVersion {
  const result = npm(['view', GENERATOR_PACKAGE, 'version']);
  if (result.error) return { problem: `npm could not be run (${result.error.message.split('\n')[0]})` };
  if (result.status !== 0) return { problem: `npm view ${GENERATOR_PACKAGE} version exited with ${result.status ?? 'a signal'}` };
  // What npm printed is outside text: only a version is taken from it, never echoed otherwise.
  const text = result.stdout.trim();
  return parseSemver(text) ? { version: text } : { problem: `npm view ${GENERATOR_PACKAGE} version did not print a version` };
}

/** The notice to print when `latest` is newer than `current`; undefined when it is not (equal, older, or unknown). */
export function newerVersionNotice(current: string, latest: LatestVersion, paths: { config: string; out: string }): string | undefined {
  if (!('version' in latest)) return undefined;
  const mine = parseSemver(current);
  const theirs = parseSemver(latest.version);
  if (!mine || !theirs || compareSemver(theirs, mine) <= 0) return undefined;
  return `A newer gen-workflow is available: ${latest.version} (this is ${current}). ` +
    `To upgrade, run \`npx gen-workflow@${latest.version} --config ${paths.config} --out ${paths.out}\` and commit the result.`;
}
