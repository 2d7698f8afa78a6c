/** Steps several jobs share. */
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

/** A step name for a command: the command itself, shortened. */
export function commandStepName(command: string): string {
  const line = command.split('\n')[0] ?? command;
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
