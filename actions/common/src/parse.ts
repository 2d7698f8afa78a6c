import { ConfigurationError } from './errors.js';
import { parseDuration } from './durations.js';
import { quoted } from './names.js';

/**
 * Typed parsing of raw input strings. Each action's inputs.ts reads the raw values from the runner and hands
 * them here, so every action reports bad input the same way: one ConfigurationError naming the input.
 */

export function parseBooleanInput(name: string, raw: string, fallback: boolean): boolean {
  const value = raw.trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(value)) return true;
  if (['false', 'no', 'off', '0'].includes(value)) return false;
  throw new ConfigurationError(name, `expected true or false, got ${quoted(raw.trim())}`);
}

/**
 * Node's timers hold at most 2^31 - 1 ms (about 24.8 days): a longer delay fires at once, which would turn a long
 * timeout into an instant one.
 */
export const MAX_TIMER_MS = 2_147_483_647;

export function parseDurationInput(name: string, raw: string, fallback: string): number {
  const text = raw.trim() === '' ? fallback : raw.trim();
  const ms = parseDuration(text);
  if (ms === undefined || ms <= 0) {
    throw new ConfigurationError(name, `expected a duration such as 90s, 5m or 1h30m, got ${quoted(text)}`);
  }
  if (ms > MAX_TIMER_MS) throw new ConfigurationError(name, `expected a duration of at most 596h (about 24.8 days), got ${quoted(text)}`);
  return ms;
}

export function parseIntegerInput(name: string, raw: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const text = raw.trim();
  if (text === '') return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    throw new ConfigurationError(name, `expected a whole number ${range}, got ${quoted(text)}`);
  }
  return Number(text);
}

/** Non-empty lines, trimmed; lines starting with `#` are comments. */
export function parseLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** `NAME<sep>value` lines (e.g. `KEY=VALUE`, `Header: value`), split at the first separator. */
export function parseKeyValueLines(name: string, raw: string, separator: string, form: string): Array<[string, string]> {
  return parseLines(raw).map((line, index) => {
    const at = line.indexOf(separator);
    const key = at > 0 ? line.slice(0, at).trim() : '';
    if (!key) throw new ConfigurationError(name, `line ${index + 1} is not of the form ${form}`);
    return [key, line.slice(at + separator.length).trim()];
  });
}
