import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
// @actions/core is the oracle here: every call below runs through it and through our core.ts, and what reaches the
// runner (stdout, the file-command files, the exit code, the errors) must be the same.
import * as official from '@actions/core';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_BLOCK } from '../../../test/support/hostile.js';
import * as ours from './core.js';

type Core = Pick<typeof ours, 'getInput' | 'setOutput' | 'saveState' | 'getState' | 'setSecret' | 'info' | 'debug' | 'warning' | 'error' | 'setFailed'>
  & { summary: SummaryLike };
interface SummaryLike { addRaw(text: string, addEOL?: boolean): SummaryLike; write(): Promise<unknown> }

const FILES = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const;
const VALUES = ['plain', '', 'two\nlines', 'crlf\r\nand cr\r', ' padded ', '100% done, a:b', 'ghadelimiter_not-ours', 'héllo ✓', HOSTILE_BLOCK, '{"json":[1,2]}'];

let dir: string;
const saved = { ...process.env };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'core-test-'));
});
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `calls` against one implementation with fresh runner files; returns what the runner would see. */
async function observe(core: Core, calls: (core: Core) => unknown | Promise<unknown>, env: Partial<Record<string, string | undefined>> = {}) {
  const paths: Record<string, string> = {};
  for (const name of FILES) {
    paths[name] = join(dir, `${name}-${Math.random()}`);
    writeFileSync(paths[name], '');
    process.env[name] = paths[name];
  }
  Object.assign(process.env, env);
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete process.env[name];
  process.exitCode = undefined;
  let stdout = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  let thrown: string | undefined;
  let returned: unknown;
  try {
    returned = await calls(core);
  } catch (error) {
    thrown = (error as Error).message;
  } finally {
    write.mockRestore();
  }
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  // Each file command picks a random delimiter: the same shape with a different UUID is the same protocol.
  const files = Object.fromEntries(FILES.map((name) => [name, readFileSync(paths[name]!, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_UUID')]));
  return { stdout, files, exitCode, thrown, returned };
}

/** Each module holds one summary buffer for the process; every run here gets a fresh one, as a new step does. */
const freshOfficial = (): Core => ({ ...official, summary: Object.assign(Object.create(Object.getPrototypeOf(official.summary)), { _buffer: '' }) });
const freshOurs = (): Core => ({ ...ours, summary: new ours.Summary() });

async function expectSame(calls: (core: Core) => unknown | Promise<unknown>, env?: Partial<Record<string, string | undefined>>) {
  const expected = await observe(freshOfficial(), calls, env);
  const actual = await observe(freshOurs(), calls, env);
  expect(actual).toEqual(expected);
  return actual;
}

describe('core: what reaches the runner is what @actions/core sends', () => {
  it.each(VALUES)('setOutput and saveState of %j write the same file commands', async (value) => {
    const seen = await expectSame((core) => {
      core.setOutput('result', value);
      core.saveState('docker-config', value);
    });
    // The delimiter form really was used (not two empty files compared with each other).
    expect(seen.files.GITHUB_OUTPUT).toBe(`result<<ghadelimiter_UUID\n${value}\nghadelimiter_UUID\n`);
    expect(seen.files.GITHUB_STATE).toContain('docker-config<<ghadelimiter_UUID');
  });

  it.each(VALUES)('the runner commands for %j are the same (mask, info, debug, warning, error, failure)', async (value) => {
    const seen = await expectSame((core) => {
      core.setSecret(value);
      core.info(value);
      core.debug(value);
      core.warning(value);
      core.error(value);
      core.setFailed(value);
    });
    expect(seen.exitCode).toBe(1);
    expect(seen.stdout).toContain('::add-mask::');
  });

  it('falls back to the same commands when the runner gives no GITHUB_OUTPUT / GITHUB_STATE', async () => {
    const seen = await expectSame((core) => {
      core.setOutput('a,b:c', 'x\ny');
      core.saveState('is-post', 'true');
    }, { GITHUB_OUTPUT: undefined, GITHUB_STATE: undefined });
    expect(seen.stdout).toBe('\n::set-output name=a%2Cb%3Ac::x%0Ay\n::save-state name=is-post::true\n');
  });

  it('fails the same way when a file command names a missing file', async () => {
    const seen = await expectSame((core) => core.setOutput('x', 'y'), { GITHUB_OUTPUT: join(tmpdir(), 'no-such-dir-core-test', 'out') });
    expect(seen.thrown).toMatch(/^Missing file at path: /);
  });

  it.each([
    ['cluster', { INPUT_CLUSTER: '  prod \n' }],
    ['task-definition', { 'INPUT_TASK-DEFINITION': 'td.json' }],
    ['wait for stable', { INPUT_WAIT_FOR_STABLE: 'true' }],
    ['Images', { INPUT_IMAGES: 'api=a:1\n  worker=w:1  \n' }],
    ['absent', {}],
    ['empty', { INPUT_EMPTY: '' }],
  ])('getInput(%j) reads the same variable', async (name, env) => {
    const seen = await expectSame((core) => core.getInput(name), env);
    expect(seen.returned).toBe(Object.values(env)[0]?.trim() ?? '');
  });

  it('getState reads STATE_<name> the same way', async () => {
    const seen = await expectSame((core) => [core.getState('docker-config'), core.getState('missing')], { 'STATE_docker-config': '/tmp/x' });
    expect(seen.returned).toEqual(['/tmp/x', '']);
  });

  it('appends the job summary the same way, several writes in a row', async () => {
    const seen = await expectSame(async (core) => {
      await core.summary.addRaw('## Deployed\n| a | b |').write();
      await core.summary.addRaw('line', true).addRaw(HOSTILE_BLOCK).write();
    });
    expect(seen.files.GITHUB_STEP_SUMMARY).toBe(`## Deployed\n| a | b |line\n${HOSTILE_BLOCK}`);
  });

  it('fails the summary the same way without GITHUB_STEP_SUMMARY, or with a file it cannot write', async () => {
    const missing = await expectSame((core) => core.summary.addRaw('x').write(), { GITHUB_STEP_SUMMARY: undefined });
    expect(missing.thrown).toMatch(/GITHUB_STEP_SUMMARY/);
    const readOnly = join(dir, 'read-only');
    writeFileSync(readOnly, '');
    chmodSync(readOnly, 0o400);
    // root may write anyway; then both succeed alike, which the comparison still checks.
    await expectSame((core) => core.summary.addRaw('x').write().then(() => 'written'), { GITHUB_STEP_SUMMARY: readOnly });
  });
});
