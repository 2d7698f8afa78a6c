import { beforeAll, describe, expect, it } from '@jest/globals';
import { runAction } from '../harness/index.js';
import { errorsOf, theError, runtimeNode24, useDbMigrateFixture } from './db-migrate-fixtures.js';

// Exec mode opens the session with the runtime's global WebSocket, which Node has from 22: run the dist under the
// node24 runtime action.yml declares, as the runner does.
const fx = useDbMigrateFixture({ seed: 9 }, 60_000);
let node24 = '';
beforeAll(async () => {
  node24 = await runtimeNode24();
}, 60_000);

async function migrateExec(inputs: Record<string, string>) {
  const result = await runAction({ ...fx.options({ mode: 'exec', ...inputs }, 30_000), node: node24 });
  await result.dispose();
  return result;
}

/** Service `api` with ECS Exec on, its task RUNNING with the agent RUNNING. */
async function serviceWithExec(enabled = true): Promise<void> {
  await fx.setup({ enableExecuteCommand: enabled });
}

describe('db-migrate dist, mode exec, through the simulated Session Manager websocket', () => {
  it('streams the output and passes on exit 0', async () => {
    await serviceWithExec();
    const result = await migrateExec({ command: 'echo "Migrating: 2024_01_01_create_users"; echo done' });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ 'exit-code': '0', result: 'succeeded' });
    const lines = result.log.split('\n');
    expect(lines).toContain('Migrating: 2024_01_01_create_users');
    expect(lines.indexOf('done')).toBeGreaterThan(lines.indexOf('Migrating: 2024_01_01_create_users'));
    // The sentinel is the verdict's carrier, never part of the output.
    expect(result.log).not.toMatch(/__DBM|sentinel/i);
    const exec = fx.calls('ExecuteCommand');
    expect(exec).toHaveLength(1);
    expect(exec[0]?.input).toMatchObject({ cluster: 'prod', container: 'api', interactive: true });
    expect(result.summary).toContain('Migrating: 2024_01_01_create_users');
  });

  it('fails on exit 5 with the exit code from the sentinel', async () => {
    await serviceWithExec();
    const result = await migrateExec({ command: '["sh","-c","echo boom >&2; exit 5"]' });
    expect(result.conclusion).toBe('failure');
    expect(result.outputs).toMatchObject({ 'exit-code': '5', result: 'failed' });
    expect(theError(result)).toMatch(/^db-migrate failed \(exit code 5\): the command exited with code 5/);
    expect(result.log.split('\n')).toContain('boom');
  });

  it('refuses a service without ECS Exec before calling ExecuteCommand', async () => {
    await serviceWithExec(false);
    const result = await migrateExec({ command: 'true' });
    expect(theError(result)).toContain('Service api does not have ECS Exec enabled (enableExecuteCommand is false)');
    expect(fx.calls('ExecuteCommand')).toEqual([]);
  });
});
