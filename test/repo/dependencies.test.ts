/**
 * package.json says what the code needs: a package bundled into a dist (imported by action or generator sources) is
 * a dependency; what only tests, benchmarks and scripts import is at least a devDependency; nothing is declared
 * that no dist imports.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { private?: boolean; dependencies: Record<string, string>; devDependencies: Record<string, string> };
const builtins = new Set(builtinModules);

function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // seed-repos hold the text of other projects' files (a vite.config.ts, say) as fixtures, not imports of ours.
    if (entry.isDirectory()) return ['dist', 'node_modules', 'seed-repos'].includes(entry.name) ? [] : files(path);
    return /\.(ts|mts|mjs|cjs|js)$/.test(entry.name) ? [path] : [];
  });
}

/** The packages a file imports (static, dynamic, require), by package name. */
function packagesOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|^import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  return specifiers
    .filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !builtins.has(s.split('/')[0]!))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
}

const isTest = (file: string) => /\.test\.ts$/.test(file);
const bundled = [...files('actions'), ...files('generator/src')].filter((file) => !isTest(file));
const tooling = [...files('actions'), ...files('generator'), ...files('test'), ...files('bench'), ...files('scripts'), 'eslint.config.js', 'jest.config.js'].filter((file) => !bundled.includes(file));

describe('package.json', () => {
  it('is the private development workspace (gen-workflow is published from generator/)', () => {
    expect(manifest.private).toBe(true);
  });

  it('declares every package a dist bundles as a dependency', () => {
    const missing = bundled.flatMap((file) => packagesOf(file).filter((name) => !(name in manifest.dependencies)).map((name) => `${relative(root, join(root, file))}: ${name}`));
    expect(missing).toEqual([]);
  });

  it('declares every package the tests, benchmarks and scripts import', () => {
    const declared = { ...manifest.dependencies, ...manifest.devDependencies };
    const missing = tooling.flatMap((file) => packagesOf(file).filter((name) => !(name in declared)).map((name) => `${file}: ${name}`));
    expect(missing).toEqual([]);
  });

  it('has no dependency that no dist imports, and nothing in both lists', () => {
    const used = new Set(bundled.flatMap(packagesOf));
    expect(Object.keys(manifest.dependencies).filter((name) => !used.has(name))).toEqual([]);
    expect(Object.keys(manifest.dependencies).filter((name) => name in manifest.devDependencies)).toEqual([]);
  });
});
