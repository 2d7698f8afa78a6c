/**
 * A file name or object key as errors, warnings and the job summary show it. Names come from the build and from the
 * bucket, and Linux file names and S3 keys may hold `\n`, `\r` or other control characters: shown raw, a name could
 * split an annotation or a summary table row, or read as a line of our own. So a name with any of them is shown as a
 * JSON string (`"a\nb"`), every other name in single quotes, in full (an error must name exactly what is live).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a message raw
const SPECIAL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029'"\\]/;
// JSON.stringify leaves these as they are; they are line or paragraph breaks in some readers.
const NOT_ESCAPED_BY_JSON = /[\u007f-\u009f\u2028\u2029]/g;

export function showKey(key: string): string {
  if (!SPECIAL.test(key)) return `'${key}'`;
  return JSON.stringify(key).replace(NOT_ESCAPED_BY_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

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
  return SPECIAL.test(key) ? showKey(key) : key;
}

// Markdown that a name could use to become a link, an image, emphasis or HTML (markdownTable escapes `|` itself).
const MARKDOWN = /[\\`*_[\]<>&~]/g;

/** A name in the job summary's Markdown: on one line, and read as text, not as Markdown or HTML. */
export function summaryName(key: string): string {
  return displayName(key).replace(MARKDOWN, (c) => `\\${c}`);
}
