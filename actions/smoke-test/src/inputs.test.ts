import { describe, expect, it } from '@jest/globals';
import { getInputs, headerSecrets } from './inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('getInputs', () => {
  it('applies the documented defaults', () => {
    const inputs = getInputs(reader({ urls: 'https://a.example/health' }));
    expect(inputs).toMatchObject({
      urls: ['https://a.example/health'],
      method: 'GET',
      headers: [],
      body: undefined,
      timeoutMs: 300_000,
      requestTimeoutMs: 10_000,
      intervalMs: 2000,
      consecutiveSuccesses: 1,
      noCache: false,
      followRedirects: true,
    });
    expect(inputs.expect.statuses).toEqual([{ min: 200, max: 399 }]);
  });

  it('reads several URLs, headers and assertions', () => {
    const inputs = getInputs(reader({
      urls: 'https://a.example/health\n\nhttp://b.example/v',
      method: 'post',
      headers: 'Authorization: Bearer s3cret-token\nX-Trace: 1',
      body: '{}',
      'json-assert': '$.v == 1\n$.ok != false',
      'body-contains': '#ready\nok',
      'max-latency-ms': '250',
      'consecutive-successes': '3',
    }));
    expect(inputs.urls).toEqual(['https://a.example/health', 'http://b.example/v']);
    expect(inputs.method).toBe('POST');
    expect(inputs.headers).toEqual([['Authorization', 'Bearer s3cret-token'], ['X-Trace', '1']]);
    expect(inputs.expect.jsonAssertions).toHaveLength(2);
    expect(inputs.expect.bodyContains).toEqual(['#ready', 'ok']);
    expect(inputs.expect.maxLatencyMs).toBe(250);
    expect(inputs.consecutiveSuccesses).toBe(3);
  });

  it.each([
    [{}, "Input 'urls': expected at least one http(s) URL"],
    [{ urls: 'ftp://a.example/' }, "Input 'urls': 'ftp://a.example/' uses ftp:"],
    [{ urls: 'not a url' }, "Input 'urls': 'not' is not a URL"],
    [{ urls: 'https://a', 'expected-status': '99x' }, "Input 'expected-status': '99x'"],
    [{ urls: 'https://a', timeout: 'soon' }, "Input 'timeout': expected a duration"],
    [{ urls: 'https://a', 'request-timeout': '0' }, "Input 'request-timeout'"],
    [{ urls: 'https://a', 'json-assert': '$.v = 1' }, "Input 'json-assert': '$.v = 1' is not of the form"],
    [{ urls: 'https://a', method: 'FETCH' }, "Input 'method': expected one of"],
    [{ urls: 'https://a', headers: 'no colon here' }, "Input 'headers': line 1 is not of the form"],
    [{ urls: 'https://a', headers: 'Bad Name: x' }, "Input 'headers': 'Bad Name' is not a valid header name"],
    [{ urls: 'https://a', body: 'x' }, "Input 'body': a GET request cannot carry a body"],
    [{ urls: 'https://a', 'max-latency-ms': 'fast' }, "Input 'max-latency-ms'"],
    [{ urls: 'https://a', 'consecutive-successes': '0' }, "Input 'consecutive-successes'"],
    [{ urls: 'https://a', 'no-cache': 'sometimes' }, "Input 'no-cache'"],
    [{ urls: 'https://deploy:hunter2@a.example/health' }, "Input 'urls': 'https://***@a.example/health' carries credentials (user:password@): send them in a header"],
    [{ urls: 'https://token@a.example/' }, "Input 'urls': 'https://***@a.example/' carries credentials"],
    [{ urls: 'https://a', headers: 'X-Token: abc\r::error::forged' }, "Input 'headers': the value of X-Token has a control character"],
    [{ urls: 'https://a', timeout: '597h' }, "Input 'timeout': expected a duration of at most 596h"],
    [{ urls: 'https://a', 'request-timeout': '600h' }, "Input 'request-timeout': expected a duration of at most 596h"],
    [{ urls: 'https://a', interval: '1000h' }, "Input 'interval': expected a duration of at most 596h"],
  ])('rejects %p', (values, message) => {
    expect(() => getInputs(reader(values as Record<string, string>))).toThrow(message);
  });

  it('never shows the password of a URL with credentials, even one that does not parse', () => {
    for (const urls of ['https://deploy:hunter2@a.example/', 'https://deploy:hunter2@a.example:99999/', 'ftp://deploy:hunter2@a.example/']) {
      expect(() => getInputs(reader({ urls }))).toThrow(/^Input 'urls': /);
      expect(() => getInputs(reader({ urls }))).not.toThrow(/hunter2|deploy/);
    }
  });

  it('never shows a header value with a control character: it is a secret', () => {
    expect(() => getInputs(reader({ urls: 'https://a', headers: 'Authorization: Bearer s3cret\u0000' }))).not.toThrow(/s3cret/);
  });
});

describe('headerSecrets', () => {
  it('masks whole values and the credential after an auth scheme', () => {
    expect(headerSecrets([['Authorization', 'Bearer abc.def'], ['X-Api-Key', 'k1'], ['X-Empty', '']])).toEqual(['Bearer abc.def', 'abc.def', 'k1']);
  });
});
