// Runs jest on Node 24, the runtime the actions declare (`runs.using: node24`), whatever node started it: the suite
// costs less CPU there (V8's newer compiler tiers, and NODE_COMPILE_CACHE reaches jest's workers and every Node child
// a test starts). Node 24 is: this node if it is one, else HARNESS_NODE (CI sets it), else the path `npx -y node@24`
// printed last time (kept in node_modules/.cache), else what it prints now; failing all, this node, with a notice.
// Usage: node scripts/jest.mjs [jest arguments…] (npm test, npm run test:unit, …).
import { execFileSync, spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCacheDir, makeTmpfsDir, TMPFS_VAR } from './test-env.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cacheFile = join(root, 'node_modules', '.cache', 'platform-actions', 'node24-path');

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function fromNpx() {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  try {
    const out = execFileSync('npx', ['--prefer-offline', '-y', 'node@24', '-p', 'process.execPath'], { env, encoding: 'utf8', timeout: 180_000, stdio: ['ignore', 'pipe', 'ignore'] });
    const path = out.trim().split('\n').pop()?.trim() ?? '';
    if (!executable(path)) return undefined;
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, `${path}\n`);
    return path;
  } catch {
    return undefined;
  }
}

function node24() {
  if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath;
  const harness = process.env.HARNESS_NODE;
  if (harness && executable(harness)) return harness;
  try {
    const cached = readFileSync(cacheFile, 'utf8').trim();
    if (executable(cached)) return cached;
  } catch {
    // not cached yet
  }
  const fetched = fromNpx();
  if (fetched) return fetched;
  process.stderr.write(`scripts/jest.mjs: no Node 24 found (HARNESS_NODE, npx -y node@24); running jest on this node, ${process.version}\n`);
  return process.execPath;
}

// jest.config.js sets the same folder for the workers and the tests' children; set here, it also spares jest's own
// process compiling jest, ts-jest and TypeScript (9 MB) again on every run.
const env = { ...process.env, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? compileCacheDir };
const tmpfs = env[TMPFS_VAR] ? undefined : makeTmpfsDir();
if (tmpfs) env[TMPFS_VAR] = tmpfs.dir;
const child = spawn(node24(), ['--experimental-vm-modules', join(root, 'node_modules', 'jest', 'bin', 'jest.js'), ...process.argv.slice(2)], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  tmpfs?.remove();
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  }
  else process.exit(code ?? 1);
});
