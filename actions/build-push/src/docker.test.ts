import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StepLog } from '../../../test/harness/step-log.js';
import { forgedCommands, HOSTILE_BLOCK, HOSTILE_TEXTS } from '../../../test/support/hostile.js';
import { splitRunnerLines } from '../../common/src/untrusted.js';
import { createDockerCli } from './docker.js';

// A real child process stands in for docker: a script on PATH that writes the hostile lines to stdout and stderr
// the way a RUN step or an install script would, cut into chunks mid-line and right after a `\r`.
let dir = '';
const OUT = `Step 1/2 : RUN ./install.sh\n${HOSTILE_BLOCK}\nlast line without a newline`;
const ERR = `${HOSTILE_BLOCK}\r\nnpm ERR! ##[error]forged-on-stderr`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'docker-cli-test-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(dir, 'out.txt'), OUT);
  writeFileSync(join(dir, 'err.txt'), ERR);
  const cut = Buffer.byteLength(OUT.slice(0, OUT.indexOf('\r') + 1));
  writeFileSync(join(bin, 'docker'), [
    '#!/bin/sh',
    `head -c ${cut} '${dir}/out.txt'`,
    'sleep 0.1',
    `tail -c +${cut + 1} '${dir}/out.txt'`,
    `head -c 7 '${dir}/err.txt' >&2`,
    'sleep 0.1',
    `tail -c +8 '${dir}/err.txt' >&2`,
    'exit "${DOCKER_EXIT:-0}"',
    '',
  ].join('\n'));
  chmodSync(join(bin, 'docker'), 0o755);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the runner makes of the printed text. */
function asRunner(printed: string[]): StepLog {
  const log = new StepLog('/ws', false);
  for (const line of splitRunnerLines(printed.join('\n'))) log.line('stdout', line);
  return log;
}

function cli(printed: string[], env: Record<string, string> = {}) {
  return createDockerCli({ configDir: join(dir, 'config'), classic: true, env: { PATH: `${join(dir, 'bin')}:/usr/bin:/bin`, HOME: dir, ...env }, print: (text) => printed.push(text) });
}

describe('docker output', () => {
  it('is echoed line by line through the neutralising printer: no forged command, every line visible', async () => {
    const printed: string[] = [];
    const result = await cli(printed).run(['build', '.'], { echo: true });
    expect(result.code).toBe(0);
    const log = asRunner(printed);
    expect(forgedCommands(log.commands)).toEqual([]);
    expect(log.annotations).toEqual([]);
    expect(log.masks).toEqual([]);
    const shown = log.render(false);
    for (const text of [...HOSTILE_TEXTS, 'npm ERR! ##[error]forged-on-stderr']) {
      for (const line of splitRunnerLines(text).filter((l) => l.trim())) expect(shown).toContain(line);
    }
    expect(shown).toContain('last line without a newline');
    // The collected output is docker's own, unchanged: the push digest is parsed from it.
    expect(result.stdout).toBe(OUT);
    expect(result.stderr).toBe(ERR);
  });

  it('printed raw, the same output would forge commands (so the test above can fail)', () => {
    expect(forgedCommands(asRunner([OUT, ERR]).commands)).not.toEqual([]);
  });

  it('is not echoed unless asked, and a failed command still hands back its stderr', async () => {
    const printed: string[] = [];
    const result = await cli(printed, { DOCKER_EXIT: '3' }).run(['login']);
    expect(printed).toEqual([]);
    expect(result).toMatchObject({ code: 3, stderr: ERR });
  });
});
