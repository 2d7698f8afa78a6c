import { SimError } from '../../core/errors.js';
import { child, childText, parseXml, type XmlElement } from '../../protocols/xml.js';

/** An InvalidationBatch as the caller sent it, before any validation (also what the call recorder keeps). */
export interface SentBatch {
  CallerReference: string;
  Paths: { Quantity: number; Items: string[] };
}

export interface InvalidationBatch {
  callerReference: string;
  paths: string[];
}

/** "one invalidation request for up to 3,000 files" (InvalidationLimits.html). */
export const MAX_PATHS_PER_REQUEST = 3_000;
/** "The maximum length of a path is 4,000 characters" (Invalidation.html, Invalidation paths). */
const MAX_PATH_LENGTH = 4_000;

// Seen verbatim on the wire for paths without a leading slash (e.g. github.com/rust-lang/promote-release/pull/94).
const INVALID_PATHS_MESSAGE = 'Your request contains one or more invalid invalidation paths.';

/** Reads the body leniently: only malformed XML or a missing body is refused here. */
export function readBatch(body: string): SentBatch {
  if (body.trim() === '') throw new SimError('MissingBody', 'This operation requires a body. Ensure that the body is present and the Content-Type header is set.');
  let root: XmlElement;
  try {
    root = parseXml(body);
  } catch (error) {
    throw new SimError('MalformedXML', `The XML you provided was not well-formed: ${(error as Error).message}`);
  }
  const pathsElement = child(root, 'Paths');
  return {
    CallerReference: childText(root, 'CallerReference') ?? '',
    Paths: {
      Quantity: Number(childText(pathsElement, 'Quantity')),
      Items: (child(pathsElement, 'Items')?.children ?? []).filter((c) => c.name === 'Path').map((c) => c.text),
    },
  };
}

/** The checks CloudFront makes on the batch itself, before it looks at the distribution's state. */
export function validateBatch(sent: SentBatch): InvalidationBatch {
  const { Quantity: quantity, Items: paths } = sent.Paths;
  if (!Number.isInteger(quantity) || quantity !== paths.length) {
    // Wording as reported from CloudFront in github.com/linz/basemaps/pull/2120.
    throw new SimError('InconsistentQuantities', `The specified quantity of Paths (${quantity}) does not match the actual quantity supplied (${paths.length}).`);
  }
  // Not confirmed against CloudFront: the message for an empty CallerReference and for a batch without paths.
  if (sent.CallerReference === '') throw new SimError('InvalidArgument', 'CallerReference is required.');
  if (paths.length === 0) throw new SimError('InvalidArgument', INVALID_PATHS_MESSAGE);
  // BatchTooLarge is the modelled error (HTTP 413); its message is not confirmed.
  if (paths.length > MAX_PATHS_PER_REQUEST) throw new SimError('BatchTooLarge', 'Invalidation batch specified is too large.', 413);
  if (!paths.every(isValidPath)) throw new SimError('InvalidArgument', INVALID_PATHS_MESSAGE);
  return { callerReference: sent.CallerReference, paths };
}

/**
 * The API needs a leading slash (the console alone may omit it) and allows `*` only as the last character.
 * Refusing a `*` elsewhere is an assumption: the guide says it is not allowed, not how the API answers it.
 */
function isValidPath(path: string): boolean {
  const star = path.indexOf('*');
  return path.startsWith('/') && path.length <= MAX_PATH_LENGTH && (star < 0 || star === path.length - 1);
}

/** Wildcard paths count against their own in-progress quota, separate from file paths. */
export const isWildcardPath = (path: string): boolean => path.endsWith('*');

/** Same paths, in any order: what "the rest of the request is the same" is taken to mean for a repeated CallerReference. */
export function samePaths(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  return sortedA.every((path, i) => path === sortedB[i]);
}
