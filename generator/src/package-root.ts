/**
 * Where the generator finds its own files, from this module's location: `generator/src/*.ts` and the bundled
 * `dist/index.js` are both one folder below the package root (generator/ here, node_modules/gen-workflow/ when
 * installed), so the same code works from a checkout and an install.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The folder next to the bundle holding the root action.yml copies (written there by scripts/build.mjs). */
export const SHIPPED_ACTIONS_DIR = 'platform-actions';

export function packageRoot(): string {
  return resolve(here, '..');
}

export function generatorVersion(root = packageRoot()): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}

/**
 * A folder laid out like the actions repository's root, where `uses:` paths resolve. The bundle (in this
 * repository, or installed from npm without the actions) reads the copies shipped next to it; the sources (tests,
 * tsx) read the repository root, whose copies the bundle's are built from.
 */
export function actionsTree(): string {
  return basename(here) === 'dist' ? join(here, SHIPPED_ACTIONS_DIR) : resolve(here, '..', '..');
}
