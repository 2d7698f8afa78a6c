import { describe, expect, it } from '@jest/globals';
import { StepLog } from '../../../test/harness/step-log.js';
import { forgedCommands, HOSTILE_BLOCK, HOSTILE_TEXTS } from '../../../test/support/hostile.js';
import { MemoryLogger } from './logger.js';
import { MaskedValues } from './secrets.js';
import { isCommandLike, neutralize, splitRunnerLines, untrustedSafeLogger, UntrustedLineStream } from './untrusted.js';

/** What the runner makes of text printed to stdout: a StepLog fed line by line as the runner splits them. */
function asRunner(text: string): StepLog {
  const log = new StepLog('/ws', false);
  for (const line of splitRunnerLines(text)) log.line('stdout', line);
  return log;
}


describe('neutralize', () => {
  it.each(HOSTILE_TEXTS)('leaves no command the runner would process in %j', (text) => {
    const log = asRunner(neutralize(text));
    // Only our own stop-commands / resume pairs are processed; nothing from the text.
    expect(log.commands.map((c) => c.name)).toEqual(['stop-commands']);
    expect(log.annotations).toEqual([]);
    expect(log.masks).toEqual([]);
    expect(log.legacyOutputs).toEqual({});
    expect(log.legacyState).toEqual({});
    // And the runner's own commands work again afterwards.
    log.line('stdout', '::error::ours');
    expect(log.annotations.map((a) => a.message)).toEqual(['ours']);
  });

  it('neutralises the hostile lines all together', () => {
    expect(forgedCommands(asRunner(neutralize(HOSTILE_BLOCK)).commands)).toEqual([]);
  });

  it.each(HOSTILE_TEXTS)('would be a command printed raw: %j (so the tests above can fail)', (text) => {
    expect(forgedCommands(asRunner(text).commands)).not.toEqual([]);
  });

  it('shows every line of the text as written, split as the runner splits', () => {
    const text = 'first\r\n::error::x\rthird\n##[warning]y';
    const shown = asRunner(neutralize(text, () => 'tok')).render(false).split('\n');
    expect(shown.filter((line) => !/^::(stop-commands::)?tok/.test(line))).toEqual(['first', '::error::x', 'third', '##[warning]y']);
  });

  it('leaves plain text untouched and groups consecutive command-like lines in one block', () => {
    expect(neutralize('a\nb: arn:aws:ecs::1')).toBe('a\nb: arn:aws:ecs::1');
    let n = 0;
    expect(neutralize('::a::\n::b::\nplain\n::c::', () => `t${(n += 1)}`)).toBe(
      '::stop-commands::t1\n::a::\n::b::\n::t1::\nplain\n::stop-commands::t2\n::c::\n::t2::',
    );
  });

  it('never uses a token the text contains, so the text cannot resume commands early', () => {
    const tokens = ['known', 'fresh'];
    const out = neutralize('::error::x\n::KNOWN::', () => tokens.shift()!);
    expect(out).toBe('::stop-commands::fresh\n::error::x\n::KNOWN::\n::fresh::');
    expect(asRunner(out).annotations).toEqual([]);
  });

  it('uses random tokens by default', () => {
    const [a, b] = [neutralize('::x::'), neutralize('::x::')];
    expect(a.split('\n')[0]).toMatch(/^::stop-commands::[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
  });

  it.each([
    ['::error::x', true],
    [' \t::x', true],
    ['\u00a0::x', true],
    ['a ##[x]', true],
    ['a :: b', false],
    ['#[x]', false],
  ])('isCommandLike(%j) is %p', (line, expected) => expect(isCommandLike(line)).toBe(expected));
});

describe('untrustedSafeLogger', () => {
  it('neutralises info lines and passes annotations, which @actions/core escapes, unchanged', () => {
    const memory = new MemoryLogger();
    const logger = untrustedSafeLogger(memory);
    logger.info('Running migrate\n::error::forged');
    logger.warning('w\nx');
    logger.error('e');
    logger.debug('d');
    expect(asRunner(memory.text('info')).annotations).toEqual([]);
    expect(memory.lines.map((l) => [l.level, l.message]).slice(1)).toEqual([['warning', 'w\nx'], ['error', 'e'], ['debug', 'd']]);
  });
});

describe('UntrustedLineStream', () => {
  it('prints lines as they complete across chunks, holding a trailing \\r for a possible \\n', () => {
    const printed: string[] = [];
    const stream = new UntrustedLineStream((line) => printed.push(line));
    stream.push('step 1\r');
    expect(printed).toEqual([]);
    stream.push('\nstep 2\rstep');
    expect(printed).toEqual(['step 1', 'step 2']);
    stream.push(' 3\n::add-mask::succ');
    stream.push('eeded\n##[error]x');
    stream.end();
    expect(printed.slice(0, 3)).toEqual(['step 1', 'step 2', 'step 3']);
    const log = asRunner(printed.join('\n'));
    expect(log.masks).toEqual([]);
    expect(log.annotations).toEqual([]);
    expect(log.render(false)).toContain('::add-mask::succeeded');
    expect(log.render(false)).toContain('##[error]x');
  });
});

describe('MaskedValues', () => {
  it('masks through the given function once per value and redacts the longest value first', () => {
    const masked: string[] = [];
    const values = new MaskedValues((v) => masked.push(v));
    values.add('abc');
    values.add('abcdef');
    values.add('abc');
    values.add('  ');
    expect(masked).toEqual(['abc', 'abcdef']);
    expect(values.redact('x abcdef abc y')).toBe('x *** *** y');
    expect(values.redactAll({ a: 'abc', b: 'none' })).toEqual({ a: '***', b: 'none' });
  });
});
