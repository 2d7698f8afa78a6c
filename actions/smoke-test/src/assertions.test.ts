import { describe, expect, it } from '@jest/globals';
import { evaluateResponse, type Expectations, parseJsonAssertion, parseStatusRanges } from './assertions.js';

const base: Expectations = { statuses: [{ min: 200, max: 399 }], bodyContains: [], jsonAssertions: [] };

describe('parseStatusRanges', () => {
  it.each([
    ['200', [{ min: 200, max: 200 }]],
    ['200,204,300-399', [{ min: 200, max: 200 }, { min: 204, max: 204 }, { min: 300, max: 399 }]],
    [' 2xx , 404 ', [{ min: 200, max: 299 }, { min: 404, max: 404 }]],
  ])('%s', (text, ranges) => expect(parseStatusRanges(text)).toEqual(ranges));

  it.each(['99x', '2000', '600', '399-300', 'ok', ',', '20'])('rejects %p', (text) => expect(() => parseStatusRanges(text)).toThrow());
});

describe('parseJsonAssertion', () => {
  it.each([
    ['$.build.version == abc123', '$.build.version', '==', 'abc123'],
    ['$.count != 3', '$.count', '!=', 3],
    ['$.ok==true', '$.ok', '==', true],
    ['$.name == "v 1.2"', '$.name', '==', 'v 1.2'],
    ["$.items[?(@.id == 2)].state == ready", '$.items[?(@.id == 2)].state', '==', 'ready'],
    ["$['a-b'] == null", "$['a-b']", '==', null],
  ])('%s', (line, path, operator, expected) => {
    expect(parseJsonAssertion(line)).toEqual({ source: line, path, operator, expected });
  });

  it.each([
    ['$.version', 'is not of the form'],
    ['$.version =', 'is not of the form'],
    ['$.version ==', 'has no value'],
    ['version == 1', 'must start with $'],
    ['$.a[0 == 1', 'is not of the form'],
    ['$.a. == 1', 'not a well-formed JSON path'],
  ])('rejects %p', (line, reason) => expect(() => parseJsonAssertion(line)).toThrow(reason));
});

describe('evaluateResponse', () => {
  const json = JSON.stringify({ build: { version: 'new-sha', number: 42 }, items: [1, 2] });

  it('passes a response that meets every expectation', () => {
    const expect_: Expectations = {
      ...base,
      bodyContains: ['new-sha'],
      jsonAssertions: [parseJsonAssertion('$.build.version == new-sha'), parseJsonAssertion('$.build.number == 42'), parseJsonAssertion('$.build.number != "41"')],
      maxLatencyMs: 100,
    };
    expect(evaluateResponse({ status: 200, body: json, latencyMs: 99 }, expect_)).toEqual([]);
  });

  it('names each failed expectation', () => {
    const expect_: Expectations = {
      statuses: [{ min: 200, max: 200 }],
      bodyContains: ['healthy'],
      jsonAssertions: [parseJsonAssertion('$.build.version == abc'), parseJsonAssertion('$.missing == 1'), parseJsonAssertion('$.items[*] == 1')],
      maxLatencyMs: 50,
    };
    expect(evaluateResponse({ status: 503, body: json, latencyMs: 80.4 }, expect_)).toEqual([
      'status 503 is not in 200',
      "body does not contain 'healthy'",
      'json-assert failed: $.build.version == abc (got "new-sha")',
      'json-assert failed: $.missing == 1 (no value at $.missing)',
      'json-assert failed: $.items[*] == 1 ($.items[*] selected 2 values; it must select one)',
      'latency 80 ms exceeds max-latency-ms 50',
    ]);
  });

  it('reports a body that is not JSON when JSON assertions are set', () => {
    const problems = evaluateResponse({ status: 200, body: '<html>', latencyMs: 1 }, { ...base, jsonAssertions: [parseJsonAssertion('$.a == 1')] });
    expect(problems).toEqual(['body is not valid JSON, so json-assert cannot be checked']);
  });

  it('compares objects structurally', () => {
    const assertion = parseJsonAssertion('$.build == {"version":"new-sha","number":42}');
    expect(evaluateResponse({ status: 200, body: json, latencyMs: 1 }, { ...base, jsonAssertions: [assertion] })).toEqual([]);
  });
});
