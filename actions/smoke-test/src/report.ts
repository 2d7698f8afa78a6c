import { formatDuration } from '../../common/src/durations.js';
import type { MaskedValues } from '../../common/src/secrets.js';
import { markdownTable, truncate } from '../../common/src/summary.js';
import type { SmokeReport, UrlResult } from './run.js';

/**
 * The report with every masked value (the header secrets) taken out of the text that can carry one: a server that
 * echoes a token puts it in a json-assert failure or the body excerpt. The runner masks only the log, so the
 * `report` output and the summary are made from this; redacting before they truncate or escape text means no
 * partial or escaped form of a secret is left to slip past.
 */
export function redactReport(report: SmokeReport, masked: MaskedValues): SmokeReport {
  const redact = (text: string | null) => (text === null ? null : masked.redact(text));
  return {
    ...report,
    results: report.results.map((r) => ({ ...r, url: masked.redact(r.url), lastError: redact(r.lastError), bodyExcerpt: redact(r.bodyExcerpt) })),
  };
}

/** The `report` output: per URL, what a later step or a human needs to see. */
export function reportJson(report: SmokeReport): string {
  return JSON.stringify({
    passed: report.passed,
    elapsedMs: report.elapsedMs,
    results: report.results.map(({ url, passed, status, latencyMs, attempts, elapsedMs, lastError }) => ({
      url, passed, status, latencyMs, attempts, elapsedMs, lastError,
    })),
  });
}

function failureLine(result: UrlResult): string {
  const parts = [
    `${result.url}: failed after ${result.attempts} attempt${result.attempts === 1 ? '' : 's'} in ${formatDuration(result.elapsedMs)}`,
    result.status === null ? 'no HTTP response' : `last status ${result.status}`,
    result.lastError ?? 'the consecutive-successes streak was not reached',
  ];
  if (result.bodyExcerpt) parts.push(`body: ${JSON.stringify(truncate(result.bodyExcerpt, 200))}`);
  return parts.join(' — ');
}

export function failureMessage(report: SmokeReport): string {
  const failed = report.results.filter((r) => !r.passed);
  return [`Smoke test failed for ${failed.length} of ${report.results.length} URL(s):`, ...failed.map(failureLine)].join('\n');
}

export function summaryMarkdown(report: SmokeReport): string {
  const rows = report.results.map((r) => [
    r.url,
    r.passed ? '✅ passed' : '❌ failed',
    r.status === null ? '—' : String(r.status),
    r.latencyMs === null ? '—' : `${r.latencyMs} ms`,
    String(r.attempts),
    formatDuration(r.elapsedMs),
    r.lastError ? truncate(r.lastError, 200) : '',
  ]);
  const title = report.passed ? '### ✅ Smoke test passed' : '### ❌ Smoke test failed';
  return `${title}\n\n${markdownTable(['URL', 'Result', 'Status', 'Latency', 'Attempts', 'Elapsed', 'Last error'], rows)}\n`;
}
