import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { disposeAllJobs, runAction, startAction, type ActionResult } from './index.js';

const logCommandsDir = fileURLToPath(new URL('./fixtures/log-commands', import.meta.url));

let scratch: string;
let result: ActionResult;
let withDebug: ActionResult;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'harness-log-test-'));
  const goFile = join(scratch, 'go');
  const running = startAction({ actionDir: logCommandsDir, with: { handshake: 'true' }, env: { GO_FILE: goFile }, timeoutMs: 15_000 });
  await running.waitForLine('waiting for go');
  await writeFile(goFile, '');
  [result, withDebug] = await Promise.all([
    running.result,
    runAction({ actionDir: logCommandsDir, timeoutMs: 15_000, context: { debug: true } }),
  ]);
});

afterAll(async () => {
  await disposeAllJobs();
  await rm(scratch, { recursive: true, force: true });
});

describe('annotations', () => {
  it('parses ::error/::warning/::notice from stdout and stderr with their properties, unescaped', () => {
    const fromAction = result.annotations.filter((a) => a.origin === 'action');
    expect(fromAction).toEqual([
      {
        level: 'error',
        origin: 'action',
        message: 'Service\napi is 100% down\r\ndone',
        title: 'Deploy failed',
        file: 'src/app.ts',
        line: 12,
        endLine: 14,
        col: 3,
        endColumn: 9,
      },
      // An absolute path inside the workspace is shown relative to it; %250A stays a literal %0A.
      { level: 'warning', origin: 'action', message: 'careful: x, y%0A', title: 'a:b,c', file: 'src/abs.ts' },
      { level: 'notice', origin: 'action', message: 'fyi' },
      { level: 'error', origin: 'action', message: 'upper-case command name' },
      { level: 'notice', origin: 'action', message: 'leading spaces are allowed' },
      { level: 'notice', origin: 'action', message: 'empty property dropped', title: 'empty-prop' },
      { level: 'warning', origin: 'action', message: 'from stderr' },
    ]);
  });

  it('reports an empty add-mask as a runner warning, and the step still succeeds', () => {
    expect(result.annotations.filter((a) => a.origin === 'runner')).toEqual([
      expect.objectContaining({ level: 'warning', message: expect.stringContaining('add-mask') }),
    ]);
    expect(result.exitCode).toBe(0);
    expect(result.conclusion).toBe('success');
  });

  it('records every processed command, and none while commands are stopped', () => {
    const names = result.commands.map((c) => c.name);
    expect(names.filter((n) => n === 'add-mask')).toHaveLength(3);
    expect(names).toContain('stop-commands');
    expect(result.commands.some((c) => c.data === 'not an annotation while stopped')).toBe(false);
    expect(result.commands.find((c) => c.data === 'from stderr')?.stream).toBe('stderr');
    expect(result.commands.some((c) => c.raw.startsWith('::unknown-command'))).toBe(false);
  });
});

describe('masks and the log', () => {
  it('collects ::add-mask:: values', () => {
    expect(result.masks).toEqual(['s3cr3t-early-value', 'hunter2-password']);
  });

  it('shows the log as the runner does: masked from add-mask on, commands rendered, add-mask lines hidden', () => {
    expect(result.log).toBe(
      [
        'plain line',
        'early: s3cr3t-early-value',
        'later: *** and ***',
        'never masked: plain-text-token',
        '##[error]Service\napi is 100% down\r\ndone',
        '##[warning]careful: x, y%0A',
        '##[notice]fyi',
        '##[error]upper-case command name',
        '##[notice]leading spaces are allowed',
        '##[group]Build',
        'inside the group',
        '##[endgroup]',
        '::stop-commands::pause-token-1',
        '::error::not an annotation while stopped',
        '::pause-token-1::',
        '::unknown-command::printed as is',
        '##[notice]empty property dropped',
        '##[warning]add-mask was given an empty value; nothing was masked.',
        'waiting for go',
        'stderr: ***',
        '##[warning]from stderr',
        'no trailing newline',
      ].join('\n'),
    );
  });

  it('detects a secret printed before its add-mask and one never masked, not one masked in time', () => {
    expect(result.leaked('s3cr3t-early-value')).toBe(true);
    expect(result.leaked('plain-text-token')).toBe(true);
    expect(result.leaked('hunter2-password')).toBe(false);
    expect(result.unmaskedSecrets(['hunter2-password', 'plain-text-token', 'absent-value'])).toEqual(['plain-text-token']);
  });

  it('keeps debug lines for logWithDebug only, masked; step debug also shows them in log', () => {
    expect(result.debug).toEqual(['debugging hunter2-password']);
    expect(result.log).not.toContain('##[debug]');
    expect(result.logWithDebug).toContain('##[debug]debugging ***');
    expect(withDebug.log).toContain('##[debug]debugging ***');
  });

  it('collects groups with the lines shown inside them', () => {
    expect(result.groups).toEqual([{ name: 'Build', lines: ['inside the group'] }]);
  });

  it('keeps raw stdout and stderr untouched', () => {
    expect(result.stdout).toContain('::add-mask::hunter2-password\n');
    expect(result.stdout.endsWith('waiting for go\n')).toBe(true);
    expect(result.stderr).toBe('stderr: hunter2-password\n::warning::from stderr\nno trailing newline');
  });
});
