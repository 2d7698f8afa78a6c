import type { RequestContext } from '../../core/service-module.js';
import { compileFilterPattern } from './filter-pattern.js';
import {
  decodeKeyToken, decodeOffsetToken, decodeStreamToken, encodeOpaqueToken, encodeStreamToken, invalidParameter, limitOf,
} from './paging.js';
import { compareKeys, keyAfter, type LogEventRecord, type LogStore, type LogStreamRecord } from './store.js';

type Json = Record<string, unknown>;

export function createLogGroup(store: LogStore, input: Json, ctx: RequestContext): Json {
  store.createGroup(requiredName(input.logGroupName, 'logGroupName'), ctx.now);
  return {};
}

export function createLogStream(store: LogStore, input: Json, ctx: RequestContext): Json {
  store.createStream(store.requireGroup(input), requiredName(input.logStreamName, 'logStreamName'), ctx.now);
  return {};
}

export function deleteLogGroup(store: LogStore, input: Json): Json {
  store.groups.delete(store.requireGroup(input).name);
  return {};
}

export function deleteLogStream(store: LogStore, input: Json): Json {
  const group = store.requireGroup(input);
  group.streams.delete(store.requireStream(group, input.logStreamName).name);
  return {};
}

export function putLogEvents(store: LogStore, input: Json, ctx: RequestContext): Json {
  const stream = store.requireStream(store.requireGroup(input), input.logStreamName);
  const events = Array.isArray(input.logEvents) ? (input.logEvents as Array<{ timestamp?: unknown; message?: unknown }>) : [];
  if (events.length === 0) throw invalidParameter('1 validation error detected: Value at \'logEvents\' failed to satisfy constraint: Member must have length greater than or equal to 1');
  const valid = events.map((e) => {
    if (typeof e.timestamp !== 'number' || typeof e.message !== 'string') throw invalidParameter('Each log event needs a numeric timestamp and a message.');
    return { timestamp: e.timestamp, message: e.message };
  });
  // Message not confirmed against AWS.
  if (valid.some((e, i) => i > 0 && e.timestamp < valid[i - 1]!.timestamp)) {
    throw invalidParameter('Log events in a single PutLogEvents request must be in chronological order.');
  }
  store.append(stream, valid, ctx.now);
  return { nextSequenceToken: String(stream.events.length).padStart(56, '0') };
}

/**
 * One stream, one page: from the head (startFromHead), from the tail (default), or from a token. A forward
 * token returns events from where the last page ended; at the end it comes back unchanged, so callers
 * polling a live stream stop when `nextForwardToken` equals the token they sent.
 */
export function getLogEvents(store: LogStore, input: Json): Json {
  const stream = store.requireStream(store.requireGroup(input), input.logStreamName);
  const limit = limitOf(input.limit, 10_000);
  const start = numberOr(input.startTime);
  const end = numberOr(input.endTime);
  // GetLogEvents' endTime is exclusive.
  const window = stream.events.filter((e) => (start === undefined || e.timestamp >= start) && (end === undefined || e.timestamp < end));
  const token = typeof input.nextToken === 'string' ? decodeStreamToken(input.nextToken) : undefined;
  let page: LogEventRecord[];
  if (token?.direction === 'forward') page = window.filter((e) => compareKeys(e, token.key) >= 0).slice(0, limit);
  else if (token?.direction === 'backward') page = window.filter((e) => compareKeys(e, token.key) < 0).slice(-limit);
  else page = input.startFromHead === true ? window.slice(0, limit) : window.slice(-limit);

  const first = page[0];
  const last = page[page.length - 1];
  const origin = token?.key ?? { timestamp: start ?? 0, seq: 0 };
  return {
    events: page.map((e) => ({ timestamp: e.timestamp, message: e.message, ingestionTime: e.ingestionTime })),
    nextForwardToken: last ? encodeStreamToken('forward', keyAfter(last)) : token?.direction === 'forward' ? input.nextToken : encodeStreamToken('forward', origin),
    nextBackwardToken: first ? encodeStreamToken('backward', first) : token?.direction === 'backward' ? input.nextToken : encodeStreamToken('backward', origin),
  };
}

/** Events across a group's streams in time order; `nextToken` only while more events match. */
export function filterLogEvents(store: LogStore, input: Json): Json {
  const group = store.requireGroup(input);
  const names = Array.isArray(input.logStreamNames) ? (input.logStreamNames as string[]) : undefined;
  const prefix = typeof input.logStreamNamePrefix === 'string' ? input.logStreamNamePrefix : undefined;
  // Message not confirmed against AWS.
  if (names && prefix !== undefined) throw invalidParameter('logStreamNames and logStreamNamePrefix cannot both be specified.');
  const limit = limitOf(input.limit, 10_000);
  const start = numberOr(input.startTime);
  const end = numberOr(input.endTime);
  const matches = compileFilterPattern(input.filterPattern);
  const after = decodeKeyToken(input.nextToken);
  const streams = [...group.streams.values()]
    .filter((s) => (names === undefined || names.includes(s.name)) && (prefix === undefined || s.name.startsWith(prefix)));
  const found = streams
    .flatMap((stream) => stream.events.map((event) => ({ stream, event })))
    // FilterLogEvents' endTime is inclusive.
    .filter(({ event }) => (start === undefined || event.timestamp >= start) && (end === undefined || event.timestamp <= end))
    .filter(({ event }) => after === undefined || compareKeys(event, after) >= 0)
    .filter(({ event }) => matches(event.message))
    .sort((a, b) => compareKeys(a.event, b.event));
  const page = found.slice(0, limit);
  const out: Json = {
    events: page.map(({ stream, event }) => ({
      logStreamName: stream.name, timestamp: event.timestamp, message: event.message, ingestionTime: event.ingestionTime,
      eventId: eventId(event),
    })),
    searchedLogStreams: streams.map((s) => ({ logStreamName: s.name, searchedCompletely: true })),
  };
  if (found.length > page.length) out.nextToken = encodeOpaqueToken(keyAfter(page[page.length - 1]!.event));
  return out;
}

export function describeLogStreams(store: LogStore, input: Json): Json {
  const group = store.requireGroup(input);
  const prefix = typeof input.logStreamNamePrefix === 'string' ? input.logStreamNamePrefix : undefined;
  const byLastEvent = input.orderBy === 'LastEventTime';
  if (byLastEvent && prefix !== undefined) throw invalidParameter('Cannot order by LastEventTime with a logStreamNamePrefix.');
  const limit = limitOf(input.limit, 50);
  const offset = decodeOffsetToken(input.nextToken);
  const streams = [...group.streams.values()]
    .filter((s) => prefix === undefined || s.name.startsWith(prefix))
    .sort((a, b) => (byLastEvent ? lastEventTime(a) - lastEventTime(b) : 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (input.descending === true) streams.reverse();
  const out: Json = { logStreams: streams.slice(offset, offset + limit).map(streamView) };
  if (offset + limit < streams.length) out.nextToken = encodeOpaqueToken(offset + limit);
  return out;
}

function streamView(stream: LogStreamRecord): Json {
  return {
    logStreamName: stream.name,
    creationTime: stream.creationTime,
    firstEventTimestamp: stream.events[0]?.timestamp,
    lastEventTimestamp: stream.events[stream.events.length - 1]?.timestamp,
    lastIngestionTime: stream.lastIngestionTime,
    arn: stream.arn,
    storedBytes: 0,
  };
}

function lastEventTime(stream: LogStreamRecord): number {
  return stream.events[stream.events.length - 1]?.timestamp ?? 0;
}

/** AWS event ids are long digit strings; these are unique per event and stable. */
function eventId(event: LogEventRecord): string {
  return String(event.timestamp).padStart(16, '0') + String(event.seq).padStart(40, '0');
}

function requiredName(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') {
    throw invalidParameter(`1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`);
  }
  return value;
}

function numberOr(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}
