import { createHash } from 'node:crypto';
import { createReadStream, type Dirent } from 'node:fs';
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import pLimit from 'p-limit';
import { ConfigurationError } from '../../common/src/errors.js';
import { showKey, showKeys } from './display.js';
import type { LocalFile } from './plan.js';
import type { GlobRule } from './rules.js';

/**
 * What to do with a symlink in `source`. A build folder may link within itself (`latest -> v2`), but a link that
 * resolves outside it (`creds -> ~/.aws/credentials`, `x -> ../../../etc`) would publish a file of the runner:
 * - `follow-inside` (default): follow links that resolve inside `source`; fail on any other, before any AWS call;
 * - `skip-outside`: the same, but leave the outside ones out, with a warning;
 * - `refuse`: fail on any symlink at all.
 */
export type SymlinkPolicy = 'follow-inside' | 'skip-outside' | 'refuse';
export const SYMLINK_POLICIES: readonly SymlinkPolicy[] = ['follow-inside', 'skip-outside', 'refuse'];

export interface ScanOptions {
  exclude: GlobRule[];
  concurrency: number;
  symlinks: SymlinkPolicy;
  /** The runner's cancel: hashing a large build must not outlast it. */
  signal?: AbortSignal;
}

/** A link in `source` that resolves outside it (or nowhere), by its key and what it points at. */
export interface OutsideLink {
  key: string;
  target: string;
}

export interface ScanResult {
  files: LocalFile[];
  /** Outside links left out (`skip-outside`). */
  skipped: OutsideLink[];
}

/** `root` itself counts as inside: a link to it is a loop, reported as one. */
const isInside = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

const showLink = (link: OutsideLink) => `${showKey(link.key)} → ${showKey(link.target)}`;

/** Where a link leads: its real path, or for a dangling link the path it names, marked missing. */
async function resolveLink(path: string): Promise<{ target: string; exists: boolean }> {
  try {
    return { target: await realpath(path), exists: true };
  } catch {
    return { target: `${resolve(dirname(path), await readlink(path))} (missing)`, exists: false };
  }
}

interface Folder {
  /** Its real path: every link on the way is resolved. */
  real: string;
  /** Its key with a trailing `/`, '' for the root. */
  key: string;
  /** Real paths of the folders above it, to stop a link to one of them from repeating forever. */
  above: string[];
}

/**
 * Every file under `dir` with its MD5, by key (its path relative to `dir`, with `/`), minus excluded keys. Links are
 * resolved to real paths and checked against the real path of `dir`, so `..` segments, chains of links and linked
 * folders cannot lead out of it; a file is read from the real path that was checked.
 */
export async function scanDirectory(dir: string, options: ScanOptions): Promise<ScanResult> {
  const root = await realpath(dir);
  const excluded = (key: string) => options.exclude.some((rule) => rule.matches(key));
  const found: Array<{ key: string; path: string }> = [];
  const outside: OutsideLink[] = [];
  const links: string[] = [];
  const folders: Folder[] = [{ real: root, key: '', above: [] }];
  for (let folder = folders.pop(); folder; folder = folders.pop()) {
    options.signal?.throwIfAborted();
    const entries: Dirent[] = await readdir(folder.real, { withFileTypes: true });
    for (const entry of entries) {
      const key = folder.key + entry.name;
      const path = join(folder.real, entry.name);
      if (entry.isSymbolicLink()) {
        if (excluded(key)) continue;
        if (options.symlinks === 'refuse') {
          links.push(key);
          continue;
        }
        const { target, exists } = await resolveLink(path);
        if (!exists || !isInside(root, target)) {
          outside.push({ key, target });
          continue;
        }
        const info = await stat(target);
        if (info.isDirectory()) {
          if (target === folder.real || folder.above.includes(target)) {
            throw new ConfigurationError('source', `${showKey(key)} links to ${showKey(target)}, a folder it is in, so the folder would repeat forever`);
          }
          folders.push({ real: target, key: `${key}/`, above: [...folder.above, folder.real] });
        } else if (info.isFile()) found.push({ key, path: target });
      } else if (entry.isDirectory()) {
        folders.push({ real: path, key: `${key}/`, above: [...folder.above, folder.real] });
      } else if (entry.isFile() && !excluded(key)) found.push({ key, path });
    }
  }
  if (options.symlinks === 'refuse' && links.length > 0) {
    throw new ConfigurationError('symlinks', `refuse: source has ${links.length} symlink(s): ${showKeys(links.sort())}. Replace them with the files, or set symlinks: follow-inside`);
  }
  if (options.symlinks === 'follow-inside' && outside.length > 0) {
    const shown = outside.slice(0, 10).map(showLink).join(', ');
    throw new ConfigurationError('symlinks', `${outside.length} path(s) in source resolve outside it: ${shown}${outside.length > 10 ? ` and ${outside.length - 10} more` : ''}. ` +
      'Nothing was uploaded. Remove or exclude them, or set symlinks: skip-outside to leave them out with a warning');
  }
  const limit = pLimit(options.concurrency);
  const files = await Promise.all(found.filter((f) => !excluded(f.key)).map((f) => limit(async () => {
    options.signal?.throwIfAborted();
    const info = await stat(f.path);
    return { key: f.key, path: f.path, size: info.size, md5: await md5File(f.path) };
  })));
  return { files: files.sort((a, b) => a.key.localeCompare(b.key)), skipped: outside };
}

/** The warning for links `skip-outside` left out. */
export function skippedWarning(skipped: OutsideLink[]): string {
  const shown = skipped.slice(0, 10).map(showLink).join(', ');
  return `symlinks: skip-outside left out ${skipped.length} path(s) of source that resolve outside it: ${shown}${skipped.length > 10 ? ` and ${skipped.length - 10} more` : ''}`;
}

export function md5File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('md5');
    createReadStream(path).on('error', reject).on('data', (chunk) => hash.update(chunk)).on('end', () => resolve(hash.digest('hex')));
  });
}
