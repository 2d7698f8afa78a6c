import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The node that runs actions unless a run names one: HARNESS_NODE (CI), else this process's node. */
export function defaultNodeBinary(): string {
  const fromEnv = process.env.HARNESS_NODE;
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : process.execPath;
}

let node24: Promise<string> | undefined;

/**
 * Path of a Node 24 binary, fetched once per process with `npx -y node@24` (actions declare
 * `using: node24`, while the tests may run on another node). `--prefer-offline` lets a warm npm
 * cache answer without asking the registry again.
 */
export function resolveNode24(): Promise<string> {
  node24 ??= (async () => {
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const { stdout } = await run('npx', ['--prefer-offline', '-y', 'node@24', '-p', 'process.execPath'], {
      env,
      timeout: 180_000,
      maxBuffer: 1024 * 1024,
    });
    const path = stdout.trim().split('\n').pop()?.trim() ?? '';
    if (path === '') throw new Error('npx -y node@24 printed no path');
    await access(path, constants.X_OK);
    return path;
  })().catch((error: unknown) => {
    node24 = undefined;
    throw error;
  });
  return node24;
}

/** `process.version` as reported by the given node binary. */
export async function nodeVersionOf(nodePath: string): Promise<string> {
  const { stdout } = await run(nodePath, ['-p', 'process.version'], { timeout: 30_000 });
  return stdout.trim();
}
