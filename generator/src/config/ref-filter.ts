/**
 * GitHub's branch and tag filter patterns (on.push.tags, on.push.branches), compiled once into an anchored regular
 * expression that means the same in JavaScript and in bash's `[[ =~ ]]` (POSIX ERE), so the deploy job's tag guard,
 * `gen-workflow explain` and GitHub's own filter agree on every ref. The syntax, from GitHub's "Filter pattern cheat
 * sheet" (https://docs.github.com/actions/writing-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet):
 * `*` any characters but `/`; `**` any characters; `?` zero or one of the preceding character; `+` one or more of
 * the preceding character; `[…]` one character listed or in a range (a-z, A-Z, 0-9 only); a leading `!` negates the
 * pattern; `\` escapes a special character. Later patterns override earlier ones: a ref matches when the last
 * pattern that matches it is a positive one.
 */

export interface CompiledFilter {
  /** The pattern as written (without its leading `!`). */
  pattern: string;
  negated: boolean;
  /** Anchored; valid as a JavaScript RegExp and as a POSIX extended regular expression. */
  regex: string;
}

export class FilterPatternError extends Error {}

// Characters that are literal in a filter but special in a regular expression: escaped with a backslash, which
// both JavaScript and POSIX ERE read as "this character".
const REGEX_SPECIAL = new Set(['.', '^', '$', '|', '(', ')', '{', '}', '\\', '*', '+', '?', '[', ']']);
const literal = (char: string) => (REGEX_SPECIAL.has(char) ? `\\${char}` : char);

/** One pattern → its anchored regular expression; throws FilterPatternError naming the mistake. */
export function compileFilter(written: string): CompiledFilter {
  const negated = written.startsWith('!');
  const pattern = negated ? written.slice(1) : written;
  if (pattern === '') throw new FilterPatternError(`${JSON.stringify(written)} is an empty pattern`);
  let regex = '';
  // What `?` and `+` may follow: a literal character or a bracket class (GitHub: "the preceding character").
  let quantifiable = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i]!;
    if (char === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) throw new FilterPatternError(`${JSON.stringify(written)} ends with a lone \\ (it escapes the character after it)`);
      regex += literal(next);
      i += 1;
      quantifiable = true;
    } else if (char === '*') {
      const double = pattern[i + 1] === '*';
      regex += double ? '.*' : '[^/]*';
      if (double) i += 1;
      quantifiable = false;
    } else if (char === '?' || char === '+') {
      if (!quantifiable) throw new FilterPatternError(`${JSON.stringify(written)}: "${char}" at position ${i + 1} repeats the character before it, and there is none there to repeat (write \\${char} for the character itself)`);
      regex += char;
      quantifiable = false;
    } else if (char === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end === -1) throw new FilterPatternError(`${JSON.stringify(written)}: the "[" at position ${i + 1} is never closed with "]"`);
      regex += bracketClass(pattern.slice(i + 1, end), written);
      i = end;
      quantifiable = true;
    } else {
      regex += literal(char);
      quantifiable = true;
    }
  }
  return { pattern, negated, regex: `^${regex}$` };
}

function bracketClass(body: string, written: string): string {
  if (body === '') throw new FilterPatternError(`${JSON.stringify(written)}: "[]" lists no character`);
  let out = '';
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i]!;
    if (!/[A-Za-z0-9]/.test(char)) throw new FilterPatternError(`${JSON.stringify(written)}: "[${body}]" may list only letters, digits and ranges such as 0-9 (GitHub's filter), not "${char}"`);
    if (body[i + 1] === '-' && body[i + 2] !== undefined) {
      const to = body[i + 2]!;
      const sameKind = [/[a-z]/, /[A-Z]/, /[0-9]/].some((kind) => kind.test(char) && kind.test(to));
      if (!sameKind || to < char) throw new FilterPatternError(`${JSON.stringify(written)}: "${char}-${to}" is not a range GitHub's filter takes (a-z, A-Z or 0-9, low to high)`);
      out += `${char}-${to}`;
      i += 2;
    } else {
      out += char;
    }
  }
  return `[${out}]`;
}

/** Whether `name` (a tag or branch name, without refs/…) passes the filter list, as GitHub decides it. */
export function filterMatches(filters: CompiledFilter[], name: string): boolean {
  let matched = false;
  for (const filter of filters) if (new RegExp(filter.regex).test(name)) matched = !filter.negated;
  return matched;
}

/** The filters the config's patterns become: pre-releases (`<pattern>-*`) excluded unless asked for. */
export function releaseTagFilters(patterns: string[], preReleases: boolean): string[] {
  if (preReleases) return patterns;
  return [...patterns, ...patterns.filter((p) => !p.startsWith('!')).map((p) => `!${p}-*`)];
}
