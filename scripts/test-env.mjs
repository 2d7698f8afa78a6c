// What jest.config.js and scripts/jest.mjs both give the test processes' environment.
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Kept across runs, so in the disk tmpdir (read before TMPDIR moves to tmpfs below): V8's compiled code for Node
// >= 22.1, and jest's transform cache, named as jest names it by default so a warm cache stays warm.
export const compileCacheDir = join(tmpdir(), 'platform-actions-test-compile-cache');
export const jestCacheDir = join(tmpdir(), process.getuid ? `jest_${process.getuid().toString(36)}` : 'jest');

// The tests write thousands of small files (temporary repositories, sites, init's 5,000-entry bound): on tmpfs that
// costs a quarter of the CPU and a fraction of the wall time it costs on a disk. A fresh folder per run under
// /dev/shm, where it exists and TMPDIR is not set; tmpfs is memory, so whoever makes it removes it.
export const TMPFS_VAR = 'PLATFORM_ACTIONS_TEST_TMPDIR';

/** A new /dev/shm folder and its remover, or undefined when TMPDIR is set or there is no writable /dev/shm. */
export function makeTmpfsDir() {
  if (process.env.TMPDIR !== undefined) return undefined;
  try {
    accessSync('/dev/shm', constants.W_OK);
  } catch {
    return undefined;
  }
  const dir = mkdtempSync('/dev/shm/platform-actions-test-');
  // Never throws: a process a test left behind may still be writing there while jest exits (rmSync then fails with
  // ENOTEMPTY), and cleanup must not turn a passing run into exit 1. Retried, then left to the OS with a notice.
  const remove = () => {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch (error) {
      process.stderr.write(`test-env: could not remove ${dir} (${error.code ?? error}); remove it by hand\n`);
    }
  };
  return { dir, remove };
}
