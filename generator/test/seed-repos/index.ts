/**
 * Repositories laid out like the five teams' projects in ../shared/seeds (KeyLo, Caja, Fibonacco, CredLink,
 * Atlantic), built from their documents, for init and CLI tests. `makeRepo` writes one into a temporary folder and
 * makes it a real git repository with the branches the layout names (git reads worktrees and refs, not our files).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Layout } from './layout.js';

// In its own module: each team's layout file needs the type, and this file imports every layout (no import cycle).
export type { Layout } from './layout.js';

const made: string[] = [];
// Each layout's .git, made once per test file by git itself and copied into every repository with that layout: a
// git command is a process start (~10 ms of CPU with the fork of the jest worker), and a repository takes 2 to 5.
const gitTemplates = new Map<string, string>();

/** A starter config with its wrapped comments joined back into one line each (continuation lines are `#   …`). */
export const unwrap = (text: string) => text.replace(/\n *# {3}/g, ' ');

/** Removes every repository `makeRepo` wrote (call from afterAll). */
export function removeRepos(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  gitTemplates.clear();
}

export function git(dir: string, ...args: string[]): string {
  const result = spawnSync('git', ['-C', dir, '-c', 'user.email=test@example.com', '-c', 'user.name=test', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8', timeout: 10_000 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** Writes the layout (with `changes` applied: a string replaces a file, null removes it) under a fresh temp folder. */
export function makeRepo(layout: Layout, changes: Record<string, string | object | null> = {}): string {
  const parent = mkdtempSync(join(tmpdir(), 'seed-'));
  made.push(parent);
  const dir = join(parent, layout.folder);
  mkdirSync(dir);
  const files = { ...layout.files, ...changes };
  for (const [file, content] of Object.entries(files)) {
    if (content === null) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
  if (layout.git) cpSync(gitTemplate(layout.git), join(dir, '.git'), { recursive: true });
  return dir;
}

/** The .git of a repository with one empty commit on `current` and the branches and origin/HEAD of `layout`. */
function gitTemplate(layout: NonNullable<Layout['git']>): string {
  const key = JSON.stringify(layout);
  let template = gitTemplates.get(key);
  if (!template) {
    const dir = mkdtempSync(join(tmpdir(), 'seed-git-'));
    made.push(dir);
    git(dir, 'init', '-q', '-b', layout.current);
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'start');
    for (const branch of layout.branches ?? []) git(dir, 'branch', branch);
    if (layout.originHead) {
      git(dir, 'update-ref', `refs/remotes/origin/${layout.originHead}`, 'HEAD');
      git(dir, 'symbolic-ref', 'refs/remotes/origin/HEAD', `refs/remotes/origin/${layout.originHead}`);
    }
    template = join(dir, '.git');
    gitTemplates.set(key, template);
  }
  return template;
}

export { atlantic } from './atlantic.js';
export { caja } from './caja.js';
export { credlink, CREDLINK_DOCKERFILE } from './credlink.js';
export { fibonacco, FIBONACCO_COMPOSE_SERVICES, FIBONACCO_DOCKERFILE } from './fibonacco.js';
export { keylo, KEYLO_WORKFLOW } from './keylo.js';
