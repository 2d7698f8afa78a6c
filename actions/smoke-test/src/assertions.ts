import { JSONPath } from 'jsonpath-plus';

/**
 * What a response must satisfy, and the pure evaluation of one response against it.
 * Parsing functions throw plain Errors with a user-facing reason; inputs.ts turns them into
 * ConfigurationErrors naming the input.
 */

export interface StatusRange {
  min: number;
  max: number;
}

export interface JsonAssertion {
  /** The line as the user wrote it, for messages. */
  source: string;
  path: string;
  operator: '==' | '!=';
  expected: unknown;
}

export interface Expectations {
  statuses: StatusRange[];
  bodyContains: string[];
  jsonAssertions: JsonAssertion[];
  maxLatencyMs?: number;
}

export interface ObservedResponse {
  status: number;
  body: string;
  latencyMs: number;
}

/** `200,204,300-399,5xx` → ranges. */
export function parseStatusRanges(text: string): StatusRange[] {
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) throw new Error('expected status codes such as 200,204,300-399');
  return parts.map((part) => {
    const single = /^(\d{3})$/.exec(part);
    const range = /^(\d{3})\s*-\s*(\d{3})$/.exec(part);
    const klass = /^([1-5])xx$/i.exec(part);
    let min: number;
    let max: number;
    if (single) min = max = Number(single[1]);
    else if (range) [min, max] = [Number(range[1]), Number(range[2])];
    else if (klass) [min, max] = [Number(klass[1]) * 100, Number(klass[1]) * 100 + 99];
    else throw new Error(`'${part}' is not a status code, a range like 300-399, or a class like 2xx`);
    if (min < 100 || max > 599 || min > max) throw new Error(`'${part}' is not a valid HTTP status or range (100-599)`);
    return { min, max };
  });
}

export function formatStatusRanges(ranges: StatusRange[]): string {
  return ranges.map((r) => (r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`)).join(',');
}

/** Finds the `==`/`!=` that separates path from value: the first one outside brackets, parentheses and quotes. */
function findOperator(line: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < line.length - 1; i++) {
    const c = line[i] as string;
    if (quote) {
      if (c === quote && line[i - 1] !== '\\') quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (depth === 0 && (c === '=' || c === '!') && line[i + 1] === '=') return i;
  }
  return -1;
}

function checkPathSyntax(path: string): void {
  if (!path.startsWith('$')) throw new Error(`'${path}' is not a JSON path (it must start with $)`);
  let depth = 0;
  let quote = '';
  for (const c of path) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    if (depth < 0) break;
  }
  if (depth !== 0 || quote || /[.[]$/.test(path)) throw new Error(`'${path}' is not a well-formed JSON path`);
  try {
    JSONPath({ path, json: {}, wrap: true });
  } catch (error) {
    throw new Error(`'${path}' is not a valid JSON path: ${(error as Error).message}`, { cause: error });
  }
}

/** One `<JSON path> == <value>` (or `!=`) line. The value is JSON when it parses as JSON, else a plain string. */
export function parseJsonAssertion(line: string): JsonAssertion {
  const at = findOperator(line);
  if (at < 0) throw new Error(`'${line}' is not of the form <JSON path> == <value> or <JSON path> != <value>`);
  const path = line.slice(0, at).trim();
  const operator = line.slice(at, at + 2) as '==' | '!=';
  const valueText = line.slice(at + 2).trim();
  if (valueText === '') throw new Error(`'${line}' has no value after ${operator} (write "" for an empty string)`);
  checkPathSyntax(path);
  let expected: unknown = valueText;
  try {
    expected = JSON.parse(valueText);
  } catch {
    // Not JSON: compare as the literal text, so `== ${{ github.sha }}` needs no quotes.
  }
  return { source: line, path, operator, expected };
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function sameValue(actual: unknown, expected: unknown): boolean {
  if (isScalar(actual) && isScalar(expected)) return String(actual) === String(expected);
  return JSON.stringify(actual) === JSON.stringify(expected);
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

export function evaluateJsonAssertion(assertion: JsonAssertion, document: unknown): string | undefined {
  const matches = JSONPath({ path: assertion.path, json: document as object, wrap: true }) as unknown[];
  if (matches.length === 0) return `${assertion.source} (no value at ${assertion.path})`;
  if (matches.length > 1) return `${assertion.source} (${assertion.path} selected ${matches.length} values; it must select one)`;
  const equal = sameValue(matches[0], assertion.expected);
  if (assertion.operator === '==' ? equal : !equal) return undefined;
  return `${assertion.source} (got ${describe(matches[0])})`;
}

/** Every expectation the response fails, as readable reasons; empty when it passes. */
export function evaluateResponse(response: ObservedResponse, expect: Expectations): string[] {
  const problems: string[] = [];
  if (!expect.statuses.some((r) => response.status >= r.min && response.status <= r.max)) {
    problems.push(`status ${response.status} is not in ${formatStatusRanges(expect.statuses)}`);
  }
  for (const text of expect.bodyContains) {
    if (!response.body.includes(text)) problems.push(`body does not contain '${text}'`);
  }
  if (expect.jsonAssertions.length > 0) {
    let document: unknown;
    try {
      document = JSON.parse(response.body);
    } catch {
      problems.push('body is not valid JSON, so json-assert cannot be checked');
    }
    if (document !== undefined) {
      for (const assertion of expect.jsonAssertions) {
        const failed = evaluateJsonAssertion(assertion, document);
        if (failed) problems.push(`json-assert failed: ${failed}`);
      }
    }
  }
  if (expect.maxLatencyMs !== undefined && response.latencyMs > expect.maxLatencyMs) {
    problems.push(`latency ${Math.round(response.latencyMs)} ms exceeds max-latency-ms ${expect.maxLatencyMs}`);
  }
  return problems;
}
