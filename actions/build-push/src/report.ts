import { formatDuration } from '../../common/src/durations.js';
import { markdownTable } from '../../common/src/summary.js';
import type { BuildReport } from './run.js';

export function outputsOf(report: BuildReport): Record<string, string> {
  return {
    image: report.digest ? `${report.repositoryUri}@${report.digest}` : '',
    digest: report.digest,
    tags: report.references.join('\n'),
    registry: report.registry,
    built: String(report.built),
  };
}

function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return '—';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

export function summaryMarkdown(report: BuildReport): string {
  const outcome = report.built ? (report.pushed ? 'built and pushed' : 'built (not pushed)') : 'build skipped: the commit is already in ECR';
  const rows: string[][] = [
    ['Image', report.digest ? `\`${report.repositoryUri}@${report.digest}\`` : '—'],
    ['Tags', report.references.map((r) => `\`${r}\``).join('\n')],
    ['Digest', report.digest ? `\`${report.digest}\`` : '—'],
    ['Size (compressed, in ECR)', formatBytes(report.sizeBytes)],
    ['Result', outcome],
    ['Duration', formatDuration(report.durationMs) +
      (report.buildMs !== undefined ? ` (build ${formatDuration(report.buildMs)}${report.pushMs !== undefined ? `, push ${formatDuration(report.pushMs)}` : ''})` : '')],
  ];
  if (report.addedTags.length) rows.push(['Tags added to the existing image', report.addedTags.join(', ')]);
  if (report.pushAttempts > report.references.length) rows.push(['Push attempts', `${report.pushAttempts} for ${report.references.length} tag(s) (transient registry failures retried)`]);
  return `### ✅ build-push: ${outcome}\n\n${markdownTable(['', ''], rows)}\n`;
}
