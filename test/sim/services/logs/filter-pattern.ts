import { invalidParameter } from './paging.js';

/**
 * The unstructured part of CloudWatch Logs filter syntax: every term must occur (case-sensitive), `"quoted
 * phrases"` count as one term, `-term` excludes, and a pattern made of `?term`s matches when any occurs.
 * JSON (`{ $.x = ... }`) and space-delimited (`[a, b]`) patterns are refused rather than guessed at.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html
 */
export function compileFilterPattern(pattern: unknown): (message: string) => boolean {
  if (pattern === undefined || (typeof pattern === 'string' && pattern.trim() === '')) return () => true;
  if (typeof pattern !== 'string') throw invalidParameter('filterPattern must be a string');
  const text = pattern.trim();
  if (text.startsWith('{') || text.startsWith('[')) {
    throw invalidParameter(`The simulator supports only term filter patterns, not: ${text}`);
  }
  const terms = [...text.matchAll(/([?-]?)(?:"([^"]*)"|(\S+))/g)].map((m) => ({ prefix: m[1] ?? '', term: m[2] ?? m[3] ?? '' }));
  const optional = terms.filter((t) => t.prefix === '?').map((t) => t.term);
  const required = terms.filter((t) => t.prefix === '').map((t) => t.term);
  const excluded = terms.filter((t) => t.prefix === '-').map((t) => t.term);
  return (message) =>
    required.every((t) => message.includes(t))
    && !excluded.some((t) => message.includes(t))
    && (optional.length === 0 || optional.some((t) => message.includes(t)));
}
