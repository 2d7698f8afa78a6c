import { SimError } from '../../core/errors.js';
import type { EventKey } from './store.js';

/*
 * GetLogEvents tokens look like AWS's: "f/" or "b/", 56 digits, "/s". The digits carry the boundary event key
 * (16 for the timestamp, 40 for the ingestion sequence), so a token keeps pointing at the same place while
 * events are appended, and a forward token at the end of the stream comes back unchanged.
 */
export type Direction = 'forward' | 'backward';

export function encodeStreamToken(direction: Direction, key: EventKey): string {
  const digits = String(key.timestamp).padStart(16, '0') + String(key.seq).padStart(40, '0');
  return `${direction === 'forward' ? 'f' : 'b'}/${digits}/s`;
}

export function decodeStreamToken(token: string): { direction: Direction; key: EventKey } {
  const match = /^([fb])\/(\d{16})(\d{40})(?:\/s)?$/.exec(token);
  // Message not confirmed against AWS.
  if (!match) throw invalidParameter('The specified nextToken is invalid.');
  return { direction: match[1] === 'f' ? 'forward' : 'backward', key: { timestamp: Number(match[2]), seq: Number(match[3]) } };
}

/** FilterLogEvents/DescribeLogStreams tokens are opaque to callers; these carry a key or an offset. */
export function encodeOpaqueToken(value: EventKey | number): string {
  const text = typeof value === 'number' ? `o:${value}` : `k:${value.timestamp}:${value.seq}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

export function decodeKeyToken(token: unknown): EventKey | undefined {
  if (token === undefined) return undefined;
  const match = typeof token === 'string' ? /^k:(\d+):(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8')) : null;
  if (!match) throw invalidParameter('The specified nextToken is invalid.');
  return { timestamp: Number(match[1]), seq: Number(match[2]) };
}

export function decodeOffsetToken(token: unknown): number {
  if (token === undefined) return 0;
  const match = typeof token === 'string' ? /^o:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8')) : null;
  if (!match) throw invalidParameter('The specified nextToken is invalid.');
  return Number(match[1]);
}

/** `limit` within [1, max], defaulting to `max`; AWS answers a bad one with a validation message. */
export function limitOf(value: unknown, max: number): number {
  if (value === undefined) return max;
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > max) {
    throw invalidParameter(`1 validation error detected: Value '${String(value)}' at 'limit' failed to satisfy constraint: Member must have value ${
      (value as number) < 1 ? 'greater than or equal to 1' : `less than or equal to ${max}`}`);
  }
  return value as number;
}

export function invalidParameter(message: string): SimError {
  return new SimError('InvalidParameterException', message);
}
