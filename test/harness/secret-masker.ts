// The runner replaces every occurrence of every registered secret with `***`; overlapping or
// touching occurrences collapse into a single `***` (as its SecretMasker merges match ranges).
// Only the literal value is masked here: the runner additionally masks some encodings of each
// secret (base64, JSON-escaped, URL-escaped), which this harness does not reproduce.

export const MASK = '***';

export function maskSecrets(text: string, secrets: readonly string[]): string {
  const ranges: Array<[number, number]> = [];
  for (const secret of secrets) {
    if (secret === '') continue;
    for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
      ranges.push([at, at + secret.length]);
    }
  }
  if (ranges.length === 0) return text;

  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }

  let result = '';
  let cursor = 0;
  for (const [start, end] of merged) {
    result += text.slice(cursor, start) + MASK;
    cursor = end;
  }
  return result + text.slice(cursor);
}
