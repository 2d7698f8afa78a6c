import { describe, expect, it } from '@jest/globals';

import { evaluateDefault, inputEnvName } from './action-manifest.js';
import { parseKeyValueFile, parsePathFile } from './file-commands.js';
import { maskSecrets } from './secret-masker.js';
import { StepLog } from './step-log.js';
import { LineSplitter } from './step-process.js';
import { parseWorkflowCommand, unescapeCommandData, unescapeCommandProperty } from './workflow-commands.js';

describe('inputEnvName', () => {
  it.each([
    ['greeting', 'INPUT_GREETING'],
    ['deploy target', 'INPUT_DEPLOY_TARGET'],
    ['dry-run', 'INPUT_DRY-RUN'],
    ['Mixed Case-name', 'INPUT_MIXED_CASE-NAME'],
  ])('%s -> %s', (name, expected) => {
    expect(inputEnvName(name)).toBe(expected);
  });
});

describe('evaluateDefault', () => {
  const values = { 'github.repository': 'o/r', 'runner.temp': '/tmp/x' };
  it('replaces github/runner references, keeping the text around them', () => {
    expect(evaluateDefault('a', 'repo=${{ github.repository }} in ${{runner.temp}}', values)).toBe('repo=o/r in /tmp/x');
  });
  it('refuses expressions it cannot evaluate instead of passing them through', () => {
    expect(() => evaluateDefault('a', "${{ format('{0}', github.sha) }}", values)).toThrow(/cannot evaluate/);
  });
});

describe('workflow command parsing', () => {
  it('unescapes data in the runner order, %25 last', () => {
    expect(unescapeCommandData('a%0Ab%0Dc%25d')).toBe('a\nb\rc%d');
    expect(unescapeCommandData('%250A')).toBe('%0A');
    expect(unescapeCommandData('%3A%2C')).toBe('%3A%2C');
  });

  it('unescapes properties, including : and ,', () => {
    expect(unescapeCommandProperty('a%3Ab%2Cc%0A%25')).toBe('a:b,c\n%');
  });

  it('splits properties on commas and the first =, dropping empty values', () => {
    expect(parseWorkflowCommand('::error file=a.ts,line=3,title=x=y,col=::msg')).toEqual({
      name: 'error',
      properties: { file: 'a.ts', line: '3', title: 'x=y' },
      data: 'msg',
    });
  });

  it('accepts leading whitespace and any case, rejects unknown commands and malformed lines', () => {
    expect(parseWorkflowCommand('  ::WARNING::w')?.name).toBe('warning');
    expect(parseWorkflowCommand('::made-up::x')).toBeNull();
    expect(parseWorkflowCommand('::error')).toBeNull();
    expect(parseWorkflowCommand('text ::error::x')).toBeNull();
  });
});

describe('maskSecrets', () => {
  it('masks every occurrence and merges overlapping matches into one ***', () => {
    expect(maskSecrets('a secret, secret!', ['secret'])).toBe('a ***, ***!');
    expect(maskSecrets('abcdef', ['abcd', 'cdef'])).toBe('***');
    expect(maskSecrets('nothing here', ['secret', ''])).toBe('nothing here');
  });
});

describe('StepLog', () => {
  it('masks only lines printed after add-mask, on both streams', () => {
    const log = new StepLog('/ws', false);
    log.line('stdout', 'before pw1');
    log.line('stdout', '::add-mask::pw1');
    log.line('stderr', 'after pw1');
    expect(log.render(false)).toBe('before pw1\nafter ***');
  });

  it('keeps debug lines out of the normal log and pauses commands between stop-commands and the token', () => {
    const log = new StepLog('/ws', false);
    log.line('stdout', '::debug::dbg');
    log.line('stdout', '::stop-commands::tok');
    log.line('stdout', '::error::literal');
    log.line('stdout', '::TOK::');
    log.line('stdout', '::error::real');
    expect(log.render(false)).toBe('::stop-commands::tok\n::error::literal\n::TOK::\n##[error]real');
    expect(log.render(true).split('\n')[0]).toBe('##[debug]dbg');
    expect(log.annotations.map((a) => a.message)).toEqual(['real']);
  });

  it('processes the legacy ##[ syntax anywhere in a line, after the :: syntax, and not while commands are stopped', () => {
    const log = new StepLog('/ws', false);
    log.line('stdout', 'npm WARN ##[warning title=t%3Bx]mid-line%5D');
    log.line('stdout', '##[add-mask]legacy-secret');
    log.line('stdout', 'shows legacy-secret');
    log.line('stdout', '::stop-commands::tok');
    log.line('stdout', 'x ##[error]ignored while stopped');
    log.line('stdout', '##[tok]');
    log.line('stdout', 'x ##[unknown]not a command');
    log.line('stdout', '\u0085::notice::NEL is .NET white space');
    log.line('stdout', '\ufeff::notice::BOM is not');
    expect(log.annotations.map((a) => [a.level, a.message, a.title])).toEqual([
      ['warning', 'mid-line]', 't;x'],
      ['notice', 'NEL is .NET white space', undefined],
    ]);
    expect(log.masks).toEqual(['legacy-secret']);
    expect(log.render(false)).toContain('shows ***');
    expect(log.render(false)).toContain('x ##[error]ignored while stopped');
    expect(log.render(false)).toContain('x ##[unknown]not a command');
  });

  it('fails the step for set-env and add-path, which GitHub disables', () => {
    const log = new StepLog('/ws', false);
    log.line('stdout', '::set-env name=A::1');
    expect(log.commandErrors).toHaveLength(1);
    expect(log.annotations.every((a) => a.origin === 'runner' && a.level === 'error')).toBe(true);
  });
});

describe('parseKeyValueFile', () => {
  it('reads name=value lines, splitting on the first =', () => {
    expect(parseKeyValueFile('a=1\nb=x=y\nc=\n\n').values).toEqual({ a: '1', b: 'x=y', c: '' });
  });

  it('reads heredocs with their inner newlines, blank lines and = signs intact', () => {
    const text = 'multi<<EOF\nline 1\n\nk=v\nEOF\nafter=1\n';
    expect(parseKeyValueFile(text).values).toEqual({ multi: 'line 1\n\nk=v', after: '1' });
    expect(parseKeyValueFile('e<<X\nX\n').values).toEqual({ e: '' });
  });

  it('picks the form by whichever of = and << comes first', () => {
    expect(parseKeyValueFile('a=b<<c\n').values).toEqual({ a: 'b<<c' });
    expect(parseKeyValueFile('a<<=\nv\n=\n').values).toEqual({ a: 'v' });
  });

  it('keeps a carriage return, since Linux runners split on \\n only', () => {
    expect(parseKeyValueFile('a=1\r\n').values).toEqual({ a: '1\r' });
  });

  it('reports a missing delimiter or a line with neither form, keeping earlier values', () => {
    expect(parseKeyValueFile('ok=1\nm<<EOF\nnever closed\n')).toEqual({
      values: { ok: '1' },
      error: "Invalid value: matching delimiter 'EOF' not found",
    });
    expect(parseKeyValueFile('just text\n').error).toMatch(/Invalid format/);
    expect(parseKeyValueFile('=v\n').error).toMatch(/name must not be empty/);
  });
});

describe('parsePathFile', () => {
  it('skips blank lines and moves a re-added directory to the end', () => {
    expect(parsePathFile('/a\n\n/b\r\n/a\n')).toEqual(['/b', '/a']);
  });
});

describe('LineSplitter', () => {
  it('splits on \\n, \\r\\n and lone \\r across chunk boundaries, flushing the last partial line', () => {
    const lines: string[] = [];
    const splitter = new LineSplitter((line) => lines.push(line));
    for (const chunk of ['one\r', '\ntwo\rthr', 'ee\n\nfour']) splitter.push(chunk);
    splitter.end();
    expect(lines).toEqual(['one', 'two', 'three', '', 'four']);
  });
});
