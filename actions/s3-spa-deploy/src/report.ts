import { formatDuration } from '../../common/src/durations.js';
import { markdownTable } from '../../common/src/summary.js';
import { displayName, summaryName } from './display.js';
import type { Plan, PlannedUpload } from './plan.js';

/** What a run did (or, dry, would do): run.ts fills it in, this module prints it. */
export interface DeployReport {
  dryRun: boolean;
  uploaded: PlannedUpload[];
  unchanged: number;
  deleted: string[];
  kept: number;
  bytesUploaded: number;
  invalidationId: string;
  invalidatedPaths: string[];
  durationMs: number;
  plan: Plan;
  /** Already printed as warnings; repeated in the summary. */
  warnings: string[];
}

export const CHANGED_FILES_SHOWN = 20;

export function outputsOf(report: DeployReport): Record<string, string> {
  return {
    uploaded: String(report.uploaded.length),
    unchanged: String(report.unchanged),
    deleted: String(report.deleted.length),
    'bytes-uploaded': String(report.bytesUploaded),
    'invalidation-id': report.invalidationId,
    'invalidated-paths': report.invalidatedPaths.join('\n'),
  };
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

/** The plan in the log, one line a file, as `dry-run` promises and every run shows. */
export function planLines(report: DeployReport): string[] {
  // Names come from the build and the bucket: one with a line break is shown escaped, so each file stays one line.
  const lines = report.plan.phases.flatMap((phase) => phase.map((u) => `upload (${u.kind}, ${u.reason}) ${displayName(u.file.key)} [${u.headers.contentType}; ${u.headers.cacheControl}${u.headers.contentEncoding ? `; ${u.headers.contentEncoding}` : ''}]`));
  lines.push(...report.plan.deletes.map((key) => `delete ${displayName(key)}`));
  lines.push(...report.plan.kept.map((key) => `keep (previous deploy's asset) ${displayName(key)}`));
  return lines;
}

export function summaryMarkdown(report: DeployReport, bucket: string, prefix: string): string {
  const title = report.dryRun ? '### s3-spa-deploy: dry run (nothing changed)' : '### ✅ s3-spa-deploy';
  const rows = [
    ['Target', `s3://${bucket}/${prefix}`],
    ['Uploaded', `${report.uploaded.length} (${mib(report.bytesUploaded)})`],
    ['Unchanged', String(report.unchanged)],
    ['Deleted', String(report.deleted.length)],
    ['Kept for clients on the previous page', String(report.kept)],
    ['Invalidation', report.invalidationId || (report.invalidatedPaths.length ? '(planned)' : 'none')],
    ['Invalidated paths', report.invalidatedPaths.join('\n') || '—'],
    ['Duration', formatDuration(report.durationMs)],
  ];
  let text = `${title}\n\n${markdownTable(['', ''], rows)}\n`;
  if (report.uploaded.length > 0) {
    const shown = report.uploaded.slice(0, CHANGED_FILES_SHOWN).map((u) => [summaryName(u.file.key), u.reason, String(u.file.size), u.headers.cacheControl]);
    text += `\n#### Changed files${report.uploaded.length > CHANGED_FILES_SHOWN ? ` (first ${CHANGED_FILES_SHOWN} of ${report.uploaded.length})` : ''}\n\n${markdownTable(['File', 'Why', 'Bytes', 'Cache-Control'], shown)}\n`;
  }
  // A warning may quote S3's own message: a line break in it would end the quote and start a Markdown block.
  if (report.warnings.length) text += `\n${report.warnings.map((w) => `> ⚠️ ${w.replace(/\r\n|\r|\n/g, ' ')}`).join('\n')}\n`;
  return text;
}
