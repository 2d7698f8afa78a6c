import * as core from '../../common/src/core.js';
import { ConfigurationError } from '../../common/src/errors.js';
import { quoted } from '../../common/src/names.js';
import { parseBooleanInput, parseDurationInput, parseIntegerInput, parseKeyValueLines, parseLines } from '../../common/src/parse.js';
import { type Expectations, parseJsonAssertion, parseStatusRanges } from './assertions.js';

export interface Inputs {
  urls: string[];
  method: string;
  headers: Array<[string, string]>;
  body?: string;
  expect: Expectations;
  timeoutMs: number;
  requestTimeoutMs: number;
  intervalMs: number;
  consecutiveSuccesses: number;
  noCache: boolean;
  followRedirects: boolean;
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Reads a raw input; `read` is injectable so the parse is testable without the runner. */
export type ReadInput = (name: string) => string;

const fromRunner: ReadInput = (name) => core.getInput(name);

/** The text with any `user:password@` after the scheme replaced, so an error message never shows a password. */
const withoutUserinfo = (text: string): string => text.replace(/^([a-z][a-z\d+.-]*:\/\/)[^/?#]*@/i, '$1***@');

function parseUrls(raw: string): string[] {
  const urls = parseLines(raw).flatMap((line) => line.split(/\s+/));
  if (urls.length === 0) throw new ConfigurationError('urls', 'expected at least one http(s) URL');
  for (const text of urls) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new ConfigurationError('urls', `${quoted(withoutUserinfo(text))} is not a URL (expected http:// or https://)`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new ConfigurationError('urls', `${quoted(withoutUserinfo(text))} uses ${url.protocol} (expected http:// or https://)`);
    }
    // The URL is printed on every attempt and lands in the report and summary; a password in it would too.
    if (url.username || url.password) {
      throw new ConfigurationError('urls', `${quoted(withoutUserinfo(text))} carries credentials (user:password@): ` +
        "send them in a header instead (headers: 'Authorization: Basic <base64 of user:password>'), which is masked");
    }
  }
  return urls;
}

// RFC 9110 field values are visible characters, spaces and tabs: a line break would split the request's headers.
// eslint-disable-next-line no-control-regex -- control characters are what is refused
const HEADER_VALUE_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/** Literal text lines: unlike parseLines, a leading # is content here, not a comment. */
function nonEmptyLines(raw: string): string[] {
  return raw.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
}

function wrap<T>(input: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new ConfigurationError(input, (error as Error).message, { cause: error });
  }
}

export function getInputs(read: ReadInput = fromRunner): Inputs {
  const urls = parseUrls(read('urls'));
  const method = (read('method').trim() || 'GET').toUpperCase();
  if (!METHODS.includes(method)) throw new ConfigurationError('method', `expected one of ${METHODS.join(', ')}, got '${method}'`);
  const headers = parseKeyValueLines('headers', read('headers'), ':', "'Name: value'");
  for (const [name, value] of headers) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new ConfigurationError('headers', `${quoted(name)} is not a valid header name`);
    // The value is not quoted: header values are masked as secrets, and this message is printed before the mask.
    if (HEADER_VALUE_CONTROL.test(value)) throw new ConfigurationError('headers', `the value of ${name} has a control character (a carriage return, line feed or the like); a header value is one line of text`);
  }
  const body = read('body');
  if (body !== '' && (method === 'GET' || method === 'HEAD')) {
    throw new ConfigurationError('body', `a ${method} request cannot carry a body; set method to POST, PUT or PATCH`);
  }
  const statuses = wrap('expected-status', () => parseStatusRanges(read('expected-status').trim() || '200-399'));
  const jsonAssertions = wrap('json-assert', () => parseLines(read('json-assert')).map(parseJsonAssertion));
  const maxLatencyRaw = read('max-latency-ms');
  const maxLatencyMs = maxLatencyRaw.trim() === '' ? undefined : parseIntegerInput('max-latency-ms', maxLatencyRaw, 0, 1);
  const timeoutMs = parseDurationInput('timeout', read('timeout'), '5m');
  const requestTimeoutMs = parseDurationInput('request-timeout', read('request-timeout'), '10s');
  const intervalMs = parseDurationInput('interval', read('interval'), '2s');
  return {
    urls,
    method,
    headers,
    body: body === '' ? undefined : body,
    expect: { statuses, bodyContains: nonEmptyLines(read('body-contains')), jsonAssertions, maxLatencyMs },
    timeoutMs,
    requestTimeoutMs,
    intervalMs,
    consecutiveSuccesses: parseIntegerInput('consecutive-successes', read('consecutive-successes'), 1, 1, 100),
    noCache: parseBooleanInput('no-cache', read('no-cache'), false),
    followRedirects: parseBooleanInput('follow-redirects', read('follow-redirects'), true),
  };
}

/**
 * Header values to mask: each whole value, and the credential alone in `<scheme> <credential>` values
 * (`Bearer abc…`), since the runner masks exact strings and the token may be printed without its scheme.
 */
export function headerSecrets(headers: Array<[string, string]>): string[] {
  const secrets = new Set<string>();
  for (const [, value] of headers) {
    if (value === '') continue;
    secrets.add(value);
    const scheme = /^[A-Za-z][\w-]*\s+(\S.*)$/.exec(value);
    if (scheme?.[1]) secrets.add(scheme[1]);
  }
  return [...secrets];
}
