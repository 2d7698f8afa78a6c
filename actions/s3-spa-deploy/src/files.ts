import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import pLimit from 'p-limit';
import type { LocalFile } from './plan.js';
import type { GlobRule } from './rules.js';

/** Every file under `dir` (symlinks followed, as a build output folder may use them) with its MD5, minus excluded keys. */
export async function scanDirectory(dir: string, exclude: GlobRule[], concurrency: number): Promise<LocalFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => join(e.parentPath, e.name));
  const limit = pLimit(concurrency);
  const files = await Promise.all(paths.map((path) => limit(async () => {
    const info = await stat(path);
    if (!info.isFile()) return undefined;
    const key = relative(dir, path).split(sep).join('/');
    if (exclude.some((rule) => rule.matches(key))) return undefined;
    return { key, path, size: info.size, md5: await md5File(path) };
  })));
  return files.filter((f): f is LocalFile => f !== undefined).sort((a, b) => a.key.localeCompare(b.key));
}

export function md5File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('md5');
    createReadStream(path).on('error', reject).on('data', (chunk) => hash.update(chunk)).on('end', () => resolve(hash.digest('hex')));
  });
}
