import { compileCacheDir, jestCacheDir, makeTmpfsDir, TMPFS_VAR } from './scripts/test-env.mjs';

// Jest runs the TypeScript sources as native ESM (ts-jest, `--experimental-vm-modules`):
// @actions/core 3 is ESM-only, and dependencies are injected, so no module mocking is needed.
// tsconfig.json sets isolatedModules, so ts-jest transpiles file by file (no type program; `npm run typecheck`
// is the type check) and caches the output: a warm run spends next to nothing on the transform.
const esm = {
  preset: 'ts-jest/presets/default-esm',
  // jest's default, but fixed here: it would follow TMPDIR to the per-run tmpfs folder and start cold every run.
  cacheDirectory: jestCacheDir,
  testEnvironment: 'node',
  // jest-runtime, with compiled code shared between the test files of a worker (see the file).
  runtime: '<rootDir>/scripts/jest-runtime.cjs',
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }] },
};

// Every Node child a test starts (each e2e test runs a 1–3 MB dist, ~250 runs in all) reuses V8's compiled code
// from this folder instead of compiling the bundle again (Node ≥ 22.1; ~0.08 s of CPU per run). It changes no
// behaviour; benchmarks do not set it, since a runner starts each action cold.
process.env.NODE_COMPILE_CACHE ??= compileCacheDir;

// Temporary files on tmpfs (see scripts/test-env.mjs), in the folder scripts/jest.mjs made and removes even when jest
// dies of a signal; started directly, jest makes its own and removes it on exit. Workers inherit TMPDIR.
if (process.env.JEST_WORKER_ID === undefined) {
  let tmp = process.env[TMPFS_VAR];
  if (!tmp) {
    const made = makeTmpfsDir();
    if (made) process.on('exit', made.remove);
    tmp = made?.dir;
  }
  if (tmp) process.env.TMPDIR = tmp;
}

export default {
  // Jest's default on 2 cores is 1 worker. Much of the e2e time is waiting on child processes, real-time cancel
  // windows and the simulated clock, so more workers overlap those waits with CPU work. `npm test` on the quiet
  // 2-core machine, wall: 2 workers 146 s, 3 129 s, 4 117 s, 5 105 s, 6 101 s; 5 keeps a margin for the tests'
  // real-time bounds on a busy machine.
  maxWorkers: 5,
  // Longest first, with committed times where jest has none of its own (a fresh clone): see the file.
  testSequencer: '<rootDir>/scripts/jest-sequencer.cjs',
  // A test's own bound, for a test that sets none: jest's 5 s default is a timing assertion that a busy 2-core
  // machine fails (each e2e test starts a Node process or several). Speed is checked by the suite's total and by
  // the benchmarks, not by this.
  testTimeout: 30_000,
  projects: [
    // The product's own unit tests: the actions' and the generator's sources. `npm run test:unit`.
    { ...esm, displayName: 'unit', testMatch: ['<rootDir>/actions/*/src/**/*.test.ts', '<rootDir>/generator/src/**/*.test.ts'] },
    // The test tooling's own tests (runner harness, AWS simulator) and the repository checks. `npm run test:tooling`.
    { ...esm, displayName: 'tooling', testMatch: ['<rootDir>/test/harness/**/*.test.ts', '<rootDir>/test/sim/**/*.test.ts', '<rootDir>/test/repo/**/*.test.ts'] },
    // Each committed dist run through the harness as the runner runs it. `npm run test:e2e`.
    { ...esm, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
    // Real third-party servers (moto, dockerd, a registry, awscli) and real-time waits. `npm run test:integration`.
    { ...esm, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
  ],
};
