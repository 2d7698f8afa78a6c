import { oneLine, showKey, showKeys } from './display.js';
import { PHASE_NAMES, type Plan, type PlannedUpload } from './plan.js';

/**
 * What a deploy that stopped part-way (an upload failed, or the run was cancelled) left live, in words: the error must
 * say exactly which of the site's files are new and which are not, since a half-replaced site is the one state a
 * user cannot see from the outside. Pure.
 */

/**
 * The upload could not be aborted: its parts stay billed until a lifecycle rule or someone aborts it. Here rather than
 * in multipart.ts, which throws it, so that run.ts tells it apart without loading the S3 client.
 */
export class MultipartLeftOpenError extends Error {
  override readonly name = 'MultipartUploadLeftOpen';
}

export interface UploadProgress {
  /** The phase that stopped, 0-based. */
  phase: number;
  /** Keys whose upload finished: their new content is in the bucket. */
  done: ReadonlySet<string>;
  failed: ReadonlyArray<{ key: string; message: string }>;
  /**
   * Uploads cut off by a cancel, and whether a HeadObject afterwards found the new content (`undefined`: it could not
   * tell, or was not asked because the file is a content-addressed asset).
   */
  interrupted: ReadonlyArray<{ key: string; landed?: boolean; note?: string }>;
  cancelled: boolean;
}

export interface StopReport {
  /** The step's error: counts and the first names of each list. */
  message: string;
  /** One line per file of every list, for the log. */
  details: string[];
}

const SHOWN = 20;
const NOT_FINISHED = 'The manifest was not written and nothing was deleted or invalidated; running the deploy again finishes it (what is already uploaded is skipped).';

export const CANCELLED_BEFORE_CHANGES = 'Cancelled before anything was uploaded: the bucket and the live site are as they were.';

type State = 'live' | 'previous' | 'absent' | 'unknown';

function stateOf(upload: PlannedUpload, progress: UploadProgress): State {
  const key = upload.file.key;
  const cut = progress.interrupted.find((i) => i.key === key);
  if (progress.done.has(key) || cut?.landed === true) return 'live';
  if (cut && cut.landed === undefined) return 'unknown';
  return upload.reason === 'new' ? 'absent' : 'previous';
}

const LABELS: Record<State, string> = {
  live: 'new and live',
  previous: 'still the previous version',
  absent: 'not in the bucket yet (new in this deploy)',
  unknown: 'either version (cut off by the cancel; a HeadObject could not tell which)',
};

export function describeStop(plan: Plan, progress: UploadProgress): StopReport {
  const phase = `phase ${progress.phase + 1} of ${PHASE_NAMES.length} (${PHASE_NAMES[progress.phase]})`;
  const lines = progress.cancelled
    ? [`Cancelled in ${phase}: the uploads in flight were aborted and no new one was started.`]
    : [`${progress.failed.length} upload(s) failed in ${phase}, so the deploy stopped:`];
  lines.push(...progress.failed.slice(0, SHOWN).map((f) => `  ${showKey(f.key)}: ${oneLine(f.message)}`));
  if (progress.failed.length > SHOWN) lines.push(`  … and ${progress.failed.length - SHOWN} more (listed in the log)`);
  lines.push(...progress.interrupted.filter((i) => i.note).map((i) => `  ${showKey(i.key)}: ${oneLine(i.note ?? '')}`));

  const assets = plan.phases[0];
  const assetsIn = assets.filter((u) => stateOf(u, progress) === 'live').length;
  const final = [...plan.phases[1], ...plan.phases[2]];
  const byState = new Map<State, string[]>();
  for (const upload of final) {
    const state = stateOf(upload, progress);
    byState.set(state, [...(byState.get(state) ?? []), upload.file.key]);
  }
  const details = [...progress.failed.map((f) => `failed: ${showKey(f.key)}: ${oneLine(f.message)}`)];
  if (!byState.has('live') && !byState.has('unknown')) {
    lines.push('The live site is unchanged: no page, no fixed-name file (sw.js, config.js, robots.txt, …) and not index.html was replaced.');
    if (assets.length > 0) lines.push(`${assetsIn} of ${assets.length} new content-addressed asset(s) are in the bucket beside the old ones; no live page refers to them yet.`);
  } else {
    const assetsText = assetsIn === assets.length ? `all ${assets.length}` : `${assetsIn} of ${assets.length}`;
    lines.push(`The live site is mixed: ${assetsText} new content-addressed asset(s) are in the bucket, and of the ${final.length} fixed-name files and pages (index.html last):`);
    for (const state of ['live', 'previous', 'absent', 'unknown'] as const) {
      const keys = byState.get(state) ?? [];
      if (keys.length === 0) continue;
      lines.push(`  ${LABELS[state]}: ${keys.length} — ${showKeys(keys, SHOWN)}`);
      details.push(...keys.map((key) => `${LABELS[state]}: ${showKey(key)}`));
    }
  }
  lines.push(NOT_FINISHED);
  return { message: lines.join('\n'), details };
}

/** A cancel after every upload finished: the new site is live, and only the bookkeeping steps are left. */
export function describeCancelAfterUploads(cut: string | undefined, notDone: string[]): string {
  const parts = [`Cancelled after every upload finished: the new site is live.`];
  if (cut) parts.push(`Cut off while ${cut} (it may or may not have taken effect).`);
  if (notDone.length > 0) parts.push(`Not done: ${notDone.join('; ')}.`);
  return parts.join(' ');
}
