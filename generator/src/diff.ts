/** A unified line diff (LCS), enough to show what differs between a committed workflow and a regenerated one. */

type Edit = { kind: ' ' | '-' | '+'; line: string };

function edits(a: string[], b: string[]): Edit[] {
  const n = a.length;
  const m = b.length;
  // Lines compared as numbers: comparing the strings costs a scan of each common prefix (indentation, mostly) per
  // cell, which made an 800-line diff take half a second.
  const ids = new Map<string, number>();
  const id = (line: string) => ids.get(line) ?? ids.set(line, ids.size).size - 1;
  const x = Uint32Array.from(a, id);
  const y = Uint32Array.from(b, id);
  // lcs[i][j] = LCS length of a[i..] and b[j..]; workflows are a few hundred lines, so the table stays small.
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  // The larger of two cells by a comparison, not Math.max: run inside a vm context (jest's test environment),
  // Math.max kept this loop out of V8's optimised code and an 850-line diff took 150 ms instead of 5.
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i]!;
    const below = lcs[i + 1]!;
    const line = x[i];
    for (let j = m - 1; j >= 0; j--) {
      const skipA = below[j]!;
      const skipB = row[j + 1]!;
      row[j] = line === y[j] ? below[j + 1]! + 1 : skipA >= skipB ? skipA : skipB;
    }
  }
  const out: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) { out.push({ kind: ' ', line: a[i]! }); i++; j++; }
    else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) { out.push({ kind: '-', line: a[i]! }); i++; }
    else { out.push({ kind: '+', line: b[j]! }); j++; }
  }
  return out;
}

export function unifiedDiff(before: string, after: string, labels: { before: string; after: string }, context = 3): string {
  const list = edits(before.split('\n'), after.split('\n'));
  const changed = list.map((e, index) => (e.kind === ' ' ? -1 : index)).filter((index) => index >= 0);
  if (changed.length === 0) return '';
  const lines = [`--- ${labels.before}`, `+++ ${labels.after}`];
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - context);
    let end = changed[k]!;
    while (k < changed.length && changed[k]! <= end + 2 * context) { end = changed[k]!; k++; }
    end = Math.min(list.length - 1, end + context);
    const oldStart = list.slice(0, start).filter((e) => e.kind !== '+').length + 1;
    const newStart = list.slice(0, start).filter((e) => e.kind !== '-').length + 1;
    const hunk = list.slice(start, end + 1);
    lines.push(`@@ -${oldStart},${hunk.filter((e) => e.kind !== '+').length} +${newStart},${hunk.filter((e) => e.kind !== '-').length} @@`);
    for (const e of hunk) lines.push(`${e.kind}${e.line}`);
  }
  return lines.join('\n');
}
