/** Steps several jobs share. */
import type { Config } from '../config/schema.js';
import type { Step } from './types.js';

export const checkout = (extra: Record<string, string | number | boolean> = {}): Step => ({
  name: 'Check out',
  uses: { pinned: 'actions/checkout' },
  with: { 'persist-credentials': false, ...extra },
});

export function awsCredentials(role: string, region: string): Step {
  return {
    name: 'AWS credentials (OIDC)',
    uses: { pinned: 'aws-actions/configure-aws-credentials' },
    with: { 'role-to-assume': role, 'aws-region': region, 'role-session-name': 'gh-${{ github.run_id }}-${{ github.run_attempt }}' },
  };
}

export type PackageManager = 'npm' | 'pnpm' | 'yarn';

/** The package manager: configured, else the one the first test command calls. */
export function packageManager(config: Config): PackageManager {
  const configured = config.test['package-manager'];
  if (configured) return configured;
  const first = config.test.run[0]?.trim().split(/\s+/)[0];
  return first === 'pnpm' || first === 'yarn' ? first : 'npm';
}

export function installCommand(manager: PackageManager): string {
  return { npm: 'npm ci', pnpm: 'pnpm install --frozen-lockfile', yarn: 'yarn install --frozen-lockfile' }[manager];
}

/** setup-node with the package manager's cache (pnpm must be on PATH before setup-node can cache it). */
export function nodeSetup(config: Config): Step[] {
  const manager = packageManager(config);
  const steps: Step[] = [];
  if (manager === 'pnpm') steps.push({ name: 'Set up pnpm', uses: { pinned: 'pnpm/action-setup' } });
  if (manager === 'yarn') steps.push({ name: 'Enable corepack (yarn)', run: 'corepack enable' });
  steps.push({ name: 'Set up Node.js', uses: { pinned: 'actions/setup-node' }, with: { 'node-version': String(config.test['node-version']), cache: manager } });
  return steps;
}

/** A step name for a command: the command itself, shortened. */
export function commandStepName(command: string): string {
  const line = command.split('\n')[0] ?? command;
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
