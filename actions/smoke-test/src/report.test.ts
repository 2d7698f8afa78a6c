import { describe, expect, it } from '@jest/globals';
import { MaskedValues } from '../../common/src/secrets.js';
import { headerSecrets } from './inputs.js';
import { failureMessage, redactReport, reportJson, summaryMarkdown } from './report.js';
import type { SmokeReport } from './run.js';

const TOKEN = 'tok-"quoted"|piped-9f2e';

function failed(lastError: string, bodyExcerpt: string): SmokeReport {
  return {
    passed: false,
    elapsedMs: 1000,
    results: [{ url: `https://a.example/health?key=${TOKEN}`, passed: false, status: 200, latencyMs: 5, attempts: 2, elapsedMs: 1000, lastError, bodyExcerpt }],
  };
}

function masked(): MaskedValues {
  const values = new MaskedValues();
  for (const secret of headerSecrets([['Authorization', `Bearer ${TOKEN}`]])) values.add(secret);
  return values;
}

describe('redactReport', () => {
  it('takes masked values out of the URL, the last error and the body excerpt before anything formats them', () => {
    // A secret JSON or Markdown would escape (quotes, a pipe) is caught too, since it is redacted before either.
    const report = redactReport(failed(`json-assert failed: $.seen == x (got "Bearer ${TOKEN}")`, `{"seen":"Bearer ${TOKEN}"}`), masked());
    expect(report.results[0]).toMatchObject({ url: 'https://a.example/health?key=***', lastError: 'json-assert failed: $.seen == x (got "***")', bodyExcerpt: '{"seen":"***"}' });
    for (const text of [reportJson(report), summaryMarkdown(report), failureMessage(report)]) {
      expect(text).not.toContain('tok-');
      expect(text).not.toContain('piped');
    }
  });

  it('leaves no part of a secret that the summary would have cut at 200 characters', () => {
    const lastError = `${'x'.repeat(190)}${TOKEN}`;
    expect(summaryMarkdown(failed(lastError, ''))).toContain('tok-');
    expect(summaryMarkdown(redactReport(failed(lastError, ''), masked()))).not.toContain('tok-');
  });

  it('changes nothing without masked values', () => {
    const report = failed('status 500 is not in 200-399', 'down');
    expect(redactReport(report, new MaskedValues())).toEqual(report);
  });
});
