import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { disposeAllJobs, nodeVersionOf, resolveNode24, runAction } from './index.js';

const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));
const exitCodesDir = join(fixtures, 'exit-codes');
const probeDir = join(fixtures, 'probe');

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'harness-exit-test-'));
});

afterAll(async () => {
  await disposeAllJobs();
  await rm(scratch, { recursive: true, force: true });
});

describe('exit codes (CommonJS dist)', () => {
  it('exit 0 is a successful step', async () => {
    const result = await runAction({ actionDir: exitCodesDir, with: { mode: 'ok' } });
    expect(result).toMatchObject({ exitCode: 0, signal: null, conclusion: 'success', timedOut: false, cancelled: false });
    expect(result.outputs['module-system']).toBe('commonjs');
    expect(result.log).toBe('all good');
  });

  it('exit code 1 after ::error:: fails the step', async () => {
    const result = await runAction({ actionDir: exitCodesDir, with: { mode: 'fail' } });
    expect(result).toMatchObject({ exitCode: 1, conclusion: 'failure' });
    expect(result.annotations).toEqual([{ level: 'error', origin: 'action', message: 'deployment failed' }]);
  });

  it('an uncaught exception exits 1 with the stack on stderr', async () => {
    const result = await runAction({ actionDir: exitCodesDir, with: { mode: 'throw' } });
    expect(result).toMatchObject({ exitCode: 1, conclusion: 'failure' });
    expect(result.stderr).toContain('Error: uncaught boom');
    expect(result.log).toContain('uncaught boom');
  });

  it('an unhandled rejection exits 1', async () => {
    const result = await runAction({ actionDir: exitCodesDir, with: { mode: 'reject' } });
    expect(result).toMatchObject({ exitCode: 1, conclusion: 'failure' });
    expect(result.stderr).toContain('unhandled rejection boom');
  });

  it('any other exit code is a failure too', async () => {
    const result = await runAction({ actionDir: exitCodesDir, with: { mode: 'bogus' } });
    expect(result).toMatchObject({ exitCode: 2, conclusion: 'failure' });
  });
});

describe('node binary', () => {
  async function versionSeenWith(node: string | undefined, name: string): Promise<{ version: string; execPath: string }> {
    const report = join(scratch, `${name}.json`);
    const result = await runAction({ actionDir: probeDir, node, env: { PROBE_REPORT: report }, timeoutMs: 30_000 });
    expect(result.exitCode).toBe(0);
    return JSON.parse(await readFile(report, 'utf8')) as { version: string; execPath: string };
  }

  it('runs the action with the node binary it is given', async () => {
    const seen = await versionSeenWith(process.execPath, 'explicit');
    expect(seen.version).toBe(process.version);
    expect(seen.execPath).toBe(process.execPath);
  });

  it('fails clearly when the node binary does not exist', async () => {
    await expect(runAction({ actionDir: probeDir, node: join(scratch, 'no-such-node') })).rejects.toThrow(/Could not start .*ENOENT/);
  });

  // The one test that may reach the npm registry (first run only; later runs use the npx cache).
  it('resolveNode24() finds a Node 24 binary and the action runs on it', async () => {
    const node24 = await resolveNode24();
    expect(await resolveNode24()).toBe(node24);
    expect(await nodeVersionOf(node24)).toMatch(/^v24\./);
    const seen = await versionSeenWith(node24, 'node24');
    expect(seen.version).toMatch(/^v24\./);
    expect(seen.execPath).toBe(node24);
  }, 200_000);
});
