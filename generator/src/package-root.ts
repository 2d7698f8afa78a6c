/**
 * The package root, found from this module's own location: `generator/src/*.ts` in the repository and the bundled
 * `generator/dist/index.js` are both two folders below it, so the same code works from a checkout and an install.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '..', '..');
}

export function generatorVersion(root = packageRoot()): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}
