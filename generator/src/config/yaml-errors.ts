/**
 * YAML syntax errors at the line where the problem starts, one message per mistake. The parser reports an unclosed
 * quote or bracket where it gave up (the end of the file), a tab as seven errors cascading from it, and a duplicate
 * key without its name; this finds the opening quote, keeps the tab, and names the key and its first occurrence.
 */
import { CST, isMap, isPair, isScalar, isSeq, Parser, type Document, type LineCounter, type Node, type YAMLError } from 'yaml';

export interface YamlProblem { line: number; column: number; key: string; message: string }

export function yamlProblems(text: string, doc: Document, lines: LineCounter): YamlProblem[] {
  const at = (offset: number, message: string, key = ''): YamlProblem => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col, key, message: `YAML: ${message}` };
  };
  const errors = doc.errors;
  if (errors.some((e) => e.code === 'TAB_AS_INDENT')) return tabLines(text).map((offset) => at(offset, TAB));
  const problems: YamlProblem[] = [];
  const unclosed = errors.find((e) => e.code === 'MISSING_CHAR' || (e.code === 'BAD_INDENT' && /must be sufficiently indented and end with/.test(e.message)));
  const opening = unclosed ? firstUnclosed(text) : undefined;
  if (opening) problems.push(at(opening.offset, opening.message));
  for (const error of errors.filter((e) => e.code === 'DUPLICATE_KEY')) {
    const duplicate = findDuplicate(doc, error.pos[0], lines);
    problems.push(duplicate ? at(error.pos[0], duplicate.message, duplicate.key) : at(error.pos[0], plain(error, text)));
  }
  // Anything else: the first error only, since later ones follow from it (as everything after an unclosed quote does).
  const rest = errors.find((e) => e.code !== 'DUPLICATE_KEY');
  if (rest && !opening) problems.push(at(rest.pos[0], plain(rest, text)));
  return problems;
}

const TAB = 'a tab indents this line, and YAML indents with spaces only: replace the tab with spaces so the key lines up with the keys around it';

/** Offsets of the tabs in lines' indentation. */
function tabLines(text: string): number[] {
  const offsets: number[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (indent.includes('\t') && line.trim() !== '') offsets.push(start + indent.indexOf('\t'));
    start += line.length + 1;
  }
  return offsets;
}

/** The first quoted scalar or flow collection ([ or {) that is never closed, from the concrete syntax tree. */
function firstUnclosed(text: string): { offset: number; message: string } | undefined {
  const found: Array<{ offset: number; message: string }> = [];
  const scalar = (token: CST.Token | undefined) => {
    if (!token) return;
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      const quote = token.source[0]!;
      const body = token.source.slice(1);
      // Closed when the body ends with a quote that is not escaped ("\"" in double quotes, '' in single quotes).
      const closed = quote === '"' ? /(^|[^\\])(\\\\)*"$/.test(body) : (/'+$/.exec(body)?.[0].length ?? 0) % 2 === 1;
      if (!closed) found.push({ offset: token.offset, message: `the ${quote === '"' ? 'double' : 'single'} quote opened here is never closed: add the closing ${quote} at the end of the value` });
    }
    if (token.type === 'flow-collection') {
      const close = token.start.source === '[' ? ']' : '}';
      if (!token.end.some((end) => end.source === close)) found.push({ offset: token.offset, message: `the ${token.start.source} opened here is never closed: add the closing ${close}` });
    }
  };
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    scalar(token.value);
    CST.visit(token, (item) => {
      scalar(item.key ?? undefined);
      scalar(item.value);
    });
  }
  return found.sort((a, b) => a.offset - b.offset)[0];
}

/** The key at `offset` that repeats an earlier key of the same mapping: its name, where it is, and the first one's line. */
function findDuplicate(doc: Document, offset: number, lines: LineCounter): { key: string; message: string } | undefined {
  const walk = (node: unknown, path: Array<string | number>): { key: string; message: string } | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        if (pair.key.range?.[0] === offset) {
          const first = node.items.find((other) => isScalar(other.key) && String(other.key.value) === name);
          const firstLine = isScalar(first?.key) && first.key.range ? lines.linePos(first.key.range[0]).line : undefined;
          const where = path.length ? `in ${path.join('.')}` : 'at the top level';
          return { key: [...path, name].join('.'), message: `"${name}" appears twice ${where}${firstLine ? ` (first at line ${firstLine})` : ''}; keep one of them` };
        }
        const inner = walk(pair.value, [...path, name]);
        if (inner) return inner;
      }
    }
    if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) {
        const inner = walk(item as Node, [...path, index]);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  return walk(doc.contents, []);
}

/** The parser's message in plain words for the common cases, else its first line. */
function plain(error: YAMLError, text: string): string {
  const lineText = text.slice(text.lastIndexOf('\n', error.pos[0] - 1) + 1).split('\n')[0]?.trim() ?? '';
  if (error.code === 'MULTILINE_IMPLICIT_KEY' || error.code === 'BLOCK_AS_IMPLICIT_KEY') {
    return `${JSON.stringify(lineText)} is not "key: value" (a colon and a space after the key), so YAML reads it together with the next line`;
  }
  if (error.code === 'BAD_INDENT') return 'this line is indented differently from the keys above it: keys of one mapping start at the same column';
  if (error.code === 'DUPLICATE_KEY') return 'a key appears twice in one mapping; keep one of them';
  return error.message.split('\n')[0] ?? error.message;
}
