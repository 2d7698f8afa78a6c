import { describe, expect, it } from '@jest/globals';
import { backoffDelay, retry } from './backoff.js';
import { ManualClock } from './clock.js';
import { formatDuration, parseDuration } from './durations.js';
import { ConfigurationError, withStep } from './errors.js';
import { parseBooleanInput, parseDurationInput, parseIntegerInput, parseKeyValueLines, parseLines } from './parse.js';
import { markdownTable } from './summary.js';

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['1m30s', 90_000],
    ['2.5s', 2500],
    ['30', 30_000],
    [' 10S ', 10_000],
  ])('%s → %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['soon', '', '5 minutes', 'm5', '-3s', '1d'])('rejects %p', (text) => expect(parseDuration(text)).toBeUndefined());
});

describe('formatDuration', () => {
  it.each([
    [250, '250ms'],
    [1500, '1.5s'],
    [65_000, '1m5s'],
    [3_600_000, '1h'],
    [5_400_000, '1h30m'],
  ])('%d → %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('backoffDelay', () => {
  const policy = { initialMs: 1000, maxMs: 8000, factor: 2 };
  it('doubles per retry within [step/2, step] and caps', () => {
    expect(backoffDelay(1, policy, () => 0)).toBe(500);
    expect(backoffDelay(1, policy, () => 0.999999)).toBe(1000);
    expect(backoffDelay(3, policy, () => 0.999999)).toBe(4000);
    expect(backoffDelay(10, policy, () => 0.999999)).toBe(8000);
    expect(backoffDelay(10, policy, () => 0)).toBe(4000);
  });
});

describe('retry', () => {
  const policy = { initialMs: 1000, maxMs: 8000, factor: 2 };
  const failing = (failures: number, error: Error = new Error('busy')) => {
    let calls = 0;
    return { attempt: async () => (++calls <= failures ? Promise.reject(error) : `ok after ${calls}`), calls: () => calls };
  };

  it('retries retryable failures with backoff until one succeeds', async () => {
    const clock = new ManualClock(0);
    const f = failing(2);
    await expect(retry(f.attempt, { policy, clock, random: () => 0, retryable: () => true, attempts: 4 })).resolves.toBe('ok after 3');
    expect(clock.now()).toBe(500 + 1000);
  });

  it('throws the failure unchanged when it is not retryable, the attempts are used up, or the wait passes the deadline', async () => {
    const error = new Error('denied');
    await expect(retry(failing(1, error).attempt, { policy, clock: new ManualClock(), retryable: () => false })).rejects.toBe(error);
    const f = failing(9, error);
    await expect(retry(f.attempt, { policy, clock: new ManualClock(), retryable: () => true, attempts: 3 })).rejects.toBe(error);
    expect(f.calls()).toBe(3);
    const g = failing(9, error);
    await expect(retry(g.attempt, { policy, clock: new ManualClock(0), random: () => 0, retryable: () => true, deadline: 1600 })).rejects.toBe(error);
    expect(g.calls()).toBe(3); // waits of 500 and 1000 ms fit before 1600; the third (2000 ms) would not
  });

  it('takes a result from beforeRetry instead of retrying', async () => {
    const f = failing(9);
    const seen: number[] = [];
    const result = await retry(f.attempt, {
      policy, clock: new ManualClock(), random: () => 0, retryable: () => true,
      beforeRetry: (_e, n, wait) => (seen.push(n, wait), n === 2 ? 'already done' : undefined),
    });
    expect(result).toBe('already done');
    expect(seen).toEqual([1, 500, 2, 1000]);
    expect(f.calls()).toBe(2);
  });
});

describe('input parsers', () => {
  it('parses booleans and names the input when wrong', () => {
    expect(parseBooleanInput('no-cache', 'TRUE', false)).toBe(true);
    expect(parseBooleanInput('no-cache', '', true)).toBe(true);
    expect(() => parseBooleanInput('no-cache', 'maybe', false)).toThrow("Input 'no-cache': expected true or false, got 'maybe'");
  });

  it('parses durations with a default and rejects zero and words', () => {
    expect(parseDurationInput('timeout', '', '5m')).toBe(300_000);
    expect(() => parseDurationInput('timeout', 'soon', '5m')).toThrow(ConfigurationError);
    expect(() => parseDurationInput('timeout', '0s', '5m')).toThrow("Input 'timeout'");
  });

  it('parses bounded integers', () => {
    expect(parseIntegerInput('n', ' 3 ', 1, 1, 10)).toBe(3);
    expect(parseIntegerInput('n', '', 7, 1)).toBe(7);
    expect(() => parseIntegerInput('n', '0', 1, 1, 10)).toThrow("Input 'n': expected a whole number from 1 to 10, got '0'");
    expect(() => parseIntegerInput('n', '1.5', 1, 1)).toThrow('1 or more');
  });

  it('splits lines and key/value lines at the first separator', () => {
    expect(parseLines(' a \n\n# comment\nb\r\n')).toEqual(['a', 'b']);
    expect(parseKeyValueLines('headers', 'Authorization: Bearer a:b\nX-A:1', ':', 'Name: value')).toEqual([
      ['Authorization', 'Bearer a:b'],
      ['X-A', '1'],
    ]);
    expect(() => parseKeyValueLines('headers', ': nothing', ':', 'Name: value')).toThrow("Input 'headers': line 1 is not of the form Name: value");
  });
});

describe('errors, clock, summary', () => {
  it('wraps an error with the step that failed and keeps the cause', () => {
    const cause = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    const wrapped = withStep('Could not describe service api', cause);
    expect(wrapped.message).toBe('Could not describe service api: ThrottlingException: Rate exceeded');
    expect(wrapped.cause).toBe(cause);
  });

  it('moves a manual clock only when slept on', async () => {
    const clock = new ManualClock(100);
    await clock.sleep(50);
    expect(clock.now()).toBe(150);
  });

  it('escapes pipes and newlines in table cells', () => {
    expect(markdownTable(['a', 'b'], [['x|y', 'l1\nl2']])).toBe('| a | b |\n| --- | --- |\n| x\\|y | l1<br>l2 |');
  });
});
