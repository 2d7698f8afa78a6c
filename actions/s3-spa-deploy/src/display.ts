import { quotedInFull } from '../../common/src/names.js';

/**
 * A file name or object key as errors, warnings and the job summary show it. Names come from the build and from the
 * bucket, and Linux file names and S3 keys may hold `\n`, `\r` or other control characters: shown raw, a name could
 * split an annotation or a summary table row, or read as a line of our own. So it is shown as `quotedInFull` shows a
 * value: in full (an error must name exactly what is live), as a JSON string when it holds anything special.
 */
export const showKey = quotedInFull;

/** Outside text (S3's message for a failed request) on one line: its line breaks shown as `\r` and `\n`. */
export function oneLine(text: string): string {
  return text.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

/** At most `max` names, then how many more there are. */
export function showKeys(keys: readonly string[], max = 10): string {
  const shown = keys.slice(0, max).map(showKey).join(', ');
  return keys.length > max ? `${shown} and ${keys.length - max} more` : shown;
}

/** A name in a line that names many (the plan): as it is when it has nothing special, else as `showKey` shows it. */
export function displayName(key: string): string {
  const shown = showKey(key);
  return shown === `'${key}'` ? key : shown;
}

// Markdown that a name could use to become a link, an image, emphasis or HTML (markdownTable escapes `|` itself).
const MARKDOWN = /[\\`*_[\]<>&~]/g;

/** A name in the job summary's Markdown: on one line, and read as text, not as Markdown or HTML. */
export function summaryName(key: string): string {
  return displayName(key).replace(MARKDOWN, (c) => `\\${c}`);
}
