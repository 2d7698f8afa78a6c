import { execFileSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { execCommandLine, SentinelScanner, sentinelPattern } from './sentinel.js';

const NONCE = 'n0nce-1234abcd';

/** Runs the ExecuteCommand command line as the simulator does (/bin/sh -c) and returns its output. */
function run(commandLine: string): string {
  try {
    return execFileSync('/bin/sh', ['-c', commandLine], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    return (error as { stdout: string }).stdout;
  }
}

describe('execCommandLine', () => {
  it.each([
    ['exec form, exit 0', ['sh', '-c', 'echo "it\'s $HOME-less"; exit 0'], 0, "it's"],
    ['exec form, exit 5', ['sh', '-c', 'echo failing; exit 5'], 5, 'failing'],
    ['string form with pipes and quotes', "printf '%s\\n' \"a'b\" | tr a A; false", 1, "A'b"],
    ['command not found', ['definitely-not-a-command-xyz'], 127, ''],
  ])('%s: prints the sentinel with the status', (_name, command, status, text) => {
    const output = run(execCommandLine(command, NONCE));
    expect(output).toContain(text);
    expect(sentinelPattern(NONCE).exec(output)?.[1]).toBe(String(status));
  });

  it('never contains the sentinel text itself', () => {
    const line = execCommandLine(['echo', 'x'], NONCE);
    expect(sentinelPattern(NONCE).test(line)).toBe(false);
    expect(line).not.toContain('@@EXEC_STATUS');
    expect(line.startsWith('/bin/sh -c ')).toBe(true);
  });

  it.each([['bad nonce!', ['x']], ['short', ['x']], [NONCE, []], [NONCE, '  ']])('refuses nonce %p / command %p', (nonce, command) => {
    expect(() => execCommandLine(command as string[] | string, nonce)).toThrow(TypeError);
  });
});

describe('SentinelScanner', () => {
  const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('splits lines, strips \\r and drops the sentinel line', () => {
    const scanner = new SentinelScanner(NONCE);
    const first = scanner.push(bytes('one\r\ntwo\r\nthr'));
    expect(first).toEqual({ lines: ['one', 'two'] });
    expect(scanner.push(bytes(`ee\r\n@@EXEC_STATUS ${NONCE} 3@@\r\n`))).toEqual({ lines: ['three'], exitCode: 3 });
  });

  it('finds a sentinel split at every possible byte', () => {
    const text = `last\r\n@@EXEC_STATUS ${NONCE} 42@@\r\n`;
    for (let cut = 1; cut < text.length; cut++) {
      const scanner = new SentinelScanner(NONCE);
      const lines = [...scanner.push(bytes(text.slice(0, cut))).lines, ...scanner.push(bytes(text.slice(cut))).lines];
      expect({ cut, lines, exitCode: scanner.exitCode }).toEqual({ cut, lines: ['last'], exitCode: 42 });
    }
  });

  it('keeps a last line without newline that shares the sentinel\'s line', () => {
    const scanner = new SentinelScanner(NONCE);
    expect(scanner.push(bytes(`no newline@@EXEC_STATUS ${NONCE} 0@@\r\n`))).toEqual({ lines: ['no newline'], exitCode: 0 });
  });

  it('ignores another nonce and keeps multi-byte characters split across chunks', () => {
    const scanner = new SentinelScanner(NONCE);
    const euro = bytes('€ other @@EXEC_STATUS someone-else 1@@\n');
    expect(scanner.push(euro.subarray(0, 1)).lines).toEqual([]);
    expect(scanner.push(euro.subarray(1))).toEqual({ lines: ['€ other @@EXEC_STATUS someone-else 1@@'] });
    expect(scanner.exitCode).toBeUndefined();
  });

  it('shows a line rewritten after a bare \\r as the terminal would, and flushes the tail', () => {
    const scanner = new SentinelScanner(NONCE);
    expect(scanner.push('progress 10%\rprogress 100%\r\npartial').lines).toEqual(['progress 100%']);
    expect(scanner.flush()).toEqual({ lines: ['partial'] });
  });
});
