/**
 * Paths as any CLI resolves them: `--config` and `--out` relative to the working directory, or absolute. The
 * workflow itself names them relative to the repository root (git's, found from the config's folder), because its
 * drift check runs there; and by default it is written to the root's `.github/workflows`, the only folder GitHub
 * reads, even when gen-workflow runs in a subdirectory.
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { gitTopLevel } from './git.js';

export interface ResolvedPaths {
  /** The repository root (absolute), and how it was found. */
  root: string;
  rootFrom: 'git' | 'the output folder' | 'the working directory' | 'the config\'s folder';
  /** Absolute paths. */
  config: string;
  out: string;
  /** An absolute path as the user reads it: relative to the working directory when inside it, else absolute. */
  show: (path: string) => string;
  /** An absolute path relative to the root, with `/` (what the workflow writes). */
  fromRoot: (path: string) => string;
}

const posix = (path: string) => path.split(sep).join('/');
const inside = (parent: string, path: string) => {
  const rel = relative(parent, path);
  return !rel.startsWith('..') && !isAbsolute(rel);
};

/** The path with symlinks resolved as far as it exists (macOS /tmp is /private/tmp), so relative paths come out right. */
function real(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try { return join(realpathSync(existing), relative(existing, path)); } catch { return path; }
}

export function resolvePaths(cwd: string, given: { config?: string; out?: string }, topLevel = (dir: string) => gitTopLevel(dir)): ResolvedPaths {
  const here = real(resolve(cwd));
  const hereRoot = topLevel(here);
  const defaultConfig = existsSync(join(here, 'platform.yml')) || !hereRoot ? join(here, 'platform.yml') : join(real(hereRoot), 'platform.yml');
  const config = real(given.config ? resolve(here, given.config) : defaultConfig);
  const out = given.out ? real(resolve(here, given.out)) : undefined;
  // Usually the config's folder is the working directory: git's answer for it is already in hand (a spawn less).
  const gitRoot = dirname(config) === here ? hereRoot : existsSync(dirname(config)) ? topLevel(dirname(config)) : undefined;
  let root: string;
  let rootFrom: ResolvedPaths['rootFrom'];
  if (gitRoot) [root, rootFrom] = [real(gitRoot), 'git'];
  else if (out && basename(out) === 'workflows' && basename(dirname(out)) === '.github') [root, rootFrom] = [dirname(dirname(out)), 'the output folder'];
  else if (inside(here, config)) [root, rootFrom] = [here, 'the working directory'];
  else [root, rootFrom] = [dirname(config), 'the config\'s folder'];
  return {
    root, rootFrom, config, out: out ?? join(root, '.github', 'workflows'),
    // As typed: a path given relatively (`../platform.yml`) stays relative; one found by default is shown whole.
    show: (path) => {
      const typedRelative = [[given.config, config], [given.out, out]].some(([flag, resolved]) => flag && !isAbsolute(flag) && resolved && inside(resolved, path));
      return inside(here, path) || typedRelative ? posix(relative(here, path)) || '.' : path;
    },
    fromRoot: (path) => posix(relative(root, path)) || '.',
  };
}
