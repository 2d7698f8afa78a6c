// Jest runs the TypeScript sources as native ESM (ts-jest, `--experimental-vm-modules`):
// @actions/core 3 is ESM-only, and dependencies are injected, so no module mocking is needed.
const esm = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }] },
};

export default {
  projects: [
    { ...esm, displayName: 'unit', testMatch: ['<rootDir>/actions/*/src/**/*.test.ts', '<rootDir>/test/harness/**/*.test.ts', '<rootDir>/test/sim/**/*.test.ts', '<rootDir>/test/repo/**/*.test.ts', '<rootDir>/generator/src/**/*.test.ts'] },
    { ...esm, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
    { ...esm, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
  ],
};
