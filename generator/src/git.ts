/**
 * The few git questions gen-workflow asks (where the repository root is, which branches exist), answered by the
 * git CLI so that worktrees, packed refs and submodules are read the way git reads them. No answer (git missing,
 * not a repository, a timeout) is `undefined`: every caller has a fallback.
 */
import { spawnSync } from 'node:child_process';

/** Runs `git <args>` in a folder: its trimmed stdout, or undefined when git fails. */
export type Git = (args: string[]) => string | undefined;

export function gitIn(dir: string): Git {
  return (args) => {
    const result = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8', timeout: 5_000, stdio: ['ignore', 'pipe', 'ignore'] });
    return result.status === 0 ? result.stdout.trim() : undefined;
  };
}

/** The root of the work tree holding `dir`, or undefined outside a repository. */
export function gitTopLevel(dir: string, git: Git = gitIn(dir)): string | undefined {
  return git(['rev-parse', '--show-toplevel']) || undefined;
}
